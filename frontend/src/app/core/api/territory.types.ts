import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths.
export type CommuneView = components['schemas']['CommuneView'];
export type CommunePage = components['schemas']['CommunePage'];
export type EpciView = components['schemas']['EpciView'];
export type EpciPage = components['schemas']['EpciPage'];
