import { AuthResponse, MeView } from '../core/api/identity.types';

export function givenUser(overrides: Partial<MeView> = {}): MeView {
  return {
    id: '6f1c2a4e-1d2b-4c5e-9f00-000000000001',
    email: 'camille.martin@example.fr',
    firstName: 'Camille',
    lastName: 'Martin',
    role: 'member',
    hostedSiteIds: [],
    homeCommuneCode: '31555',
    organizationId: null,
    locale: 'fr',
    emailVerified: true,
    mfaEnabled: false,
    ...overrides,
  };
}

export function givenAuthResponse(user: MeView = givenUser()): AuthResponse {
  return { user, accessToken: 'access-1', refreshToken: 'refresh-1' };
}
