// `klynge match --queries FILE [--k K]`: partners for each JSON Lines query, as JSON Lines in the input's order.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { system } from '#src/auth/actor.ts';
import { runCli } from '#src/cli/run.ts';
import { AppError, invalid } from '#src/errors.ts';
import { batchQueryLine } from '#src/matching/match-query-schema.ts';
import { findPartnersBatch, startBatchPool, type BatchQuery } from '#src/matching/match-batch.ts';
import { MAX_MATCH_K } from '#src/matching/match-types.ts';

type Options = { queries: string; k: string };
type NumberedQuery = BatchQuery & { line: number };

/** K as the contract allows it: an integer from 1 to MAX_MATCH_K, nothing else ("1.0", "2e1", "abc" are refused). */
function parseK(value: string): number {
  const k = /^[0-9]+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(k) || k < 1 || k > MAX_MATCH_K) throw invalid(`--k: must be an integer from 1 to ${MAX_MATCH_K}, not "${value}"`);
  return k;
}

/**
 * Every query of the file, validated before anything runs (so bad input prints no result at all). Blank lines
 * are skipped but counted, so the numbers are those an editor shows.
 */
function parseQueries(file: string, text: string): NumberedQuery[] {
  const queries: NumberedQuery[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      const reason = err instanceof Error ? err.message.replace(/\s+/g, ' ') : 'unreadable';
      throw invalid(`${file}:${line}: not a valid JSON line (${reason})`, [{ field: '(root)', message: 'not valid JSON', line }]);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw invalid(`${file}:${line}: must be a JSON object such as {"id": "q1", "text": "..."}`, [{ field: '(root)', message: 'not an object', line }]);
    }
    const parsed = batchQueryLine.safeParse(value);
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(root)', message: issue.message, line }));
      throw invalid(`${file}:${line}: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`, details);
    }
    queries.push({ ...parsed.data, line });
  }
  return queries;
}

async function readQueries(file: string): Promise<NumberedQuery[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : 'unreadable';
    throw invalid(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`);
  }
  return parseQueries(file, text);
}

/** The service numbers a bad query `line N: ...`; the contract wants `FILE:N: ...`. */
function inFile(file: string, err: unknown): unknown {
  if (!(err instanceof AppError) || err.code !== 'invalid') return err;
  const numbered = /^line ([0-9]+): (.*)$/s.exec(err.message);
  return invalid(numbered ? `${file}:${numbered[1]}: ${numbered[2]}` : `${file}: ${err.message}`, err.details);
}

/** Adds `match` to the command line. */
export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('rank organisations as partners for each query of a JSON Lines file; results as JSON Lines on stdout')
    .requiredOption('--queries <file>', 'JSON Lines, one query a line: {"id", "text", "requester"?, "exclude"?} (CORDIS ids)')
    .option('--k <k>', `results per query, 1 to ${MAX_MATCH_K}`, '20')
    .action(async (opts: Options, command: Command) => {
      let k: number;
      let queries: NumberedQuery[];
      try {
        k = parseK(opts.k);
        queries = await readQueries(opts.queries);
      } catch (err) {
        return runCli.fail(err);
      }
      // The workers load their modules while the database opens; runCli ends the process on failure.
      const pool = startBatchPool(queries.length);
      await runCli.withRuntime(command, async (rt) => {
        const ctx = { db: rt.db, actor: system, clock: () => new Date(), log: rt.log };
        const progress = (message: string) => process.stderr.write(`klynge: ${message}\n`);
        const lines = await findPartnersBatch(ctx, queries, k, progress, pool).catch((err: unknown) => {
          throw inFile(opts.queries, err);
        });
        // Written 1,000 lines at a time: a large batch never becomes one huge string.
        for (let from = 0; from < lines.length; from += 1000) process.stdout.write(`${lines.slice(from, from + 1000).join('\n')}\n`);
      });
    });
}
