import type { EntityManager } from 'typeorm';
import type { TimelineKind } from './newcomer-terms';

export interface TimelineWrite {
  kind: TimelineKind;
  authorId: string | null;
  text?: string | null;
  value?: string | null;
}

/** One entry on a file's timeline, in the caller's transaction. */
export async function writeTimelineEntry(
  manager: EntityManager,
  newcomerId: string,
  at: Date,
  entry: TimelineWrite,
): Promise<string> {
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO newcomer_timeline (newcomer_id, at, kind, author_id, text, value)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [newcomerId, at, entry.kind, entry.authorId, entry.text ?? null, entry.value ?? null],
  );
  return row.id;
}

/**
 * Links a file to a member account and says so on its timeline (`account`, `value` the account id, `text`
 * how: `sign_up` or `trial_day`); a file already linked to that account is left as it is.
 */
export async function linkFileToAccount(
  manager: EntityManager,
  newcomerId: string,
  userId: string,
  at: Date,
  how: 'sign_up' | 'trial_day',
): Promise<boolean> {
  const [rows]: [{ id: string }[], number] = await manager.query(
    `UPDATE newcomers SET user_id = $2, updated_at = $3
     WHERE id = $1 AND anonymised_at IS NULL AND user_id IS DISTINCT FROM $2 RETURNING id`,
    [newcomerId, userId, at],
  );
  if (!rows.length) return false;
  await writeTimelineEntry(manager, newcomerId, at, { kind: 'account', authorId: null, value: userId, text: how });
  return true;
}
