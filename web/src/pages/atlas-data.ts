// The atlas search's data: its URL state (words, kind, filters) and what GET /search answers.
import { api, query } from '../api.ts';
import type { Localized } from '../i18n.ts';

export const KINDS = ['organizations', 'facilities', 'projects', 'offers'] as const;
export type Kind = (typeof KINDS)[number];

/** The organisation filters a search may carry, as named in the URL and the API. */
export const FILTERS = ['type', 'sector', 'competence', 'country', 'region', 'cluster', 'hub', 'sme'] as const;
export type Filter = (typeof FILTERS)[number];

/** What the atlas shows, as kept in the URL so a search can be shared as a link. */
export type AtlasState = { q: string; kind: Kind } & Record<Filter, string>;

/** Reads the atlas state from URL query parameters (unknown kinds fall back to organisations). */
export function stateFromQuery(params: Record<string, string | undefined>): AtlasState {
  const text = (key: string) => (params[key] ?? '').trim();
  const kind = (KINDS as readonly string[]).includes(text('kind')) ? (text('kind') as Kind) : 'organizations';
  return { q: text('q'), kind, ...(Object.fromEntries(FILTERS.map((f) => [f, text(f)])) as Record<Filter, string>) };
}

/** The URL of the atlas showing `state` (defaults left out, so links stay short). */
export function urlOfState(state: AtlasState): string {
  return `/atlas${query({ ...state, kind: state.kind === 'organizations' ? undefined : state.kind })}`;
}

/** How many filters (other than the words) are set. */
export const activeFilters = (state: AtlasState) => FILTERS.filter((f) => state[f] !== '').length;

export type Facet = Array<{ value: string; label?: string; count: number }>;
export type Facets = { total: number; type: Facet; sector: Facet; country: Facet; region: Facet; cluster: Facet; sme: Facet };

export type OrganizationCard = {
  id: string;
  name: string;
  shortName: string | null;
  type: string;
  isSme: boolean;
  sectors: string[];
  address: { city: string | null; country: string | null };
  topCompetences: Array<{ id: string; label: Localized }>;
  clusters: Array<{ id: string; name: string; shortName: string | null }>;
};
export type FacilityCard = { id: string; organizationId: string; organizationName: string; kind: string; name: string; description: Localized; access: string };
export type ProjectCard = { id: string; acronym: string | null; title: string; startDate: string | null; endDate: string | null; frameworkProgramme: string | null; ecContribution: number | null };
export type OfferCard = { id: string; organizationId: string; organizationName: string; direction: 'offer' | 'request'; kind: string; title: string; description: string; expiresAt: string | null };

export type SearchResults = {
  kind: Kind;
  counts: Record<Kind, number>;
  facets: Facets;
  organizations: OrganizationCard[];
  facilities: FacilityCard[];
  projects: ProjectCard[];
  offers: OfferCard[];
  nextCursor: string | null;
};

const PAGE = 20;

/** Searches with the state's words and filters, one page of its kind (after `cursor`); `signal` aborts a stale request. */
export function fetchResults(state: AtlasState, cursor: string | null, signal: AbortSignal): Promise<SearchResults> {
  return api<SearchResults>(`/search${query({ ...state, limit: PAGE, cursor })}`, { signal });
}

/** True for the error of a request aborted because a newer one replaced it. */
export const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';

/** The results with the next page of their kind appended (counts and facets from the newer answer). */
export function appendPage(shown: SearchResults, next: SearchResults): SearchResults {
  return {
    ...next,
    organizations: [...shown.organizations, ...next.organizations],
    facilities: [...shown.facilities, ...next.facilities],
    projects: [...shown.projects, ...next.projects],
    offers: [...shown.offers, ...next.offers],
  };
}
