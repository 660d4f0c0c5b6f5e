// The hard rules a refused move breaks, in words: the API names them with ids (meeting-conflicts.ts, schedule-validate.ts).

/** How ids read: participants by name, tables by label, slots by time, days by date. */
export type Namer = { person: (id: string) => string; table: (id: string) => string; slot: (id: string) => string; day: (date: string) => string };

const patterns: Array<[RegExp, (m: string[], n: Namer) => [string, Record<string, string>]]> = [
  [/^\S+: table (\S+) already hosts \S+ in slot (\S+)$/, ([, table, slot], n) => ['tableTaken', { table: n.table(table!), time: n.slot(slot!) }]],
  [/^\S+: table (\S+) does not exist in slot (\S+)$/, ([, table, slot], n) => ['tableAbsent', { table: n.table(table!), time: n.slot(slot!) }]],
  [/^\S+: (\S+) is not available in slot (\S+)$/, ([, who, slot], n) => ['unavailable', { name: n.person(who!), time: n.slot(slot!) }]],
  [/^\S+: (\S+) already meets in \S+ in slot (\S+)$/, ([, who, slot], n) => ['busy', { name: n.person(who!), time: n.slot(slot!) }]],
  [/^(\S+): more than (\d+) meetings in a row/, ([, who, count], n) => ['inRow', { name: n.person(who!), count: count! }]],
  [/^(\S+): \d+ meetings, more than maxMeetings (\d+)$/, ([, who, count], n) => ['total', { name: n.person(who!), count: count! }]],
  [/^(\S+): more than (\d+) meetings on (\S+)$/, ([, who, count, day], n) => ['daily', { name: n.person(who!), count: count!, date: n.day(day!) }]],
];

/** One broken rule in the interface language; a message of no known form is shown as the API wrote it. */
export function ruleText(t: (key: string, values: Record<string, string>) => string, message: string, namer: Namer): string {
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(message);
    if (match) {
      const [key, values] = read(match, namer);
      return t(`rules.${key}`, values);
    }
  }
  return message;
}
