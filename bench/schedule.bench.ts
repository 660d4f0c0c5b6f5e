// `npm run bench schedule`: the meeting scheduler (issue 6) through `klynge schedule EVENT --seconds S`, on the four
// public instances and on harder ones made with the benchmark's gen.py (up to 6,000 participants and 30,000
// meetings over three days; stronger popularity skew, fewer tables, more gaps in availability). Bars: with
// --seconds 10 the schedule is valid, ≥ 0.995 of the upper bound, never below greedy, within 10 s and 1 GiB; aim
// ≥ 0.999 in ≤ 2 s at 17,500 meetings and fewer idle gaps than greedy. Figures only: the bench never fails the build.
// SCHEDULE_BENCH_SECONDS="10,2" (the default) sets the runs; SCHEDULE_BENCH_ONLY=name,... picks instances.
// Then the app's extra the contract cannot state, in process: daily caps (SCHEDULE_BENCH_DAILY_CAP a day for
// everyone, default 3; 0 skips it) on the public instances of more than one day.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load, repoRoot } from './bench-registry.ts';
import { scheduleGaps } from '#src/events/schedule-gaps.ts';
import { greedySchedule } from '#src/events/schedule-greedy.ts';
import { parseEvent } from '#src/events/schedule-input.ts';
import { scheduleOutput } from '#src/events/schedule-output.ts';
import { buildProblem, type ScheduleProblem } from '#src/events/schedule-problem.ts';
import { solveSchedule } from '#src/events/schedule-solve.ts';
import { validateSchedule, type ScheduleOutput } from '#src/events/schedule-validate.ts';

const SET = resolve(repoRoot, '../shared/bench/schedule');
const WORK = join(tmpdir(), 'klynge-bench-schedule');
const TIME = '/usr/bin/time';
const BAR = { ratio: 0.995, mib: 1024, aim: 0.999 };

type Instance = { name: string; file: string; bestKnown?: number };

/** The public instances with the best known bounds of their README. */
const PUBLIC: Instance[] = [
  { name: 'small', file: join(SET, 'small.json'), bestKnown: 345 },
  { name: 'medium', file: join(SET, 'medium.json'), bestKnown: 1847 },
  { name: 'large', file: join(SET, 'large.json'), bestKnown: 16208 },
  { name: 'tight', file: join(SET, 'tight.json'), bestKnown: 8102 },
];

/** Harder instances: gen.py parameters beyond the public ones (3 days, up to 6,000 participants / 30,000 meetings). */
const GENERATED: Array<{ name: string; args: string }> = [
  { name: 'g17k', args: '--seed 205 --participants 3500 --days 3 --meetings-per-participant 5 --table-headroom 0.1 --skew 0.8 --accept-factor 1.5' },
  { name: 'g30k-default', args: '--seed 201 --participants 6000 --days 3 --meetings-per-participant 5 --table-headroom 0.1 --skew 0.8 --accept-factor 1.5' },
  { name: 'g30k-skew', args: '--seed 202 --participants 6000 --days 3 --meetings-per-participant 5 --table-headroom 0.05 --skew 1.2 --accept-factor 2.0' },
  {
    name: 'g30k-gaps',
    args: '--seed 204 --participants 6000 --days 3 --meetings-per-participant 5 --table-headroom 0.0 --skew 1.0 --accept-factor 1.8 --talks 4 --p-talk 0.6 --p-first-morning 0.5 --p-last-afternoon 0.5',
  },
  {
    name: 'g30k-scarce',
    args: '--seed 203 --participants 5000 --days 3 --meetings-per-participant 6 --table-headroom -0.2 --skew 1.1 --accept-factor 2.0 --team-share 0.15 --max-consecutive 3 --partial-tables 0.3 --talks 3 --p-talk 0.5',
  },
  {
    name: 'g30k-harsh',
    args:
      '--seed 206 --participants 6000 --days 3 --meetings-per-participant 5 --table-headroom -0.25 --skew 1.3 --accept-factor 2.0 --team-share 0.1 ' +
      '--max-consecutive 3 --talks 3 --p-talk 0.6 --p-first-morning 0.5 --p-last-afternoon 0.5 --partial-tables 0.3',
  },
];

/** Makes (once) the generated instances in a folder under the system's temporary directory. */
function generated(): Instance[] {
  mkdirSync(WORK, { recursive: true });
  return GENERATED.map(({ name, args }) => {
    const file = join(WORK, `${name}.json`);
    if (!existsSync(file)) {
      const run = spawnSync('python3', [join(SET, 'gen.py'), ...args.split(' '), '--out', file], { stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`gen.py failed for ${name}`);
    }
    return { name, file };
  });
}

type Run = { code: number | null; seconds: number; peakMiB: number; out: string; stderr: string };

/** `klynge schedule FILE --seconds S` with stdout to a file: wall time and peak resident memory (GNU time). */
function schedule(file: string, seconds: number, out: string): Promise<Run> {
  const command = [process.execPath, 'bin/klynge.js', 'schedule', file, '--seconds', String(seconds)];
  const fd = openSync(out, 'w');
  const started = performance.now();
  const child = existsSync(TIME)
    ? spawn(TIME, ['-f', 'bench-peak-kib=%M', ...command], { cwd: repoRoot, stdio: ['ignore', fd, 'pipe'] })
    : spawn(command[0]!, command.slice(1), { cwd: repoRoot, stdio: ['ignore', fd, 'pipe'] });
  closeSync(fd);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) =>
    child.on('close', (code) => {
      const kib = Number(/bench-peak-kib=(\d+)/.exec(stderr)?.[1] ?? NaN);
      done({ code, seconds: (performance.now() - started) / 1000, peakMiB: kib / 1024, out, stderr: stderr.replace(/bench-peak-kib=\d+\n?/, '') });
    }),
  );
}

