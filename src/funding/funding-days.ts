// Days left until a deadline as people count them: calendar days in Central European time, not 24-hour periods.

const DAY = 86_400_000;
const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Calendar days (Europe/Berlin) from `now` to `deadline`: 0 on the day itself, negative after it. */
export function daysUntil(now: Date, deadline: Date): number {
  const day = (d: Date) => Date.parse(`${BERLIN_DAY.format(d)}T00:00:00Z`);
  return Math.round((day(deadline) - day(now)) / DAY);
}
