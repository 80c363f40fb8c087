import { RESOURCE_KINDS, ResourceView } from '../core/api/sites.types';

/** Desks first, then by name as people count: "Poste 2" before "Poste 10". */
export function byKindThenName(a: Pick<ResourceView, 'kind' | 'name'>, b: Pick<ResourceView, 'kind' | 'name'>): number {
  return (
    RESOURCE_KINDS.indexOf(a.kind) - RESOURCE_KINDS.indexOf(b.kind) ||
    a.name.localeCompare(b.name, 'fr', { numeric: true, sensitivity: 'base' })
  );
}
