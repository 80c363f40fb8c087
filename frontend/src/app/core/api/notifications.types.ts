import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths.
export type NotificationPreferences = components['schemas']['NotificationPreferencesView'];
export type MailTopicChoices = components['schemas']['MailTopicChoices'];
export type MailTopic = keyof MailTopicChoices;
export type NotificationPreferencesChange = components['schemas']['NotificationPreferencesChange'];
