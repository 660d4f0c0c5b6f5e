// The membership API for the web: member lists per hub, applications, and the managers' decisions.
import { api, query } from '../api.ts';

export type MembershipType = 'full' | 'associate' | 'partner';
export type Membership = {
  clusterId: string; clusterSlug: string; clusterName: string; organizationId: string; organizationName: string; country: string | null; city: string | null;
  type: MembershipType; status: 'applied' | 'active' | 'ended' | 'rejected'; startDate: string | null; endDate: string | null;
  message: string | null; decisionNote: string | null; appliedAt: string | null; decidedAt: string | null;
};
export type MemberFilter = { type: string; q: string; joinedFrom: string; joinedTo: string };

const ref = (slug: string) => `/clusters/${encodeURIComponent(slug)}`;
export const listMembers = (slug: string, f: MemberFilter) =>
  api<{ items: Membership[] }>(`${ref(slug)}/members${query({ includeHubs: 'true', status: 'active', type: f.type, q: f.q, joinedFrom: f.joinedFrom, joinedTo: f.joinedTo })}`);
export const listApplications = (slug: string) => api<{ items: Membership[] }>(`${ref(slug)}/applications`);
export const organizationMemberships = (organizationId: string) => api<{ items: Membership[] }>(`/organizations/${organizationId}/memberships`);
export const apply = (slug: string, body: { organizationId: string; type: MembershipType; message: string }) =>
  api<Membership>(`${ref(slug)}/applications`, { method: 'POST', json: body });
export const approve = (m: Membership, body: { startDate?: string; type: MembershipType; note: string }) =>
  api<Membership>(`/clusters/${m.clusterId}/applications/${m.organizationId}/approve`, { method: 'POST', json: body });
export const reject = (m: Membership, reason: string) => api<Membership>(`/clusters/${m.clusterId}/applications/${m.organizationId}/reject`, { method: 'POST', json: { reason } });
export const endMembership = (m: Membership, endDate: string) => api<Membership>(`/clusters/${m.clusterId}/members/${m.organizationId}/end`, { method: 'POST', json: { endDate } });
export const withdraw = (m: Membership) => api<void>(`/clusters/${m.clusterId}/applications/${m.organizationId}`, { method: 'DELETE' });
