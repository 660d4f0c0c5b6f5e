// The network page's state (kept in the URL) and its one API call.
import { api, query } from '../api.ts';

export type NetworkState = { region: string; cluster: string; competence: string; partners: boolean };

export type OrganizationType = 'company' | 'university' | 'research_institute' | 'hospital' | 'public_body' | 'association' | 'investor' | 'other';

export type NetworkNode = {
  id: string;
  name: string;
  type: OrganizationType;
  country: string | null;
  inScope: boolean;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
  x: number;
  y: number;
};

export type Bridge = { id: string; name: string; type: OrganizationType; country: string | null; externalPartners: number; betweenness: number; score: number };

export type Network = {
  nodes: NetworkNode[];
  /** [source index, target index, joint projects] */
  edges: Array<[number, number, number]>;
  bridges: Bridge[];
  communities: number;
  betweenness: 'exact' | 'sampled';
  scopeOrganizations: number;
  isolated: number;
  omitted: number;
  omittedLinks: number;
};

/** The page state from the URL's query parameters. */
export function stateFromQuery(params: Record<string, string | undefined>): NetworkState {
  return {
    region: params.region ?? '',
    cluster: params.cluster ?? '',
    competence: params.competence ?? '',
    partners: params.partners === 'true',
  };
}

/** The URL of a state: what a user shares to show the same network. */
export function urlOfState(state: NetworkState): string {
  return `/network${query({ region: state.region, cluster: state.cluster, competence: state.competence, partners: state.partners ? 'true' : undefined })}`;
}

/** The region codes of a typed text ("dk, DE8" → ["DK", "DE8"]), or null when one is not a country or NUTS code. */
export function regionCodes(text: string): string[] | null {
  const codes = text.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase());
  return codes.every((c) => /^[A-Z]{2}[A-Z0-9]{0,3}$/.test(c)) ? codes : null;
}

/** The network of a state from GET /atlas/network. */
export function fetchNetwork(state: NetworkState): Promise<Network> {
  return api<Network>(
    `/atlas/network${query({
      region: regionCodes(state.region) ?? [],
      cluster: state.cluster,
      competence: state.competence,
      partners: state.partners ? 'true' : undefined,
    })}`,
  );
}

/** Centrality used for sizes and ranking: betweenness first, the number of partners to break ties. */
export function rankByCentrality(nodes: NetworkNode[]): NetworkNode[] {
  return [...nodes].sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.name.localeCompare(b.name));
}
