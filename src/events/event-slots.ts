// Time slots of an event from its days and sessions (wall-clock times in the event's time zone), and the
// zone arithmetic that needs: an instant from a local date and time, and an instant written with its local offset.
import { invalid } from '#src/errors.ts';

export type SlotPlan = {
  days: string[];
  sessions: Array<{ start: string; end: string }>;
  slotMinutes: number;
  breaks: Array<{ start: string; end: string; label: string }>;
};

export type PlannedSlot = { startsAt: Date; endsAt: Date; kind: 'meeting' | 'break'; label: string };

const MINUTE = 60_000;

/** Throws `invalid` unless `timezone` is an IANA zone this runtime knows. */
export function requireTimezone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw invalid(`timezone: unknown time zone ${timezone}`, [{ field: 'timezone', message: `unknown time zone ${timezone}` }]);
  }
}

/** Minutes the zone's wall clock is ahead of UTC at instant `at`. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than using it. */
function formatOf(timezone: string): Intl.DateTimeFormat {
  let format = formats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formats.set(timezone, format);
  }
  return format;
}

function offsetMinutes(at: number, timezone: string): number {
  const parts = formatOf(timezone).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - at) / MINUTE);
}

/** The instant at wall-clock `time` (HH:MM) on `date` (YYYY-MM-DD) in `timezone`. */
export function zonedInstant(date: string, time: string, timezone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  const first = naive - offsetMinutes(naive, timezone) * MINUTE;
  return new Date(naive - offsetMinutes(first, timezone) * MINUTE);
}

/** `at` as ISO 8601 in the zone's local time with its offset (`2027-03-10T09:00:00+01:00`), as the contract writes slots. */
export function localIso(at: Date, timezone: string): string {
  const offset = offsetMinutes(at.getTime(), timezone);
  const local = new Date(at.getTime() + offset * MINUTE).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The local calendar day (YYYY-MM-DD) of instant `at` in `timezone`. */
export const localDay = (at: Date, timezone: string) => localIso(at, timezone).slice(0, 10);

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Meeting slots of `slotMinutes` filling each session of each day, a break slot for each break inside a session
 * (meetings resume when it ends; a remainder too short for a slot stays empty).
 */
export function planSlots(plan: SlotPlan, timezone: string): PlannedSlot[] {
  const slots: PlannedSlot[] = [];
  const breaks = [...plan.breaks].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  const sessions = [...plan.sessions].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  for (const [i, session] of sessions.entries()) {
    if (minutesOf(session.end) <= minutesOf(session.start)) throw invalid(`sessions.${i}: end must be after start`, [{ field: `sessions.${i}.end`, message: 'must be after start' }]);
    if (i > 0 && minutesOf(session.start) < minutesOf(sessions[i - 1]!.end)) throw invalid(`sessions.${i}: overlaps the session before`, [{ field: `sessions.${i}.start`, message: 'overlaps the session before' }]);
  }
  for (const day of [...new Set(plan.days)].sort()) {
    const at = (minutes: number) => zonedInstant(day, timeOf(minutes), timezone);
    for (const session of sessions) {
      const end = minutesOf(session.end);
      let t = minutesOf(session.start);
      while (t < end) {
        const pause = breaks.find((b) => minutesOf(b.end) > t && minutesOf(b.start) < Math.min(end, t + plan.slotMinutes));
        if (pause) {
          const from = Math.max(t, minutesOf(pause.start));
          const to = Math.min(end, minutesOf(pause.end));
          slots.push({ startsAt: at(from), endsAt: at(to), kind: 'break', label: pause.label });
          t = to;
        } else if (t + plan.slotMinutes <= end) {
          slots.push({ startsAt: at(t), endsAt: at(t + plan.slotMinutes), kind: 'meeting', label: '' });
          t += plan.slotMinutes;
        } else break;
      }
    }
  }
  return slots;
}
