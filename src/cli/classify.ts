// `klynge classify [FILE]` and `klynge classify --batch FILE` (cli.md): MDR/IVDR classification, no database.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { runCli } from '#src/cli/run.ts';
import { AppError, invalid } from '#src/errors.ts';
import { classifyDevice, contractOutput } from '#src/regulatory/classify.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';

type Options = { batch?: string };
type ErrorLine = { id: string | null; error: { code: 'invalid'; message: string; line: number } };

async function readInput(file: string | undefined): Promise<string> {
  if (file === undefined) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : 'unreadable';
    throw invalid(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`);
  }
}

function parseJson(text: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    return { error: `not valid JSON (${err instanceof Error ? err.message.replace(/\s+/g, ' ') : 'unreadable'})` };
  }
}

/** One profile from FILE or stdin: its contract object, or bad input naming the file and the JSON path. */
function classifyOne(source: string, text: string): string {
  const json = parseJson(text.replace(/^\uFEFF/, ''));
  if (json.error !== undefined) throw invalid(`${source}: ${json.error}`);
  try {
    return JSON.stringify(contractOutput(classifyDevice(parseDeviceProfile(json.value))));
  } catch (err) {
    if (err instanceof AppError && err.code === 'invalid') throw invalid(`${source}: ${err.message}`, err.details);
    throw err;
  }
}

/** The answer to one batch line: the contract object, or an error line with the id (null when unreadable). */
function classifyBatchLine(raw: string, line: number): string | ErrorLine {
  const json = parseJson(raw);
  if (json.error !== undefined) return { id: null, error: { code: 'invalid', message: json.error, line } };
  const value = json.value;
  const rawId = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).id : undefined;
  const id = typeof rawId === 'string' ? rawId : null;
  if (id === null) {
    const message = rawId === undefined ? '$.id is required on every line of --batch (a string)' : '$.id must be a string';
    return { id, error: { code: 'invalid', message, line } };
  }
  try {
    return JSON.stringify(contractOutput(classifyDevice(parseDeviceProfile(value))));
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'invalid') throw err;
    return { id, error: { code: 'invalid', message: err.message, line } };
  }
}

/** Writes to stdout, waiting when the pipe is full, so a large batch never piles up in memory. */
function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

/** Classifies every line of FILE in order; blank lines are skipped but counted. Exit 2 if any line was invalid. */
async function classifyBatch(file: string): Promise<void> {
  const lines = (await readInput(file)).replace(/^\uFEFF/, '').split('\n');
  let firstError: ErrorLine | undefined;
  let errors = 0;
  let out: string[] = [];
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const answer = classifyBatchLine(raw, i + 1);
    if (typeof answer === 'string') out.push(answer);
    else {
      errors += 1;
      firstError ??= answer;
      out.push(JSON.stringify(answer));
    }
    // Written 1,000 lines at a time: a large batch never becomes one huge string.
    if (out.length === 1000) {
      await write(`${out.join('\n')}\n`);
      out = [];
    }
  }
  if (out.length > 0) await write(`${out.join('\n')}\n`);
  if (firstError !== undefined) {
    const more = errors > 1 ? ` (${errors} invalid lines in all)` : '';
    process.stderr.write(`klynge: ${file}:${firstError.error.line}: ${firstError.error.message}${more}\n`);
    process.exitCode = 2;
  }
}

/** Adds `classify` to the command line. */
export function registerClassifyCommand(program: Command): void {
  program
    .command('classify')
    .description('classify a device profile under MDR/IVDR Annex VIII (JSON from FILE or stdin); --batch for JSON Lines')
    .argument('[file]', 'one device profile as JSON (default: stdin)')
    .option('--batch <file>', 'JSON Lines, one profile with an "id" a line; answers as JSON Lines in the same order')
    .action(async (file: string | undefined, opts: Options) => {
      try {
        if (opts.batch !== undefined) {
          if (file !== undefined) throw invalid('classify: give either FILE or --batch FILE, not both');
          return await classifyBatch(opts.batch);
        }
        process.stdout.write(`${classifyOne(file ?? 'stdin', await readInput(file))}\n`);
      } catch (err) {
        runCli.fail(err);
      }
    });
}
