// `klynge schedule` as a user runs it: the schedule JSON of event-schedule.md on stdout within --seconds, exit 2
// with a message naming the offending id for bad input, and no database opened.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEvent } from '#src/events/schedule-input.ts';
import { eventOf } from '#src/events/schedule-test-events.ts';
import { validateSchedule, type ScheduleOutput } from '#src/events/schedule-validate.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const SMALL = fileURLToPath(new URL('../../../shared/bench/schedule/small.json', import.meta.url));
let dir: string;

type Run = { code: number | null; stdout: string; stderr: string; seconds: number };

/** Runs `klynge ARGS` with a data directory that must never be created and a database server that is not there. */
function klynge(args: string[]): Promise<Run> {
  const env = { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none', KLYNGE_DATA_DIR: join(dir, 'data') };
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/klynge.js', ...args], { cwd: repoRoot, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 })));
}

/** Writes an event file into the temporary folder. */
async function eventFile(name: string, event: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof event === 'string' ? event : JSON.stringify(event));
  return path;
}

/** A refused run: exit 2, nothing on stdout, one line on stderr (returned). */
function refused(run: Run): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  return run.stderr.trimEnd();
}

const valid = () => eventOf({ slotsPerDay: 3, tables: 1, participants: 3, meetings: [['p1', 'p2'], ['p2', 'p3']] }) as unknown as Record<string, Array<Record<string, unknown>>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klynge-schedule-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// The command never opens a database (the child gets an unreachable DATABASE_URL), so the PostgreSQL stage of
// the suite would repeat this file exactly: it runs in the embedded stage only.
describe.skipIf(Boolean(process.env.DATABASE_URL))('klynge schedule', () => {
  it('prints a valid schedule with every meeting once and true stats, within --seconds, without a database', async () => {
    const run = await klynge(['schedule', SMALL, '--seconds', '4']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const schedule = JSON.parse(run.stdout) as ScheduleOutput;
    expect(Object.keys(schedule)).toEqual(['assignments', 'unscheduled', 'stats']);
    expect(Object.keys(schedule.stats)).toEqual(['scheduled', 'unscheduled', 'weight', 'upperBound', 'seconds']);
    const event = parseEvent(JSON.parse(await readFile(SMALL, 'utf8')));
    expect(validateSchedule(event, schedule)).toEqual([]);
    expect(schedule.assignments.length + schedule.unscheduled.length).toBe(270);
    for (const u of schedule.unscheduled) expect(u.reason).toMatch(/\w/);
    // The proven optimum of small.json is 345, far above greedy first-fit (307).
    expect(schedule.stats).toMatchObject({ weight: 345, upperBound: 345 });
    expect(schedule.stats.seconds).toBeGreaterThan(0);
    expect(schedule.stats.seconds).toBeLessThanOrEqual(4);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('reports an unschedulable meeting with a reason instead of refusing the event', async () => {
    const event = valid();
    event.participants = [{ id: 'p1', available: ['d1-s0'] }, { id: 'p2', available: ['d1-s1'] }, { id: 'p3' }];
    const run = await klynge(['schedule', await eventFile('apart.json', event), '--seconds', '0.5']);
    expect(run.code).toBe(0);
    const schedule = JSON.parse(run.stdout) as ScheduleOutput;
    expect(schedule.unscheduled).toEqual([{ meeting: 'm1', reason: 'no slot in which all its participants are available' }]);
    expect(schedule.stats).toMatchObject({ scheduled: 1, unscheduled: 1, weight: 1, upperBound: 1 });
  });

  it('refuses an unknown participant, a duplicate id and overlapping slots with exit 2, naming the id', async () => {
    const unknown = valid();
    unknown.meetings!.push({ id: 'm42', participants: ['p3', 'p99'] });
    const file = await eventFile('unknown.json', unknown);
    expect(refused(await klynge(['schedule', file]))).toBe(`klynge: ${file}: meetings[m42]: unknown participant p99`);
    const duplicate = valid();
    duplicate.participants!.push({ id: 'p2' });
    expect(refused(await klynge(['schedule', await eventFile('duplicate.json', duplicate)]))).toMatch(/: participants\[p2\]: duplicate id/);
    const overlap = valid();
    overlap.slots![1] = { id: 'd1-s1', start: '2027-03-10T09:20:00+01:00', end: '2027-03-10T09:50:00+01:00' };
    expect(refused(await klynge(['schedule', await eventFile('overlap.json', overlap)]))).toMatch(/: slots\[d1-s1\]: overlaps d1-s0$/);
  });

  it('refuses a missing file, a file that is not JSON and a bad --seconds with exit 2', async () => {
    expect(refused(await klynge(['schedule', join(dir, 'nothing.json')]))).toMatch(/nothing\.json: cannot read the file \(no such file\)$/);
    expect(refused(await klynge(['schedule', await eventFile('broken.json', '{"slots": [')]))).toMatch(/broken\.json: not valid JSON/);
    expect(refused(await klynge(['schedule', SMALL, '--seconds', 'soon']))).toBe('klynge: --seconds: must be a positive number of seconds, not "soon"');
    expect(refused(await klynge(['schedule', SMALL, '--seconds', '0']))).toMatch(/--seconds/);
  });
});
