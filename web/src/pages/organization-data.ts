// An organisation's profile data: the organisation, its projects, collaborators, facilities, offers and people.
import { api, ApiError, query } from '../api.ts';
import type { Localized } from '../i18n.ts';


export type Organization = {
  id: string;
  name: string;
  shortName: string | null;
  type: string;
  isSme: boolean;
  sectors: string[];
  keywords: string[];
  description: Localized;
  address: { street: string | null; postalCode: string | null; city: string | null; country: string | null };
  location: { lat: number; lon: number } | null;
  website: string | null;
  competences: Array<{ id: string; label: string; source: 'declared' | 'projects'; weight: number }>;
  memberships: Array<{ clusterId: string; clusterSlug: string; clusterName: string; parentId: string | null; type: string; status: string }>;
  counts: { projects: number; facilities: number; offers: number };
};
export type OrganizationProject = {
  id: string; acronym: string | null; title: string; startDate: string | null; endDate: string | null; frameworkProgramme: string | null;
  role: string; ecContribution: number | null; projectEcContribution: number | null; participants: number;
};
export type Collaborator = { id: string; name: string; shortName: string | null; type: string; city: string | null; country: string | null; jointProjects: number };
export type Facility = { id: string; kind: string; name: string; description: Localized; access: string };
export type Offer = { id: string; direction: 'offer' | 'request'; kind: string; title: string; description: string; expiresAt: string | null };
export type Person = { id: string; givenName: string; familyName: string; jobTitle: string | null; email: string | null; phone: string | null };
export type CompetenceRoot = { id: string; label: Localized };
type Page<T> = { items: T[]; nextCursor: string | null };

export type Profile = {
  organization: Organization;
  projects: Page<OrganizationProject>;
  collaborators: Collaborator[];
  facilities: Facility[];
  offers: Offer[];
  people: Person[];
  roots: CompetenceRoot[];
};

/** Everything the profile shows, fetched at once; null when the organisation does not exist or is hidden. */
export async function fetchProfile(id: string): Promise<Profile | null> {
  try {
    const organization = await api<Organization>(`/organizations/${encodeURIComponent(id)}`);
    const of = query({ organization: id, limit: 100 });
    const [projects, collaborators, facilities, offers, people, roots] = await Promise.all([
      fetchOrganizationProjects(id, null),
      api<{ items: Collaborator[] }>(`/organizations/${id}/collaborators?limit=10`),
      api<Page<Facility>>(`/facilities${of}`),
      api<Page<Offer>>(`/offers${of}`),
      api<Page<Person>>(`/people${of}`),
      api<{ items: CompetenceRoot[] }>('/competences?limit=200'),
    ]);
    return { organization, projects, collaborators: collaborators.items, facilities: facilities.items, offers: offers.items, people: people.items, roots: roots.items };
  } catch (err) {
    // A malformed id (422) is as absent as an unknown or hidden one (404).
    if (err instanceof ApiError && (err.status === 404 || err.status === 422)) return null;
    throw err;
  }
}

/** A page of the organisation's projects, newest first. */
export function fetchOrganizationProjects(id: string, cursor: string | null): Promise<Page<OrganizationProject>> {
  return api<Page<OrganizationProject>>(`/organizations/${id}/projects${query({ limit: 20, cursor })}`);
}

/** The branch a competence belongs to: its euroSciVoc field (`esv:/21`) or EMDN category (`emdn:Z`). */
export function branchOf(id: string): string {
  if (id.startsWith('esv:')) return `esv:/${id.slice(5).split('/')[0]}`;
  if (id.startsWith('emdn:')) return id.slice(0, 6);
  return id;
}
