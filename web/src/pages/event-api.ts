// The partnering events API as the event pages use it: types of the answers and small fetch helpers.
import { api, ApiError, query } from '../api.ts';
import { currentLanguage } from '../i18n.ts';
import type { MatchReason } from './partners-data.ts';

export type EventStatus = 'draft' | 'open' | 'closed' | 'published';
export type EventInfo = {
  id: string; clusterId: string; title: string; description: string; venue: string; timezone: string; status: EventStatus;
  registrationOpensAt: string | null; registrationClosesAt: string | null; requestDeadline: string | null;
  defaultMaxMeetingsPerDay: number; defaultMaxOpenRequests: number; scheduleVersion: number;
};
export type Slot = { id: string; startsAt: string; endsAt: string; kind: 'meeting' | 'break'; label: string };
export type Table = { id: string; label: string; room: string; slotIds: string[] | null };
export type Participant = {
  id: string; userId: string; name: string; organizationId: string; organizationName: string; organizationType: string; country: string | null;
  offers: string; seeks: string; days: string[]; maxMeetingsPerDay: number | null; maxOpenRequests: number | null; checkedInAt: string | null; noShow: boolean;
};
export type ParticipantList = { items: Participant[]; facets: { type: Record<string, number>; country: Record<string, number> } };
export type WordReason = { kind: 'offersWhatYouSeek' | 'seeksWhatYouOffer'; text: string; terms: string[] };
export type Recommendation = { participantId: string; name: string; organizationName: string; score: number; reasons: Array<MatchReason | WordReason> };
export type MeetingRequest = {
  id: string; fromParticipantId: string; toParticipantId: string; message: string; starredBySender: boolean; starredByRecipient: boolean;
  status: 'pending' | 'accepted' | 'declined' | 'expired' | 'withdrawn'; expiresAt: string;
};
export type AgendaItem = { meetingId: string; startsAt: string; endsAt: string; table: string; room: string; with: Array<{ participantId: string; name: string; organizationName: string }> };
export type Agenda = { items: AgendaItem[]; feedToken: string };
export type Draft = {
  id: string; createdAt: string; publishedAt: string | null; scheduleVersion: number; stale: boolean; conflicts: string[];
  /** The meetings placed now (the published agenda): how many the draft keeps in place, which it moves or leaves out. */
  published: { kept: number; moved: string[]; dropped: string[] };
  schedule: { stats: { scheduled: number; unscheduled: number; weight: number; upperBound: number; seconds: number }; unscheduled: Array<{ meeting: string; reason: string }> };
};
/** The event's newest scheduling job: `done` is the share of the search time spent (0 to 1). */
export type ScheduleJob = {
  id: string; status: 'queued' | 'running' | 'done' | 'failed'; phase: 'queued' | 'reading' | 'weight' | 'gaps' | 'saved' | 'failed';
  done: number; seconds: number; weight: number | null; upperBound: number | null; error: string | null;
};
/** A meeting of the event (the contract's EVENT): its participants' ids and its priority. */
export type EventMeeting = { id: string; participants: string[]; priority?: number };
export type Placement = { meeting: string; slot: string; table: string };
/** The organisers' export: the contract's EVENT and the schedule as published now (null before the first publish). */
export type EventExport = {
  event: { meetings: EventMeeting[] };
  schedule: { assignments: Placement[]; unscheduled: Array<{ meeting: string; reason: string }> } | null;
};
export type Registration = { organizationId: string; offers: string; seeks: string; days: string[]; maxMeetingsPerDay: number | null; maxOpenRequests: number | null };

const base = (id: string) => `/events/${encodeURIComponent(id)}`;

