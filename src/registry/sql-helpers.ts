// Small SQL pieces the registry repos share.
import { sql } from 'kysely';

/** `text` as a literal inside a LIKE pattern. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The ILIKE pattern "contains `text`". */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;

/**
 * A timestamp value for `created_at`/`updated_at`. src/db/types.ts declares them `Generated<Timestamp>`, which
 * Kysely leaves as a nested ColumnType that no Date satisfies, so the value is typed to fit any column.
 */
export const timestampValue = (at: Date) => sql<never>`${at.toISOString()}::timestamptz`;

/** A list of uuids as one JSON parameter, for `in` and `= any` (one bind parameter however long the list). */
export const uuidList = (ids: string[]) => sql<string>`(select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;
