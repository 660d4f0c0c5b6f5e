// The working-group API as the pages use it: groups, members, workshops, decisions, tasks and the calendar feed.
import { api } from '../api.ts';
import { currentLanguage, type Localized } from '../i18n.ts';

export type GroupKind = 'working_group' | 'strategy_group';
export type Group = {
  id: string;
  clusterId: string;
  kind: GroupKind;
  title: Localized;
  description: Localized;
  themeId: string | null;
  lead: { personId: string | null; personName: string | null; organizationId: string | null; organizationName: string | null };
  position: number;
  memberCount: number | null;
  myRole: 'lead' | 'member' | null;
  runs: boolean;
};
export type Member = { userId: string; name: string; organizations: string[]; role: 'lead' | 'member'; joinedAt: string };
export type AttendeeStatus = 'registered' | 'attended' | 'absent';
export type Workshop = {
  id: string;
  groupId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  startsAtLocal: string;
  endsAtLocal: string;
  place: string;
  link: string | null;
  agenda: string;
  minutes: string;
  status: 'planned' | 'held' | 'cancelled';
  sequence: number;
  attendees: Array<{ userId: string; name: string; organizations: string[]; status: AttendeeStatus }>;
  registered: number;
  attended: number;
  myStatus: AttendeeStatus | null;
};
export type Decision = { id: string; groupId: string; workshopId: string | null; text: string; decidedOn: string; createdAt: string };
export type Task = {
  id: string;
  groupId: string;
  workshopId: string | null;
  title: string;
  ownerUserId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  status: 'open' | 'done';
  doneAt: string | null;
  overdue: boolean;
};
export type MyTask = Task & { group: { id: string; title: Localized; clusterSlug: string; clusterName: string } };
export type WorkshopInput = { title: string; startsAt: string; endsAt: string; timezone: string; place: string; link: string | null; agenda: string };

type Items<T> = { items: T[] };

export const listGroups = (slug: string) => api<{ access: 'manager' | 'member' | 'public'; items: Group[] }>(`/clusters/${encodeURIComponent(slug)}/groups`);
export const getGroup = (id: string) => api<Group>(`/groups/${id}`);
export const createGroup = (slug: string, body: unknown) => api<Group>(`/clusters/${encodeURIComponent(slug)}/groups`, { method: 'POST', json: body });
export const updateGroup = (id: string, body: unknown) => api<Group>(`/groups/${id}`, { method: 'PATCH', json: body });
export const joinGroup = (id: string) => api<Group>(`/groups/${id}/members`, { method: 'POST', json: {} });
export const leaveGroup = (id: string, userId: string) => api<void>(`/groups/${id}/members/${userId}`, { method: 'DELETE' });
export const setRole = (id: string, userId: string, role: 'lead' | 'member') => api<Items<Member>>(`/groups/${id}/members/${userId}`, { method: 'PATCH', json: { role } });
export const listMembers = (id: string) => api<Items<Member>>(`/groups/${id}/members`);

export const listWorkshops = (groupId: string) => api<Items<Workshop>>(`/groups/${groupId}/workshops`);
export const createWorkshop = (groupId: string, body: WorkshopInput) => api<Workshop>(`/groups/${groupId}/workshops`, { method: 'POST', json: body });
export const updateWorkshop = (id: string, body: Partial<WorkshopInput & { minutes: string; status: Workshop['status'] }>) => api<Workshop>(`/workshops/${id}`, { method: 'PATCH', json: body });
export const register = (id: string) => api<Workshop>(`/workshops/${id}/registration`, { method: 'PUT' });
export const withdraw = (id: string) => api<Workshop>(`/workshops/${id}/registration`, { method: 'DELETE' });
export const recordAttendance = (id: string, entries: Array<{ userId: string; status: 'attended' | 'absent' }>) => api<Workshop>(`/workshops/${id}/attendance`, { method: 'PUT', json: { entries } });

export const listDecisions = (groupId: string) => api<Items<Decision>>(`/groups/${groupId}/decisions`);
export const createDecision = (groupId: string, body: { text: string; decidedOn: string; workshopId: string | null }) => api<Decision>(`/groups/${groupId}/decisions`, { method: 'POST', json: body });
export const deleteDecision = (id: string) => api<void>(`/group-decisions/${id}`, { method: 'DELETE' });
export const listTasks = (groupId: string) => api<Items<Task>>(`/groups/${groupId}/tasks`);
export const createTask = (groupId: string, body: { title: string; ownerUserId: string | null; dueDate: string | null; workshopId: string | null }) => api<Task>(`/groups/${groupId}/tasks`, { method: 'POST', json: body });
export const updateTask = (id: string, body: Partial<{ status: Task['status']; ownerUserId: string | null; dueDate: string | null; title: string }>) => api<Task>(`/group-tasks/${id}`, { method: 'PATCH', json: body });
export const myTasks = () => api<{ items: MyTask[]; overdue: number }>('/me/group-tasks');
export const myFeed = () => api<{ token: string; path: string }>('/me/group-feed');
export const resetFeed = () => api<{ token: string; path: string }>('/me/group-feed/reset', { method: 'POST' });

/** The feed's full address, in the interface language (calendar apps fetch it without the session). */
export const feedUrl = (path: string) => `${location.origin}${path}&lang=${currentLanguage()}`;

const LOCALES = { de: 'de-DE', en: 'en-GB', da: 'da-DK' } as const;

/** A workshop's time span in its own zone, e.g. "Thu, 3 Dec 2026, 10:00–12:30". */
export function formatSpan(w: Pick<Workshop, 'startsAt' | 'endsAt' | 'timezone'>, timeZone = w.timezone): string {
  const locale = LOCALES[currentLanguage()];
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const start = new Date(w.startsAt);
  const end = new Date(w.endsAt);
  const sameDay = day.format(start) === day.format(end);
  return sameDay ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}` : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

/** The viewer's own time zone, when its clock differs from the workshop's at its start (else null). */
export function viewerZone(w: Pick<Workshop, 'startsAt' | 'timezone'>): string | null {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!own || own === w.timezone) return null;
  const at = (zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', day: '2-digit' }).format(new Date(w.startsAt));
  return at(own) === at(w.timezone) ? null : own;
}
