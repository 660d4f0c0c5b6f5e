// The partner search's data: its URL state, the API's answers (POST /match/partners, the profile lists) and helpers.
import { api, query } from '../api.ts';

export const PARTNER_KINDS = ['company', 'research', 'clinical', 'public'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const RESULT_COUNTS = [10, 20, 50, 100, 200] as const;
export const VIEWS = ['list', 'map', 'network', 'consortium'] as const;
export type View = (typeof VIEWS)[number];
export const MAX_TEXT = 20_000;
const DEFAULT_K = 20;

export type ReasonProject = { id: string; acronym: string | null; title: string; year: number | null };
export type MatchReason = { text: string } & (
  | { kind: 'topics'; terms: string[] }
  | { kind: 'similarProjects'; projects: ReasonProject[] }
  | { kind: 'jointProjects'; count: number; projects: ReasonProject[] }
  | { kind: 'partnersOfPartners'; count: number; via: Array<{ id: string; name: string }> }
  | { kind: 'complementary'; type: string; requesterType: string; competences: string[] }
  | { kind: 'region'; scope: 'region' | 'country'; country: string; nutsCode: string | null }
  | { kind: 'active'; projects: number; recentProjects: number }
);
export type MatchResult = {
  orgId: string;
  cordisId: string | null;
  name: string;
  type: string;
  isSme: boolean;
  country: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  score: number;
  reasons: MatchReason[];
};
export type MatchLink = { source: string; target: string; projects: number };
export type PartnerSearchOut = {
  requester: { id: string; name: string; cordisId: string | null } | null;
  language: 'en' | 'de' | 'da';
  results: MatchResult[];
  links: MatchLink[];
};

/** A search as kept in the URL: `regions` holds country and NUTS codes as typed ("DE, DK8"). */
export type PartnerState = {
  text: string;
  requester: string;
  regions: string;
  kind: PartnerKind | '';
  sme: boolean;
  cluster: string;
  nearby: boolean;
  k: number;
  view: View;
  /** Set when the URL names a long text (by hash) this browser no longer holds. */
  lostText: boolean;
};

// A page reload sends the URL to the server, whose request line must stay well under Node's 16 KB header limit:
// longer texts stay in this tab's session storage, and the URL names them by a hash.
const URL_TEXT_LIMIT = 6000;
const STORAGE_PREFIX = 'klynge.partners.';

/** FNV-1a over the text, as 8 hex digits plus the length: short, stable and unlikely to collide in one tab. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(16).padStart(8, '0')}${text.length.toString(36)}`;
}

/** The search state from the URL's query parameters (unknown values fall back to the defaults). */
export function stateFromQuery(params: Record<string, string | undefined>): PartnerState {
  let text = params.q ?? '';
  let lostText = false;
  if (!text && params.t) {
    text = globalThis.sessionStorage?.getItem(STORAGE_PREFIX + params.t) ?? '';
    lostText = text === '';
  }
  const k = Number(params.k);
  return {
    text,
    requester: params.requester ?? '',
    regions: params.regions ?? '',
    kind: (PARTNER_KINDS as readonly string[]).includes(params.kind ?? '') ? (params.kind as PartnerKind) : '',
    sme: params.sme === 'true',
    cluster: params.cluster ?? '',
    nearby: params.nearby === 'true',
    k: (RESULT_COUNTS as readonly number[]).includes(k) ? k : DEFAULT_K,
    view: (VIEWS as readonly string[]).includes(params.view ?? '') ? (params.view as View) : 'list',
    lostText,
  };
}

/**
 * The URL of a search (defaults left out so links stay short); a long text goes to session storage. `extra`
 * parameters ride along (the consortium step's rules).
 */
export function urlOfState(state: PartnerState, extra: Record<string, string | undefined> = {}): string {
  const text = state.text.trim();
  let q: string | undefined = text;
  let t: string | undefined;
  if (encodeURIComponent(text).length > URL_TEXT_LIMIT) {
    t = hashOf(text);
    q = undefined;
    try {
      sessionStorage.setItem(STORAGE_PREFIX + t, text);
    } catch {
      // Storage full or blocked: the search still runs, only reloading the page forgets the text.
    }
  }
  return `/partners${query({
    q,
    t,
    requester: state.requester,
    regions: state.regions.trim(),
    kind: state.kind,
    sme: state.sme ? 'true' : undefined,
    cluster: state.cluster,
    nearby: state.nearby ? 'true' : undefined,
    k: state.k === DEFAULT_K ? undefined : state.k,
    view: state.view === 'list' ? undefined : state.view,
    ...extra,
  })}`;
}

/** Country (2 letters) and NUTS codes (3 to 5) of a typed text, or null when one is neither. */
export function regionCodes(text: string): { countries: string[]; nuts: string[] } | null {
  const codes = text.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase());
  if (!codes.every((c) => /^[A-Z]{2}[A-Z0-9]{0,3}$/.test(c))) return null;
  return { countries: codes.filter((c) => c.length === 2), nuts: codes.filter((c) => c.length > 2) };
}

/** The body of POST /match/partners for a state (its regions must be valid, see regionCodes). */
export function bodyOf(state: PartnerState) {
  const regions = regionCodes(state.regions) ?? { countries: [], nuts: [] };
  const filters = {
    ...(regions.countries.length ? { countries: regions.countries } : {}),
    ...(regions.nuts.length ? { nuts: regions.nuts } : {}),
    ...(state.cluster ? { clusterIds: [state.cluster] } : {}),
    ...(state.sme ? { sme: true } : {}),
  };
  return {
    text: state.text.trim(),
    ...(state.requester ? { requesterId: state.requester } : {}),
    ...(Object.keys(filters).length ? { filters } : {}),
    ...(state.kind ? { partnerKind: state.kind } : {}),
    ...(state.nearby ? { preferNearby: true } : {}),
    k: state.k,
  };
}

/** Ranks partners for a search; `signal` aborts a stale request. */
export function findPartners(state: PartnerState, signal: AbortSignal): Promise<PartnerSearchOut> {
  return api<PartnerSearchOut>('/match/partners', { method: 'POST', json: bodyOf(state), signal });
}

/** An organisation as the requester picker shows it. */
export type OrganizationOption = {
  id: string;
  name: string;
  shortName: string | null;
  type: string;
  address: { city: string | null; country: string | null };
  location: { lat: number; lon: number } | null;
};

/** Organisations whose name or profile matches `q` (the registry's full-text search). */
export async function searchOrganizations(q: string, signal: AbortSignal): Promise<OrganizationOption[]> {
  const answer = await api<{ items: OrganizationOption[] }>(`/organizations${query({ q, limit: 8 })}`, { signal });
  return answer.items;
}

/** One organisation (to name the requester of a search opened from a link). */
export function fetchOrganization(id: string): Promise<OrganizationOption> {
  return api<OrganizationOption>(`/organizations/${encodeURIComponent(id)}`);
}

/** The profile's lists: organisations like this one, or new partners it would likely work with. */
export async function fetchMatchList(id: string, list: 'similar' | 'likely-partners', k: number): Promise<MatchResult[]> {
  const answer = await api<{ items: MatchResult[] } | MatchResult[]>(`/organizations/${encodeURIComponent(id)}/${list}${query({ k })}`);
  return Array.isArray(answer) ? answer : answer.items;
}

/** True for the error of a request aborted because a newer one replaced it. */
export const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';
