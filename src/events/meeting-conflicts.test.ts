// Conflicts of placements with the event now, daily caps included.
import { describe, expect, it } from 'vitest';
import { placementConflicts } from '#src/events/meeting-conflicts.ts';
import type { EventInput } from '#src/events/schedule-input.ts';

const event: EventInput = {
  slots: [
    { id: 's1', start: '2027-03-10T09:00:00+01:00', end: '2027-03-10T09:30:00+01:00' },
    { id: 's2', start: '2027-03-10T09:30:00+01:00', end: '2027-03-10T10:00:00+01:00' },
    { id: 's3', start: '2027-03-11T09:00:00+01:00', end: '2027-03-11T09:30:00+01:00' },
  ],
  tables: [{ id: 'T1' }, { id: 'T2', slots: ['s1'] }],
  participants: [{ id: 'a' }, { id: 'b', available: ['s1', 's3'] }, { id: 'c' }],
  meetings: [{ id: 'm1', participants: ['a', 'b'], priority: 1 }, { id: 'm2', participants: ['a', 'c'], priority: 3 }, { id: 'm3', participants: ['b', 'c'] }],
};

describe('placementConflicts', () => {
  it('names cancelled meetings, deleted slots, double bookings, unavailable tables and participants, and daily caps', () => {
    const conflicts = placementConflicts(event, [
      { meeting: 'm1', slot: 's1', table: 'T1' },
      { meeting: 'm2', slot: 's1', table: 'T2' },
      { meeting: 'm3', slot: 's2', table: 'T2' },
      { meeting: 'gone', slot: 's1', table: 'T1' },
      { meeting: 'm1', slot: 'deleted', table: 'T1' },
    ], { a: 1 });
    expect(conflicts).toEqual(expect.arrayContaining([
      'gone: the meeting was cancelled',
      'm1: slot deleted was deleted',
      'm2: a already meets in m1 in slot s1',
      'm3: table T2 does not exist in slot s2',
      'm3: b is not available in slot s2',
      'a: more than 1 meetings on 2027-03-10',
    ]));
  });

  it('finds none in a valid placement', () => {
    expect(placementConflicts(event, [{ meeting: 'm1', slot: 's1', table: 'T1' }, { meeting: 'm2', slot: 's2', table: 'T1' }], {})).toEqual([]);
  });
});
