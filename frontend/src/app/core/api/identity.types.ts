import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths.
export type MeView = components['schemas']['MeView'];
export type Role = MeView['role'];
export type AuthResponse = components['schemas']['AuthResponse'];
export type MfaChallenge = components['schemas']['MfaChallenge'];
export type LoginRequest = components['schemas']['LoginRequest'];
export type RegisterRequest = components['schemas']['RegisterRequest'];
export type TokenPairView = components['schemas']['TokenPairView'];
export type UpdateMeRequest = components['schemas']['UpdateMeRequest'];
export type MfaSignInRequest = components['schemas']['MfaSignInRequest'];
export type MfaSetupView = components['schemas']['MfaSetupView'];
export type RecoveryCodesView = components['schemas']['RecoveryCodesView'];
export type PasswordChange = components['schemas']['PasswordChange'];
export type EmailChange = components['schemas']['EmailChange'];
export type PasswordResetConfirmation = components['schemas']['PasswordResetConfirmation'];
/** Everything Bastide holds about the member (GDPR right of access). */
export type PersonalDataExport = Record<string, unknown>;
