// Agendas: each participant's meetings (slot, table, counterparts) as JSON and as an iCalendar feed (RFC 5545,
// written by ical-generator), reachable with the participant's feed token so calendar apps can subscribe.
import ical from 'ical-generator';
import type { Ctx } from '#src/context.ts';
import { forbidden, unauthenticated } from '#src/errors.ts';
import { loadEvent, myParticipant } from '#src/events/event-access.ts';
import { findAgendaOf, findByFeedToken, findMeetingMembers, membersByMeeting, type AgendaRow } from '#src/events/agenda-repo.ts';
import { findEvent } from '#src/events/event-repo.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

export type AgendaItem = {
  meetingId: string;
  slotId: string;
  startsAt: string;
  endsAt: string;
  table: string;
  room: string;
  priority: number;
  with: Array<{ participantId: string; name: string; organizationName: string }>;
};

async function agendaOf(ctx: Ctx, participantId: string): Promise<AgendaItem[]> {
  const rows: AgendaRow[] = await findAgendaOf(ctx.db, participantId);
  const members = membersByMeeting(await findMeetingMembers(ctx.db, rows.map((r) => r.meeting_id)));
  return rows.map((r) => ({
    meetingId: r.meeting_id, slotId: r.slot_id, startsAt: isoTime(r.starts_at), endsAt: isoTime(r.ends_at), table: r.table_label, room: r.room, priority: r.priority,
    with: (members.get(r.meeting_id) ?? []).filter((m) => m.participant_id !== participantId)
      .map((m) => ({ participantId: m.participant_id, name: m.name, organizationName: m.organization_name })),
  }));
}

/** The actor's own agenda at the event and their calendar feed token. */
export async function getMyAgenda(ctx: Ctx, eventId: string) {
  await loadEvent(ctx, eventId);
  const me = await myParticipant(ctx, eventId);
  return { items: await agendaOf(ctx, me.id), feedToken: me.feed_token };
}

/** The agenda of the participant holding `token` as an iCalendar document (401 without a token, 403 with a wrong one). */
export async function agendaCalendar(ctx: Ctx, eventId: string, token: string | undefined): Promise<string> {
  if (!token) throw unauthenticated('give the feed token of your agenda (?token=...)');
  const event = await findEvent(ctx.db, eventId);
  const holder = event && (await findByFeedToken(ctx.db, eventId, token));
  if (!event || !holder) throw forbidden('unknown feed token');
  const calendar = ical({ name: event.title, prodId: { company: 'klynge', product: 'events', language: 'EN' } });
  for (const item of await agendaOf(ctx, holder.id)) {
    const counterpart = item.with.map((w) => `${w.name} (${w.organizationName})`).join(', ');
    calendar.createEvent({
      id: `${item.meetingId}@klynge`,
      start: new Date(item.startsAt),
      end: new Date(item.endsAt),
      summary: `Meeting: ${counterpart}`,
      location: [event.venue, item.room, `table ${item.table}`].filter(Boolean).join(', '),
      description: `${event.title}, table ${item.table}`,
    });
  }
  return calendar.toString();
}
