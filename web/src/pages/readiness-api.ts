// The readiness API for the web: an organisation's production capacities and the managers' crisis query.
import { api, query } from '../api.ts';

export type Contact = { id: string; name: string; jobTitle: string | null; email: string | null; phone: string | null };
export type Capacity = {
  id: string; organizationId: string; organizationName: string; emdnCode: string | null; emdnTerm: string | null; product: string;
  capacityPerWeek: number; unit: string; leadTimeWeeks: number; certifications: string[]; contactPersonId: string | null; contact: Contact | null; notes: string;
};
export type CapacityInput = {
  product: string; emdnCode: string | null; capacityPerWeek: number; unit: string; leadTimeWeeks: number; certifications: string[]; contactPersonId: string | null; notes: string;
};
export type Match = {
  organizationId: string; organizationName: string; city: string | null; country: string | null; unit: string; capacityPerWeek: number; leadTimeWeeks: number;
  alone: boolean; capacities: Capacity[]; contacts: Contact[];
};
export type Total = { unit: string; capacityPerWeek: number; organizations: number; quantity: number | null; enough: boolean | null; alone: number; neededTogether: number | null };
export type Answer = { generatedAt: string; query: { emdnTerm: string | null }; matches: Match[]; totals: Total[] };
export type ReadinessQuery = { product: string; emdn: string; quantity: string; withinWeeks: string; minCapacity: string; certifications: string[]; unit: string };

/** The query string of a crisis query (empty fields left out). */
export const readinessQueryString = (q: ReadinessQuery, lang?: string) =>
  query({ product: q.product, emdn: q.emdn, quantity: q.quantity, withinWeeks: q.withinWeeks, minCapacity: q.minCapacity, certifications: q.certifications.join(','), unit: q.unit, lang });

export const askReadiness = (slug: string, q: ReadinessQuery) => api<Answer>(`/clusters/${encodeURIComponent(slug)}/readiness${readinessQueryString(q)}`);
export const listCapacities = (organizationId: string) => api<{ items: Capacity[] }>(`/organizations/${organizationId}/capacities`);
export const createCapacity = (organizationId: string, input: CapacityInput) => api<Capacity>(`/organizations/${organizationId}/capacities`, { method: 'POST', json: input });
export const updateCapacity = (id: string, input: CapacityInput) => api<Capacity>(`/capacities/${id}`, { method: 'PATCH', json: input });
export const deleteCapacity = (id: string) => api<void>(`/capacities/${id}`, { method: 'DELETE' });
export const organizationPeople = (organizationId: string) =>
  api<{ items: Array<{ id: string; givenName: string; familyName: string; jobTitle: string | null }> }>(`/people${query({ organization: organizationId, limit: 200 })}`);
export const organizationName = (id: string) => api<{ id: string; name: string; memberships: Array<{ clusterId: string; parentId: string | null; status: string }> }>(`/organizations/${id}`);
