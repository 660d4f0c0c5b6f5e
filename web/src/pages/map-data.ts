// The map's data: its URL state (the filters), and what /atlas/points and /atlas/regions answer.
import { api, query } from '../api.ts';

/** What the map shows, as kept in the URL so a view can be shared as a link. */
export type MapState = {
  type: string;
  sector: string;
  cluster: string;
  hub: string;
  sme: boolean;
  competence: string;
  country: string;
  region: string;
  q: string;
  colour: 'type' | 'sector';
  show: 'organizations' | 'regions';
};

const FILTER_KEYS = ['type', 'sector', 'cluster', 'hub', 'competence', 'country', 'region', 'q'] as const;

/** Reads the map state from URL query parameters (unknown values fall back to the defaults). */
export function stateFromQuery(params: Record<string, string | undefined>): MapState {
  const text = (key: string) => (params[key] ?? '').trim();
  const competence = text('competence');
  return {
    type: text('type'),
    sector: text('sector'),
    cluster: text('cluster'),
    hub: text('hub'),
    sme: params.sme === 'true',
    competence,
    country: text('country'),
    region: text('region'),
    q: text('q'),
    colour: params.colour === 'sector' ? 'sector' : 'type',
    // "Where is X strong?" answers with regions first; without a competence there is nothing to compare.
    show: competence && params.show !== 'organizations' ? 'regions' : 'organizations',
  };
}

/** The URL of the map showing `state` (defaults left out, so links stay short). */
export function urlOfState(state: MapState): string {
  return `/map${query({
    ...Object.fromEntries(FILTER_KEYS.map((k) => [k, state[k]])),
    sme: state.sme ? 'true' : undefined,
    colour: state.colour === 'sector' ? 'sector' : undefined,
    show: state.competence && state.show === 'organizations' ? 'organizations' : undefined,
  })}`;
}

/** The API filter parameters of a state (the same as GET /organizations takes). */
function filterQuery(state: MapState) {
  return {
    ...Object.fromEntries(FILTER_KEYS.map((k) => [k, state[k]])),
    sme: state.sme ? 'true' : undefined,
  };
}

/** The compact answer of GET /atlas/points: parallel arrays, one entry per organisation. */
export type MapPoints = {
  total: number;
  unlocated: number;
  points: { id: string[]; lat: number[]; lon: number[]; type: string[]; sector: Array<string | null>; name: string[] };
};

export type RegionCount = { code: string; country: string; organizations: number; lat: number | null; lon: number | null };
export type MapRegions = { competenceId: string | null; level: 'country' | 'nuts2'; total: number; regions: RegionCount[] };

/** Fetches every visible, located organisation matching the state's filters. */
export function fetchPoints(state: MapState): Promise<MapPoints> {
  return api<MapPoints>(`/atlas/points${query(filterQuery(state))}`);
}

/** Fetches the counts per country or NUTS-2 region of the organisations matching the state (with its competence). */
export function fetchRegions(state: MapState, level: 'country' | 'nuts2'): Promise<MapRegions> {
  return api<MapRegions>(`/atlas/regions${query({ ...filterQuery(state), level })}`);
}

export type CompetenceHit = { id: string; label: { de?: string; en?: string; da?: string }; organizationCount: number };

/** Competences whose label or code matches `q`. */
export async function searchCompetences(q: string): Promise<CompetenceHit[]> {
  const answer = await api<{ items: CompetenceHit[] }>(`/competences${query({ q, limit: 12 })}`);
  return answer.items;
}

/** One competence (for the label of the one in the URL). */
export function fetchCompetence(id: string): Promise<CompetenceHit> {
  return api<CompetenceHit>(`/competences/${encodeURIComponent(id)}`);
}

export type ClusterOption = { id: string; name: string; hubs: Array<{ id: string; name: string }> };

/** The clusters with their hubs, for the cluster/hub filter. */
export async function fetchClusters(): Promise<ClusterOption[]> {
  const answer = await api<{ items: ClusterOption[] }>('/clusters');
  return answer.items.map((c) => ({ id: c.id, name: c.name, hubs: (c.hubs ?? []).map((h) => ({ id: h.id, name: h.name })) }));
}
