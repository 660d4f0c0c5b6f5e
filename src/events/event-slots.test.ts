// Slots from days and sessions in the event's time zone, across daylight saving time.
import { describe, expect, it } from 'vitest';
import { localDay, localIso, planSlots, requireTimezone, zonedInstant } from '#src/events/event-slots.ts';

describe('zone arithmetic', () => {
  it('turns wall-clock times into instants in winter and summer time and writes them back with their offset', () => {
    expect(zonedInstant('2027-03-10', '09:00', 'Europe/Berlin').toISOString()).toBe('2027-03-10T08:00:00.000Z');
    expect(zonedInstant('2027-06-10', '09:00', 'Europe/Copenhagen').toISOString()).toBe('2027-06-10T07:00:00.000Z');
    expect(localIso(new Date('2027-06-10T07:00:00Z'), 'Europe/Berlin')).toBe('2027-06-10T09:00:00+02:00');
    expect(localIso(new Date('2027-03-10T14:30:00Z'), 'America/New_York')).toBe('2027-03-10T09:30:00-05:00');
    expect(localDay(new Date('2027-03-10T23:30:00Z'), 'Europe/Berlin')).toBe('2027-03-11');
  });

  it('refuses an unknown time zone naming the field', () => {
    expect(() => requireTimezone('Mars/Olympus')).toThrow(/timezone/);
  });
});

describe('planSlots', () => {
  it('fills sessions with slots, puts breaks in as their own slots and leaves a too-short remainder empty', () => {
    const slots = planSlots({
      days: ['2027-03-28'], slotMinutes: 20,
      sessions: [{ start: '09:00', end: '10:10' }, { start: '14:00', end: '14:40' }],
      breaks: [{ start: '09:20', end: '09:30', label: 'Coffee' }],
    }, 'Europe/Berlin');
    expect(slots.map((s) => `${localIso(s.startsAt, 'Europe/Berlin').slice(11, 16)}-${localIso(s.endsAt, 'Europe/Berlin').slice(11, 16)} ${s.kind}`)).toEqual([
      '09:00-09:20 meeting', '09:20-09:30 break', '09:30-09:50 meeting', '09:50-10:10 meeting', '14:00-14:20 meeting', '14:20-14:40 meeting',
    ]);
    // 28 March 2027 is the first day of summer time in Berlin.
    expect(slots[0]!.startsAt.toISOString()).toBe('2027-03-28T07:00:00.000Z');
  });

  it('refuses sessions that overlap or end before they start', () => {
    const plan = { days: ['2027-03-10'], slotMinutes: 30, breaks: [] };
    expect(() => planSlots({ ...plan, sessions: [{ start: '10:00', end: '09:00' }] }, 'UTC')).toThrow(/sessions.0/);
    expect(() => planSlots({ ...plan, sessions: [{ start: '09:00', end: '11:00' }, { start: '10:00', end: '12:00' }] }, 'UTC')).toThrow(/sessions.1/);
  });
});
