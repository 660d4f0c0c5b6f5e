// `klynge match` as a user runs it: JSON Lines in, JSON Lines out in the same order, exit 2 naming file and line.
// These run the real CLI on the embedded engine over a data directory holding a few imported CORDIS projects.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORDIS_2024_ZIP, extractCordisFiles, makeTempDir } from '#src/importers/cordis-fixtures.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { DATABASE_URL: _server, ...env } = process.env;
// ELIXIR-STEERS, EU-OPENSCREEN, EOSC Beyond, climate risk and aquaculture research infrastructures (~200 organisations).
const NAMES = ['258042', '257852', '257851', '257836', '257830'].map((n) => `xml/${n}.xml`);

type Run = { code: number | null; stdout: string; stderr: string };
type Answer = { id: string; results: Array<Record<string, unknown> & { cordisId: string; score: number; reasons: unknown[] }> };

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let dataDir: string;

/** Runs `klynge ARGS --data-dir DIR` to its end. */
function klynge(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['bin/klynge.js', ...args, '--data-dir', dataDir], { cwd: repoRoot, env: { ...env, KLYNGE_LOG: 'warn' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Writes a queries file (lines joined by newlines) into the temporary folder and returns its path. */
async function queries(name: string, lines: Array<object | string>): Promise<string> {
  const path = join(tmp.path, name);
  await writeFile(path, `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`);
  return path;
}

const answersOf = (run: Run) => run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Answer);

/** A refused run: exit 2, nothing on stdout; returns the one-line message (the last line, after any progress). */
function refused(run: Run, { progress = false } = {}): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  if (!progress) expect(lines).toHaveLength(1);
  return lines.at(-1)!;
}

beforeAll(async () => {
  tmp = await makeTempDir('klynge-match-');
  dataDir = join(tmp.path, 'data');
  const folder = await extractCordisFiles(CORDIS_2024_ZIP, NAMES);
  try {
    const run = await klynge(['import', 'cordis', folder.path]);
    expect(run.code).toBe(0);
  } finally {
    await folder.remove();
  }
}, 180_000);
afterAll(() => tmp.remove());

// The command runs on the embedded engine whatever DATABASE_URL says (the child is started without it), so the
// PostgreSQL stage of the suite would repeat this file exactly: it runs in the embedded stage only.
describe.skipIf(Boolean(process.env.DATABASE_URL))('klynge match', () => {
  let first: Answer[];

  it('prints one line per query in the input order, at most K results best first, with CORDIS ids and reasons as text', async () => {
    const file = await queries('ok.jsonl', [
      { id: 'life', text: 'bioinformatics and chemical biology research infrastructures for life science data' },
      '',
      { id: 'fish', text: 'aquaculture and fisheries research services', requester: null, exclude: [] },
      { id: 'climate', text: 'Risiken des Klimawandels und Anpassung' },
    ]);
    const run = await klynge(['match', '--queries', file, '--k', '5']);
    expect(run.code).toBe(0);
    first = answersOf(run);
    expect(first.map((a) => a.id)).toEqual(['life', 'fish', 'climate']);
    // Only organisations that something ties to the query are proposed: the two English ideas find five each, the
    // German one (a topic the glossary does not cover) may find fewer.
    expect(first[0]!.results).toHaveLength(5);
    expect(first[1]!.results).toHaveLength(5);
    for (const { results } of first) {
      expect(results.length).toBeLessThanOrEqual(5);
      expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
      for (const r of results) {
        expect(Object.keys(r)).toEqual(['orgId', 'cordisId', 'name', 'score', 'reasons']);
        expect(r.cordisId).toMatch(/^[0-9]+$/);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) expect(reason).toEqual(expect.stringMatching(/\S/));
      }
    }
    expect(run.stdout.endsWith('}\n')).toBe(true);
  }, 120_000);

  it('never returns the requester nor the excluded organisations, and gives 20 results by default', async () => {
    const [top, second, third] = first[0]!.results;
    const file = await queries('requester.jsonl', [
      { id: 'q1', text: 'bioinformatics and chemical biology research infrastructures for life science data', requester: top!.cordisId, exclude: [second!.cordisId, third!.cordisId] },
    ]);
    const run = await klynge(['match', '--queries', file]);
    expect(run.code).toBe(0);
    const [answer] = answersOf(run);
    const ids = answer!.results.map((r) => r.cordisId);
    expect(ids).toHaveLength(20);
    expect(ids).not.toContain(top!.cordisId);
    expect(ids).not.toContain(second!.cordisId);
    expect(ids).not.toContain(third!.cordisId);
    expect(answer!.results.flatMap((r) => r.reasons).some((reason) => /joint project/.test(String(reason)))).toBe(true);
  }, 120_000);

  it('ranks a batch large enough for worker threads exactly as each query alone, in the input order', async () => {
    const texts = [
      'bioinformatics and chemical biology research infrastructures for life science data',
      'aquaculture and fisheries research services',
      'Risiken des Klimawandels und Anpassung',
    ];
    const batch = Array.from({ length: 150 }, (_, i) => ({ id: `b${i}`, text: texts[i % 3]! }));
    const run = await klynge(['match', '--queries', await queries('batch.jsonl', batch), '--k', '5']);
    expect(run.code).toBe(0);
    const answers = answersOf(run);
    expect(answers.map((a) => a.id)).toEqual(batch.map((q) => q.id));
    answers.forEach((a, i) => expect(a.results).toEqual(first[i % 3]!.results));
    expect(run.stderr).toContain('klynge: match: 150/150 queries');
  }, 120_000);

  // These fail before the database opens; run side by side, as each start of the CLI costs seconds.
  it('exits 2 naming file, line and field for a malformed line, blank or too long text and a numeric id, printing nothing', async () => {
    const cases: Array<[string, object | string, RegExp]> = [
      ['bad-json', '{"id": "q3", "text": "fish"', /^klynge: .*bad-json\.jsonl:3: not a valid JSON line \(.+\)$/],
      ['empty', { id: 'q3', text: '' }, /^klynge: .*empty\.jsonl:3: text: must not be empty$/],
      ['blank', { id: 'q3', text: ' \n\t ' }, /^klynge: .*blank\.jsonl:3: text: must not be empty$/],
      ['long', { id: 'q3', text: 'x'.repeat(20_001) }, /^klynge: .*long\.jsonl:3: text: must be at most 20000 characters$/],
      ['number', { id: 3, text: 'fish' }, /^klynge: .*number\.jsonl:3: id: must be a string$/],
    ];
    const runs = await Promise.all(
      cases.map(async ([name, line]) => klynge(['match', '--queries', await queries(`${name}.jsonl`, [{ id: 'q1', text: 'fish' }, '', line])])),
    );
    runs.forEach((run, i) => expect(refused(run)).toMatch(cases[i]![2]));
  }, 120_000);

  it('exits 2 naming the line of an unknown requester, printing no result', async () => {
    const file = await queries('unknown.jsonl', [{ id: 'q1', text: 'fish' }, { id: 'q2', text: 'fish', requester: '999999999' }]);
    expect(refused(await klynge(['match', '--queries', file]), { progress: true })).toMatch(/^klynge: .*unknown\.jsonl:2: requester: .*999999999/);
  }, 60_000);

  it('exits 2 for K outside 1..200 or not an integer and for a missing file', async () => {
    const file = await queries('fine.jsonl', [{ id: 'q1', text: 'fish' }]);
    const ks = ['0', '201', 'abc'];
    const runs = await Promise.all(ks.map((k) => klynge(['match', '--queries', file, '--k', k])));
    runs.forEach((run, i) => expect(refused(run)).toBe(`klynge: --k: must be an integer from 1 to 200, not "${ks[i]}"`));
    expect(refused(await klynge(['match', '--queries', join(tmp.path, 'nowhere.jsonl')]))).toMatch(/nowhere\.jsonl: cannot read the file/);
  }, 120_000);
});
