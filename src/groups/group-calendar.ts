// The iCalendar document (RFC 5545, written by ical-generator) of a member's workshops: times as wall-clock times with
// the workshop's TZID, each zone defined by a VTIMEZONE of its real offsets, cancelled workshops as STATUS:CANCELLED.
import ical, { ICalEventStatus } from 'ical-generator';
import type { LocalizedText } from '#src/db/types.ts';
import { localIso } from '#src/events/event-slots.ts';

export type CalendarWorkshop = {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  place: string;
  link: string | null;
  agenda: string;
  status: 'planned' | 'held' | 'cancelled';
  sequence: number;
  updated_at: Date;
  created_at: Date;
  group_id: string;
  group_title: LocalizedText;
  cluster_slug: string;
};

export type FeedLanguage = 'de' | 'en' | 'da';
const NAMES: Record<FeedLanguage, string> = { en: 'klynge: my working groups', de: 'klynge: meine Arbeitsgruppen', da: 'klynge: mine arbejdsgrupper' };
const PAGE: Record<FeedLanguage, string> = { en: 'Group page', de: 'Seite der Gruppe', da: 'Gruppens side' };
const ONLINE: Record<FeedLanguage, string> = { en: 'Online', de: 'Online', da: 'Online' };

const pick = (text: LocalizedText, language: FeedLanguage) => text[language] ?? text.en ?? text.de ?? text.da ?? '';

/**
 * A Date whose local-time getters read the wall clock of a time zone. ical-generator writes a `TZID` time from a
 * date's local getters (the process's zone for a plain Date); handing it this instead (it recognises the
 * `withTimeZone` shape of @date-fns/tz) writes the workshop's own wall-clock time, whatever zone the server runs in.
 */
class WallClockDate extends Date {
  readonly internal: Date;
  private readonly wall: number[] | null;

  constructor(instant: number, readonly zone: string | null) {
    super(instant);
    this.internal = new Date(instant);
    const local = zone ? localIso(this.internal, zone) : null;
    this.wall = local ? [0, 5, 8, 11, 14, 17].map((at, i) => Number(local.slice(at, i === 0 ? 4 : at + 2))) : null;
  }

  withTimeZone(zone?: string | null): WallClockDate {
    return new WallClockDate(this.getTime(), zone ?? this.zone);
  }

  tzComponents() {
    return { zone: this.zone };
  }

  override getFullYear() { return this.wall ? this.wall[0]! : super.getFullYear(); }
  override getMonth() { return this.wall ? this.wall[1]! - 1 : super.getMonth(); }
  override getDate() { return this.wall ? this.wall[2]! : super.getDate(); }
  override getHours() { return this.wall ? this.wall[3]! : super.getHours(); }
  override getMinutes() { return this.wall ? this.wall[4]! : super.getMinutes(); }
  override getSeconds() { return this.wall ? this.wall[5]! : super.getSeconds(); }
}

/** Minutes the zone's wall clock is ahead of UTC at instant `at`. */
function offsetAt(at: number, zone: string): number {
  const local = localIso(new Date(at), zone);
  const sign = local.at(19) === '-' ? -1 : 1;
  return sign * (Number(local.slice(20, 22)) * 60 + Number(local.slice(23, 25)));
}

const formatOffset = (minutes: number) => `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
const formatLocal = (at: number) => new Date(at).toISOString().slice(0, 19).replace(/[-:]/g, '');

/**
 * A VTIMEZONE for `zone` from January of `fromYear` to the end of `toYear`: one observance per offset change, found
 * by asking the runtime's time-zone data (Intl) day by day and narrowing each change down to the minute.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const DAY = 86_400_000;
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const changes: Array<{ at: number; from: number; to: number }> = [];
  for (let day = start; day < end; day += DAY) {
    const from = offsetAt(day, zone);
    const to = offsetAt(day + DAY, zone);
    if (from === to) continue;
    let low = day;
    let high = day + DAY; // offset(low) = from, offset(high) = to
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(mid, zone) === from) low = mid;
      else high = mid;
    }
    changes.push({ at: high, from, to });
  }
  const first = offsetAt(start, zone);
  const offsets = [first, ...changes.map((c) => c.to)];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', onsetLocal: number, from: number, to: number) =>
    [`BEGIN:${kind}`, `DTSTART:${formatLocal(onsetLocal)}`, `TZOFFSETFROM:${formatOffset(from)}`, `TZOFFSETTO:${formatOffset(to)}`, `END:${kind}`];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observance(first > Math.min(...offsets) ? 'DAYLIGHT' : 'STANDARD', start + first * 60_000, first, first)];
  for (const c of changes) lines.push(...observance(c.to > c.from ? 'DAYLIGHT' : 'STANDARD', c.at + c.from * 60_000, c.from, c.to));
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/** The feed of `workshops` in `language`; `origin` makes the links to the group pages; `now` is each entry's DTSTAMP. */
export function workshopCalendar(workshops: CalendarWorkshop[], options: { language: FeedLanguage; origin: string; now: Date }): string {
  const { language, origin, now } = options;
  const years = workshops.flatMap((w) => [w.starts_at.getUTCFullYear(), w.ends_at.getUTCFullYear()]);
  const fromYear = Math.min(...years, now.getUTCFullYear());
  const toYear = Math.max(...years, now.getUTCFullYear());
  const calendar = ical({
    name: NAMES[language],
    prodId: { company: 'klynge', product: 'groups', language: language.toUpperCase() },
    timezone: { name: null, generator: (zone) => vtimezone(zone, fromYear, toYear) },
    ttl: 3600,
  });
  for (const w of workshops) {
    const page = `${origin}/clusters/${w.cluster_slug}/groups/${w.group_id}`;
    calendar.createEvent({
      id: `workshop-${w.id}@klynge`,
      sequence: w.sequence,
      timezone: w.timezone,
      start: new WallClockDate(w.starts_at.getTime(), w.timezone),
      end: new WallClockDate(w.ends_at.getTime(), w.timezone),
      stamp: now,
      created: w.created_at,
      lastModified: w.updated_at,
      summary: `${pick(w.group_title, language)}: ${w.title}`,
      location: w.place || (w.link ? ONLINE[language] : null),
      url: w.link ?? page,
      description: [w.agenda.trim(), w.link ? w.link : '', `${PAGE[language]}: ${page}`].filter(Boolean).join('\n\n'),
      status: w.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
