import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths.
export type DirectoryProfile = components['schemas']['DirectoryProfileView'];
export type DirectoryProfileRequest = components['schemas']['DirectoryProfileRequest'];
export type DirectorySite = components['schemas']['DirectorySiteView'];
export type DirectoryEntry = components['schemas']['DirectoryEntryView'];
export type DirectoryPage = components['schemas']['DirectoryPage'];
export type Skill = components['schemas']['SkillView'];
export type SkillPage = components['schemas']['SkillPage'];
export type AnnouncementRequest = components['schemas']['AnnouncementRequest'];
export type AnnouncementPreviewRequest = components['schemas']['AnnouncementPreviewRequest'];
export type AnnouncementPreview = components['schemas']['AnnouncementPreview'];
export type Announcement = components['schemas']['AnnouncementView'];
export type AnnouncementPage = components['schemas']['AnnouncementPage'];
export type UnsubscribeView = components['schemas']['UnsubscribeView'];
export type Unsubscription = components['schemas']['UnsubscriptionView'];
export type UnsubscriptionPage = components['schemas']['UnsubscriptionPage'];

/** How far back a host may reach the members who booked at their site. */
export const MONTHS_BACK_CHOICES: readonly number[] = [1, 2, 3, 6, 12, 24];
