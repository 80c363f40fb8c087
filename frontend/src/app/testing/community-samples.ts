import {
  Announcement,
  AnnouncementPreview,
  DirectoryEntry,
  DirectoryProfile,
  UnsubscribeView,
} from '../core/api/community.types';
import { LECTOURE_SITE, givenSite } from './site-samples';

const AUCH = givenSite();

export function givenDirectoryEntry(overrides: Partial<DirectoryEntry> = {}): DirectoryEntry {
  return {
    userId: '6f1c2a4e-1d2b-4c5e-9f00-000000000010',
    firstName: 'Léa',
    lastName: 'Fourcade',
    trade: 'Graphiste',
    skills: ['graphisme', 'illustration'],
    helpText: 'Je relis vos plaquettes.',
    sites: [{ id: AUCH.id, name: AUCH.name }],
    email: null,
    ...overrides,
  };
}

export function givenDirectoryProfile(overrides: Partial<DirectoryProfile> = {}): DirectoryProfile {
  return {
    listed: false,
    trade: '',
    skills: [],
    helpText: '',
    showEmail: false,
    sites: [],
    suggestedSites: [{ id: LECTOURE_SITE.id, name: LECTOURE_SITE.name }],
    updatedAt: null,
    ...overrides,
  };
}

export function givenAnnouncementPreview(overrides: Partial<AnnouncementPreview> = {}): AnnouncementPreview {
  return {
    subject: 'Tiers-lieu d’Auch : Fermeture vendredi',
    text: 'Bonjour Camille,\n\nLe lieu sera **fermé** vendredi.',
    html: '<p>Bonjour Camille,</p><blockquote><p>Le lieu sera <strong>fermé</strong> vendredi.</p></blockquote>',
    recipientCount: 12,
    since: '2026-09-01',
    ...overrides,
  };
}

export function givenAnnouncement(overrides: Partial<Announcement> = {}): Announcement {
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    siteId: AUCH.id,
    subject: 'Fermeture vendredi',
    body: 'Le lieu sera **fermé** vendredi.',
    bodyHtml: '<p>Le lieu sera <strong>fermé</strong> vendredi.</p>',
    monthsBack: 3,
    recipientCount: 12,
    sentAt: '2026-12-01T10:00:00+01:00',
    author: { id: '6f1c2a4e-1d2b-4c5e-9f00-000000000001', firstName: 'Camille', lastName: 'Martin' },
    ...overrides,
  };
}

export function givenUnsubscribeView(overrides: Partial<UnsubscribeView> = {}): UnsubscribeView {
  return { scope: 'site', siteId: AUCH.id, siteName: AUCH.name, unsubscribed: false, ...overrides };
}
