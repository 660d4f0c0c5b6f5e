// The overview page's state (its scope, kept in the URL), its API calls and the axis arithmetic of its charts.
import { api, query } from '../api.ts';

/** The scope of the figures: a cluster (with its hubs) or hub by slug, a region code, a competence id. */
export type OverviewState = { cluster: string; hub: string; region: string; competence: string };

const KEYS = ['cluster', 'hub', 'region', 'competence'] as const;

/** The page state from the URL's query parameters. */
export function stateFromQuery(params: Record<string, string | undefined>): OverviewState {
  const text = (key: string) => (params[key] ?? '').trim();
  return { cluster: text('cluster'), hub: text('hub'), region: text('region').toUpperCase(), competence: text('competence') };
}

/** The URL of a state, to share the same figures as a link. */
export function urlOfState(state: OverviewState): string {
  return `/overview${query(Object.fromEntries(KEYS.map((k) => [k, state[k]])))}`;
}

/** True for a country code (DK) or a NUTS code prefix (DE8, DEF02). */
export function isRegionCode(code: string): boolean {
  return /^[A-Z]{2}[A-Z0-9]{0,3}$/.test(code);
}

type Label = { de?: string; en?: string; da?: string };
export type RankedCompetence = { id: string; label: Label; organizations: number };
export type RegionCount = { code: string; organizations: number };
export type ProjectYear = { year: number; projects: number; ecContribution: number };
export type MembershipYear = { year: number; joined: number; left: number; members: number };

/** The answer of GET /atlas/overview. */
export type Overview = {
  totals: Record<'organizations' | 'smes' | 'projects' | 'ecContribution' | 'facilities' | 'offers' | 'requests', number>;
  organizationsByType: Array<{ type: string; organizations: number }>;
  organizationsBySector: Array<{ sector: string; organizations: number }>;
  withoutSector: number;
  projectsByYear: ProjectYear[];
  projectsWithoutStart: { projects: number; ecContribution: number };
  topCompetences: { euroSciVoc: RankedCompetence[]; declared: RankedCompetence[] };
  topCountries: RegionCount[];
  topRegions: RegionCount[];
  membershipGrowth: { years: MembershipYear[]; withoutStart: number } | null;
};

/** The figures of a state's scope. */
export function fetchOverview(state: OverviewState): Promise<Overview> {
  return api<Overview>(`/atlas/overview${query(Object.fromEntries(KEYS.map((k) => [k, state[k]])))}`);
}

export type ClusterChoice = { slug: string; name: string; hubs: Array<{ slug: string; name: string }> };

/** The clusters and their hubs by slug (slugs make readable links: /overview?cluster=biocon-valley). */
export async function fetchClusterChoices(): Promise<ClusterChoice[]> {
  type Listed = { slug: string; name: string; hubs?: Array<{ slug: string; name: string }> };
  const { items } = await api<{ items: Listed[] }>('/clusters');
  return items.map((c) => ({ slug: c.slug, name: c.name, hubs: (c.hubs ?? []).map((h) => ({ slug: h.slug, name: h.name })) }));
}

/**
 * Round axis ticks from 0 to at least `max`: about `count` steps of 1, 2 or 5 times a power of ten (whole
 * numbers at least, since the charts count organisations and projects).
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}
