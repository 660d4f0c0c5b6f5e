// Organisers' exports of an event: the contract's EVENT with the published schedule (JSON), the participants and
// the whole agenda (CSV).
import { stringify } from 'csv-stringify/sync';
import type { Ctx } from '#src/context.ts';
import { organiserEvent } from '#src/events/event-access.ts';
import { findEventAgenda, findMeetingMembers, membersByMeeting } from '#src/events/agenda-repo.ts';
import { findParticipants } from '#src/events/event-participant-repo.ts';
import { localIso } from '#src/events/event-slots.ts';
import { buildEventInput } from '#src/events/meeting-schedule-input.ts';
import type { ScheduleOutput } from '#src/events/schedule-validate.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

/** EVENT (event-schedule.md) and the schedule as published now (null before the first publish). */
export async function exportEventJson(ctx: Ctx, eventId: string) {
  const event = await organiserEvent(ctx, eventId);
  const { input, meetings } = await buildEventInput(ctx.db, event);
  const published = await ctx.db.selectFrom('event_schedules').select('output').where('event_id', '=', eventId).where('published_at', 'is not', null)
    .orderBy('published_at', 'desc').executeTakeFirst();
  if (!published) return { event: input, schedule: null };
  const draft = published.output as ScheduleOutput;
  const reasons = new Map(draft.unscheduled.map((u) => [u.meeting, u.reason]));
  const assignments = meetings.flatMap((m) => (m.slotId && m.tableId ? [{ meeting: m.id, slot: m.slotId, table: m.tableId }] : []));
  const unscheduled = meetings.filter((m) => !m.slotId).map((m) => ({ meeting: m.id, reason: reasons.get(m.id) ?? 'accepted after the schedule was published' }));
  const weight = meetings.reduce((sum, m) => sum + (m.slotId ? m.priority : 0), 0);
  const schedule: ScheduleOutput = {
    assignments, unscheduled,
    stats: { scheduled: assignments.length, unscheduled: unscheduled.length, weight, upperBound: Math.max(draft.stats.upperBound, weight), seconds: draft.stats.seconds },
  };
  return { event: input, schedule };
}

/** The participants as CSV (organisers). */
export async function exportParticipantsCsv(ctx: Ctx, eventId: string): Promise<string> {
  await organiserEvent(ctx, eventId);
  const rows = await findParticipants(ctx.db, eventId, {});
  return stringify(rows.map((p) => [p.id, p.user_name, p.organization_name, p.organization_type, p.country ?? '', p.offers, p.seeks, p.days.join(' '),
    p.checked_in_at ? isoTime(p.checked_in_at) : '', p.no_show ? 'yes' : 'no']), {
    header: true, columns: ['id', 'name', 'organisation', 'type', 'country', 'offers', 'seeks', 'days', 'checked_in_at', 'no_show'],
  });
}

/** The published agenda as CSV, one line per meeting (organisers). */
export async function exportAgendaCsv(ctx: Ctx, eventId: string): Promise<string> {
  const event = await organiserEvent(ctx, eventId);
  const rows = await findEventAgenda(ctx.db, eventId);
  const members = membersByMeeting(await findMeetingMembers(ctx.db, rows.map((r) => r.meeting_id)));
  return stringify(rows.map((r) => {
    const who = members.get(r.meeting_id) ?? [];
    return [localIso(r.starts_at, event.timezone), localIso(r.ends_at, event.timezone), r.table_label, r.room, r.meeting_id, r.priority,
      who.map((m) => m.name).join('; '), who.map((m) => m.organization_name).join('; ')];
  }), { header: true, columns: ['start', 'end', 'table', 'room', 'meeting', 'priority', 'participants', 'organisations'] });
}