/** The slot of each meeting in a schedule (-1 unscheduled), for counting its idle gaps. */
function slotsOf(problem: ScheduleProblem, output: ScheduleOutput): Int32Array {
  const slot = new Map(problem.event.slots.map((s, i) => [s.id, i]));
  const meeting = new Map(problem.event.meetings.map((m, i) => [m.id, i]));
  const slots = new Int32Array(problem.meetingCount).fill(-1);
  for (const a of output.assignments) slots[meeting.get(a.meeting)!] = slot.get(a.slot)!;
  return slots;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const bar = (ok: boolean) => (ok ? 'met' : 'MISSED');
const secondsList = (process.env.SCHEDULE_BENCH_SECONDS ?? '10,2').split(',').map(Number);
const only = process.env.SCHEDULE_BENCH_ONLY?.split(',');

const instances = [...PUBLIC, ...generated()].filter((i) => !only || only.includes(i.name));
console.log(`instances in ${SET} and ${WORK}; ${load()}`);
console.log('instance       meetings  S   weight   bound  w/bound  w/best  greedy  w-greedy  gaps (greedy)     wall s  peak MiB  bars');
for (const instance of instances) {
  const problem = buildProblem(parseEvent(JSON.parse(readFileSync(instance.file, 'utf8'))));
  const greedy = greedySchedule(problem);
  const greedyGaps = scheduleGaps(problem, greedy.slotOf);
  for (const seconds of secondsList) {
    const run = await schedule(instance.file, seconds, join(WORK, `${instance.name}-${seconds}.out.json`));
    if (run.code !== 0) {
      console.log(`${instance.name}: exit ${run.code}: ${run.stderr.trim().split('\n').at(-1)}`);
      continue;
    }
    const output = JSON.parse(readFileSync(run.out, 'utf8')) as ScheduleOutput;
    const problems = validateSchedule(problem.event, output);
    const { weight, upperBound } = output.stats;
    const ratio = weight / upperBound;
    const best = instance.bestKnown ? weight / instance.bestKnown : NaN;
    const gaps = scheduleGaps(problem, slotsOf(problem, output));
    const target = seconds <= 2 ? BAR.aim : BAR.ratio;
    const bars = [
      `valid ${bar(problems.length === 0)}`,
      `≥${target} ${bar(Math.max(ratio, Number.isFinite(best) ? best : 0) >= target)}`,
      `≥greedy ${bar(weight >= greedy.weight)}`,
      `≤${seconds}s ${bar(run.seconds <= seconds)}`,
      `≤1GiB ${bar(run.peakMiB <= BAR.mib)}`,
      `gaps<greedy ${bar(gaps < greedyGaps)}`,
    ];
    console.log(
      `${instance.name.padEnd(14)} ${String(problem.meetingCount).padStart(8)} ${String(seconds).padStart(2)} ${String(weight).padStart(8)} ${String(upperBound).padStart(7)}  ` +
        `${fmt(ratio, 4)}  ${fmt(best, 4).padStart(6)}  ${String(greedy.weight).padStart(6)}  ${fmt(weight / greedy.weight, 3).padStart(8)}  ` +
        `${String(gaps).padStart(6)} (${String(greedyGaps).padStart(6)})  ${fmt(run.seconds, 2).padStart(6)}  ${fmt(run.peakMiB, 0).padStart(8)}  ${bars.join(', ')}  ${load()}`,
    );
    for (const p of problems.slice(0, 3)) console.log(`  invalid: ${p}`);
  }
}

/** The engine in this process with everyone capped at `cap` meetings a day: weight, bound, validity (caps included). */
function dailyCapRun(instance: Instance, cap: number, seconds: number): string {
  const started = performance.now();
  const event = parseEvent(JSON.parse(readFileSync(instance.file, 'utf8')));
  const dailyCaps = Object.fromEntries(event.participants.map((p) => [p.id, cap]));
  const problem = buildProblem(event, { dailyCaps });
  const greedy = greedySchedule(problem).weight;
  const now = () => performance.now();
  const { state, upperBound } = solveSchedule(problem, { deadline: started + seconds * 1000 * 0.97, now });
  const output = scheduleOutput(state, upperBound, (now() - started) / 1000);
  const problems = validateSchedule(event, output, dailyCaps);
  return `${instance.name.padEnd(14)} ${String(cap).padStart(3)} ${String(seconds).padStart(2)} ${String(state.weight).padStart(8)} ${String(upperBound).padStart(7)}  ` +
    `${fmt(state.weight / upperBound, 4)}  ${String(greedy).padStart(6)}  ${fmt(output.stats.seconds, 2).padStart(6)}  valid ${bar(problems.length === 0)}  ${load()}`;
}

const cap = Number(process.env.SCHEDULE_BENCH_DAILY_CAP ?? 3);
const multiDay = PUBLIC.filter((i) => (!only || only.includes(i.name)) && i.name !== 'small');
if (cap > 0 && multiDay.length > 0) {
  console.log(`\ndaily caps of ${cap} a day for everyone (in process; the search keeps them, the bound counts them)`);
  console.log('instance       cap  S   weight   bound  w/bound  greedy  wall s  bars');
  for (const instance of multiDay) for (const seconds of secondsList) console.log(dailyCapRun(instance, cap, seconds));
}
