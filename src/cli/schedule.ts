// `klynge schedule EVENT [--seconds S]` (cli.md): schedules a partnering event's meetings into slots and tables
// and prints the schedule JSON of event-schedule.md. Never opens the database.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError, invalid } from '#src/errors.ts';
import { parseEvent } from '#src/events/schedule-input.ts';
import { scheduleOutput } from '#src/events/schedule-output.ts';
import { buildProblem } from '#src/events/schedule-problem.ts';
import { solveSchedule } from '#src/events/schedule-solve.ts';
import { validateSchedule } from '#src/events/schedule-validate.ts';

type Options = { seconds: string };

/**
 * Time kept back from the search for what follows it (reasons, tables, the final check, JSON out, process exit),
 * so the command as a whole ends within --seconds: 150 ms + 6 µs per meeting (measured on an idle core with some
 * margin), stretched by how much slower than its CPU time this process has run so far (a busy machine lends it
 * only part of a core).
 */
function reserveMs(meetings: number): number {
  const { user, system } = process.cpuUsage();
  const slowdown = Math.min(4, Math.max(1, performance.now() / ((user + system) / 1000)));
  return (150 + meetings * 0.006) * (slowdown + 0.25);
}

/** --seconds as the contract allows it: a positive number. */
function parseSeconds(value: string): number {
  const seconds = /^\s*[0-9]*\.?[0-9]+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds > 0)) throw invalid(`--seconds: must be a positive number of seconds, not "${value}"`);
  return seconds;
}

async function readEvent(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : 'unreadable';
    throw invalid(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (err) {
    throw invalid(`${file}: not valid JSON (${err instanceof Error ? err.message.replace(/\s+/g, ' ') : 'unreadable'})`);
  }
}

/** Adds `schedule` to the command line. */
export function registerScheduleCommand(program: Command): void {
  program
    .command('schedule')
    .description('schedule the meetings of a partnering event (EVENT JSON) into slots and tables; the schedule JSON on stdout')
    .argument('<event>', 'EVENT JSON file in the format of event-schedule.md')
    .option('--seconds <s>', 'optimisation time; the command returns the best schedule it has by then', '30')
    // Errors go up to main.ts, which maps them to exit codes (bad input: 2). Not importing run.ts here keeps the
    // runtime and the database driver out of this command's start-up (~0.5 s).
    .action(async (file: string, opts: Options) => {
      // The clock starts with the process: --seconds bounds the whole command, start-up and output included.
      const seconds = parseSeconds(opts.seconds);
      const value = await readEvent(file);
      let problem;
      try {
        problem = buildProblem(parseEvent(value));
      } catch (err) {
        throw err instanceof AppError && err.code === 'invalid' ? invalid(`${file}: ${err.message}`, err.details) : err;
      }
      const now = () => performance.now();
      // 3 % of the budget stays unused as well: the caller's clock also counts process start and exit.
      const deadline = seconds * 970 - reserveMs(problem.meetingCount);
      const { state, upperBound } = solveSchedule(problem, { deadline, now });
      const output = scheduleOutput(state, upperBound, now() / 1000);
      const problems = validateSchedule(problem.event, output);
      if (problems.length > 0) throw new Error(`the scheduler made an invalid schedule (a bug): ${problems.slice(0, 3).join('; ')}`);
      process.stdout.write(`${JSON.stringify(output)}\n`);
    });
}
