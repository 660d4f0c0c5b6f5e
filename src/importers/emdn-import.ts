// `klynge import emdn PATH`: loads the whole EMDN tree into the competence taxonomy in one transaction.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { requireAdmin } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { parseEmdn } from '#src/importers/emdn-parse.ts';
import { upsertEmdnCompetences } from '#src/importers/emdn-repo.ts';

export type EmdnImportSummary = {
  rows: number;
  levels: Record<string, number>;
  inserted: number;
  updated: number;
  unchanged: number;
  seconds: number;
};

/** Imports the EMDN TSV at `path`: all rows or, on any bad line, nothing. Idempotent. */
export async function importEmdn(ctx: Ctx, path: string): Promise<EmdnImportSummary> {
  requireAdmin(ctx.actor);
  const started = performance.now();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw invalid(`${path}: cannot read the file (${code ?? String(err)})`, [{ field: 'path', message: 'cannot read the file' }]);
  }
  const rows = parseEmdn(text, basename(path));
  const { inserted, updated } = await ctx.db.transaction().execute((trx) => upsertEmdnCompetences(trx, rows));
  const levels: Record<string, number> = {};
  for (const row of rows) levels[row.level] = (levels[row.level] ?? 0) + 1;
  return {
    rows: rows.length,
    levels,
    inserted,
    updated,
    unchanged: rows.length - inserted - updated,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