export const listEvents = () => api<{ items: EventInfo[] }>('/events');
export const getEvent = (id: string) => api<EventInfo>(base(id));
export const createEvent = (body: Record<string, unknown>) => api<EventInfo>('/events', { method: 'POST', json: body });
export const patchEvent = (id: string, body: Record<string, unknown>) => api<EventInfo>(base(id), { method: 'PATCH', json: body });
export const setStatus = (id: string, status: 'open' | 'closed') => api<EventInfo>(`${base(id)}/status`, { method: 'POST', json: { status } });
export const listSlots = (id: string) => api<{ items: Slot[] }>(`${base(id)}/slots`);
export const generateSlots = (id: string, plan: unknown) => api<{ items: Slot[] }>(`${base(id)}/slots/generate`, { method: 'POST', json: plan });
export const listTables = (id: string) => api<{ items: Table[] }>(`${base(id)}/tables`);
export const saveTables = (id: string, labels: string[]) => api<{ items: Table[] }>(`${base(id)}/tables`, { method: 'PUT', json: { tables: labels.map((label) => ({ label })) } });
/** Changes one table's room and the slots it exists in (null: every slot); refused with the meetings it would strand. */
export const saveTable = (id: string, table: { label: string; room: string; slotIds: string[] | null }) =>
  withPlacedMeetings<{ items: Table[] }>(`${base(id)}/tables`, { method: 'PUT', json: { tables: [table] } });
export const updateSlot = (id: string, slotId: string, body: { startsAt: string; endsAt: string }) =>
  withPlacedMeetings<{ items: Slot[] }>(`${base(id)}/slots/${slotId}`, { method: 'PATCH', json: body });
/** Deletes a slot; with `unplace`, the meetings placed in it leave the agenda and wait for a new slot. */
export const deleteSlot = (id: string, slotId: string, unplace: boolean) =>
  withPlacedMeetings<{ id: string; unplaced: string[] }>(`${base(id)}/slots/${slotId}${unplace ? '?unplace=true' : ''}`, { method: 'DELETE' });
export const listParticipants = (id: string, q: { q?: string; type?: string; country?: string }) => api<ParticipantList>(`${base(id)}/participants${query(q)}`);
export const register = (id: string, body: Registration) => api<Participant>(`${base(id)}/participants`, { method: 'POST', json: body });
export const recommendations = (id: string) => api<{ items: Recommendation[] }>(`${base(id)}/recommendations`);
export const myRequests = (id: string) => api<{ sent: MeetingRequest[]; received: MeetingRequest[] }>(`${base(id)}/requests`);
export const sendRequest = (id: string, toParticipantId: string, message: string, starred: boolean) =>
  api<MeetingRequest>(`${base(id)}/requests`, { method: 'POST', json: { toParticipantId, message, starred } });
export const answerRequest = (id: string, requestId: string, verb: 'accept' | 'decline' | 'withdraw') => api<MeetingRequest>(`${base(id)}/requests/${requestId}/${verb}`, { method: 'POST' });
export const starRequest = (id: string, requestId: string, starred: boolean) => api<MeetingRequest>(`${base(id)}/requests/${requestId}/star`, { method: 'POST', json: { starred } });
export const myAgenda = (id: string) => api<Agenda>(`${base(id)}/agenda`);
export const runSchedule = (id: string, seconds: number, rebuild: boolean) => api<{ jobId: string }>(`${base(id)}/schedule`, { method: 'POST', json: { seconds, rebuild } });
export const scheduleJob = (id: string) => api<ScheduleJob>(`${base(id)}/schedule/job`);
export const addMeeting = (id: string, participantIds: string[], priority: number) =>
  api<{ id: string; participantIds: string[] }>(`${base(id)}/meetings`, { method: 'POST', json: { participantIds, priority } });
export const joinMeeting = (id: string, meetingId: string, participantIds: string[]) =>
  api<{ id: string; participantIds: string[]; slotId: string | null }>(`${base(id)}/meetings/${meetingId}/participants`, { method: 'POST', json: { participantIds } });
