// Opaque keyset cursors for list endpoints: the sort key of the last row, base64url-encoded JSON.
import { z } from '@hono/zod-openapi';
import { invalid } from '#src/errors.ts';

/** Encodes the sort key of the last row of a page. */
export function encodeCursor(key: Array<string | number | null>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` with `length` key parts; a forged or stale one is bad input. */
export function decodeCursor(cursor: string, length: number): Array<string | number | null> {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((k) => k === null || ['string', 'number'].includes(typeof k))) {
      return key as Array<string | number | null>;
    }
  } catch {
    // fall through to the error below
  }
  throw invalid('cursor: not a cursor returned by this list', [{ field: 'cursor', message: 'not a cursor returned by this list' }]);
}

/** The query parameters of every paginated list. */
export const pageQueryShape = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional().openapi({ description: 'nextCursor of the previous page' }),
};

/** Cuts a page from rows fetched with `limit + 1`, with the cursor of the next page when there is one. */
export function pageOf<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => Array<string | number | null>,
  present: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(present), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
