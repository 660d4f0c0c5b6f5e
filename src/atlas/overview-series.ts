// Year series of the overview: gaps filled with zeros, so charts show quiet years, and running member counts.

/** Counts of one year as the database groups them; years without rows are missing. */
export type YearCounts = { year: number; projects: number; ecContribution: number };
export type MembershipYear = { year: number; joined: number; left: number };

/** Every year from `first` to `last`, ascending. */
function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** The project counts of every year from the first to the last with projects, zeros in between. */
export function fillProjectYears(rows: YearCounts[]): YearCounts[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years = rows.map((r) => r.year);
  return yearsBetween(Math.min(...years), Math.max(...years)).map(
    (year) => byYear.get(year) ?? { year, projects: 0, ecContribution: 0 },
  );
}

/**
 * Joins and departures per year from the first to `until` (the current year, or a later year with data), with
 * the members at the end of each year: everyone who joined up to then minus everyone who left.
 */
export function membershipSeries(rows: MembershipYear[], until: number): Array<MembershipYear & { members: number }> {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years = rows.map((r) => r.year);
  let members = 0;
  return yearsBetween(Math.min(...years), Math.max(until, ...years)).map((year) => {
    const { joined, left } = byYear.get(year) ?? { joined: 0, left: 0 };
    members += joined - left;
    return { year, joined, left, members };
  });
}