export const getDraft = (id: string) => api<Draft>(`${base(id)}/schedule/draft`);
export const publishDraft = (id: string, draftId: string, version: number) => api<Draft>(`${base(id)}/schedule/publish`, { method: 'POST', json: { draftId, version } });
export const updateMe = (id: string, body: { days?: string[]; maxMeetingsPerDay?: number | null; maxOpenRequests?: number | null }) =>
  api<Participant>(`${base(id)}/participants/me`, { method: 'PATCH', json: body });
export const exportEvent = (id: string) => api<EventExport>(`${base(id)}/export.json`);
export const cancelMeeting = (id: string, meetingId: string, fill: boolean) =>
  api<{ id: string; filled: Placement[] }>(`${base(id)}/meetings/${meetingId}/cancel`, { method: 'POST', json: { fill } });
export const moveMeeting = (id: string, meetingId: string, slotId: string, tableId: string) =>
  api<{ id: string; slotId: string; tableId: string }>(`${base(id)}/meetings/${meetingId}/move`, { method: 'POST', json: { slotId, tableId } });
export const attendance = (id: string, participantId: string, body: { checkedIn?: boolean; noShow?: boolean }) =>
  api<Participant>(`${base(id)}/participants/${participantId}/attendance`, { method: 'POST', json: body });

/** A change refused because meetings are placed where it applies (409); `meetings` names them. */
export class PlacedMeetingsError extends Error {
  constructor(message: string, readonly meetings: string[]) {
    super(message);
  }
}

/**
 * Calls the API like `api`, but a 409 whose details name placed meetings (`{meetings: [...]}`, which `api` does
 * not keep) becomes a PlacedMeetingsError.
 */
async function withPlacedMeetings<T>(path: string, init: { method: string; json?: unknown }): Promise<T> {
  const res = await fetch(`/api/v1${path}`, {
    method: init.method, credentials: 'same-origin',
    headers: { accept: 'application/json', ...(init.json === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; details?: unknown } } | null;
  if (res.ok) return body as T;
  const details = body?.error?.details;
  const meetings = details && typeof details === 'object' && !Array.isArray(details) ? (details as { meetings?: unknown }).meetings : undefined;
  if (res.status === 409 && Array.isArray(meetings)) throw new PlacedMeetingsError(body?.error?.message ?? res.statusText, meetings as string[]);
  throw new ApiError(res.status, body?.error?.code ?? 'error', body?.error?.message ?? res.statusText, Array.isArray(details) ? details as Array<{ field: string; message: string }> : []);
}

/** The instant at wall-clock `time` (HH:MM) on `date` (YYYY-MM-DD) in `timeZone`, as ISO 8601. */
export function zonedIso(date: string, time: string, timeZone: string): string {
  const naive = Date.parse(`${date}T${time}:00Z`);
  const offset = (at: number) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(at));
    const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - Math.floor(at / 60_000) * 60_000;
  };
  const first = naive - offset(naive);
  return new Date(naive - offset(first)).toISOString();
}

/** The absolute address of a participant's iCalendar feed. */
export const feedUrl = (id: string, token: string) => `${location.origin}/api/v1${base(id)}/agenda.ics?token=${encodeURIComponent(token)}`;
/** Export links for organisers (downloaded by the browser with the session cookie). */
export const exportUrl = (id: string, file: 'export.json' | 'participants.csv' | 'agenda.csv') => `/api/v1${base(id)}/${file}`;

/** The event days (YYYY-MM-DD) its meeting slots fall on, in the event's time zone. */
export function eventDays(slots: Slot[], timeZone: string): string[] {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return [...new Set(slots.map((s) => day.format(new Date(s.startsAt))))].sort();
}

/** A time of day or date-time in the event's time zone, in the interface locale. */
export function formatIn(value: string, timeZone: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const locale = { de: 'de-DE', en: 'en-GB', da: 'da-DK' }[currentLanguage()];
  return new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(new Date(value));
}
