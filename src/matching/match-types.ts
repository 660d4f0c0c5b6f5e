// The shapes of partner matching shared by the engine, the services, the API, the CLI and the web app.
import type { OrganizationType } from '#src/db/types.ts';

/** The kind of partner a user looks for; each maps to organisation types (see PARTNER_KIND_TYPES). */
export type PartnerKind = 'company' | 'research' | 'clinical' | 'public';

export const PARTNER_KIND_TYPES: Record<PartnerKind, OrganizationType[]> = {
  company: ['company'],
  research: ['university', 'research_institute'],
  clinical: ['hospital'],
  public: ['public_body', 'association'],
};

/** Filters on the candidates; every given one must hold. */
export type MatchFilters = {
  countries?: string[];
  /** NUTS codes at any level: a candidate matches when its NUTS code starts with one of them. */
  nuts?: string[];
  /** Active or applied members of these clusters or hubs. */
  clusterIds?: string[];
  types?: OrganizationType[];
  sme?: boolean;
};

/** A project cited as evidence. */
export type ReasonProject = { id: string; acronym: string | null; title: string; year: number | null };

/**
 * Why an organisation ranks where it does, in data (the web app words it in the reader's language) and in
 * plain English (`text`, what the CLI and API print).
 */
export type MatchReason = { text: string } & (
  | { kind: 'topics'; terms: string[] }
  | { kind: 'similarProjects'; projects: ReasonProject[] }
  | { kind: 'jointProjects'; count: number; projects: ReasonProject[] }
  | { kind: 'partnersOfPartners'; count: number; via: Array<{ id: string; name: string }> }
  | { kind: 'complementary'; type: OrganizationType; requesterType: OrganizationType; competences: string[] }
  | { kind: 'region'; scope: 'region' | 'country'; country: string; nutsCode: string | null }
  | { kind: 'active'; projects: number; recentProjects: number }
);

export type MatchResult = {
  orgId: string;
  cordisId: string | null;
  name: string;
  type: OrganizationType;
  isSme: boolean;
  country: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  score: number;
  reasons: MatchReason[];
};

/** One partner search. `requesterId` and `exclude` are organisation ids (uuids); they are never returned. */
export type PartnerQuery = {
  text: string;
  requesterId?: string | undefined;
  exclude?: string[] | undefined;
  filters?: MatchFilters | undefined;
  partnerKind?: PartnerKind | undefined;
  /** Prefer candidates near the requester (same region, then same country). */
  preferNearby?: boolean | undefined;
  k: number;
};

export const MAX_MATCH_TEXT = 20_000;
export const MAX_MATCH_K = 200;
