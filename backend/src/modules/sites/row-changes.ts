import type { EntityManager } from 'typeorm';

/** One request field written to one column. */
export interface FieldWrite {
  field: string;
  column: string;
  value: unknown;
}

export interface RowChanges {
  /** The request fields whose column now holds another value, in the order given. */
  changed: string[];
  /** The value each changed field's column held before. */
  before: Record<string, unknown>;
}

/**
 * Updates one row and says which fields really changed. The comparison is PostgreSQL's `IS DISTINCT FROM`,
 * so jsonb, arrays and numbers compare by value: an editor sends every field back, and the audit log should
 * name only what moved. `also` columns (search keys, timestamps) are written but not compared.
 * Undefined when no row has that id.
 */
export async function updateRow(
  manager: EntityManager,
  table: 'sites' | 'resources',
  id: string,
  writes: FieldWrite[],
  also: Omit<FieldWrite, 'field'>[] = [],
): Promise<RowChanges | undefined> {
  if (!writes.length && !also.length) return { changed: [], before: {} };
  const params: unknown[] = [id];
  const assignments = [...writes, ...also].map(({ column, value }) => {
    params.push(value);
    return `${column} = $${params.length}`;
  });
  const comparisons = writes.map(
    ({ column }, index) =>
      `(previous.${column} IS DISTINCT FROM updated.${column}) AS changed_${index}, previous.${column} AS before_${index}`,
  );
  // Every part of one statement sees the same snapshot: `previous` is the row as it was before this UPDATE.
  const result: unknown = await manager.query(
    `WITH previous AS (SELECT * FROM ${table} WHERE id = $1 FOR UPDATE)
     UPDATE ${table} AS updated SET ${assignments.join(', ')} FROM previous WHERE updated.id = previous.id
     RETURNING ${comparisons.length ? comparisons.join(', ') : 'updated.id'}`,
    params,
  );
  const [row] = returnedRows<Record<string, unknown>>(result);
  if (!row) return undefined;
  const changes: RowChanges = { changed: [], before: {} };
  writes.forEach(({ field }, index) => {
    if (!row[`changed_${index}`]) return;
    changes.changed.push(field);
    changes.before[field] = row[`before_${index}`];
  });
  return changes;
}

/** TypeORM answers `[rows, count]` to an UPDATE or DELETE … RETURNING on PostgreSQL, and `rows` to the rest. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
