// The consortium step's data: its rules in the URL, POST /match/consortium, swaps, the rule checks and the downloads.
import { api } from '../api.ts';
import { bodyOf, regionCodes, type MatchResult, type PartnerState } from './partners-data.ts';

export const ROLES = ['sme', 'company', 'research', 'clinical', 'public'] as const;
export type Role = (typeof ROLES)[number];
export type CountryScope = 'eligible' | 'any' | string[];
export type Rules = {
  minPartners: number;
  maxPartners: number;
  minCountries: number;
  minMemberStates: number;
  countryScope: CountryScope;
  requiredRoles: Array<{ role: Role; count: number }>;
};
export const DEFAULT_RULES: Rules = { minPartners: 3, maxPartners: 8, minCountries: 3, minMemberStates: 1, countryScope: 'eligible', requiredRoles: [] };
export const MAX_SIZE = 50;

export type ConsortiumOrganization = Omit<MatchResult, 'score'> & {
  score: number | null;
  roles: Role[];
  countryStatus: 'member' | 'associated' | 'third' | 'unknown';
};
export type ChosenFor = 'requester' | 'role' | 'country' | 'minPartners' | 'strong';
export type Member = ConsortiumOrganization & { slot: number; chosenFor: ChosenFor; covers: Role[]; alternatives: ConsortiumOrganization[] };
export type RuleName = 'minPartners' | 'maxPartners' | 'minCountries' | 'minMemberStates' | 'countryScope' | 'role';
export type Check = { rule: RuleName; role?: Role; required: number; actual: number; satisfied: boolean; detail: string };
export type Consortium = { language: string; rules: Rules; complete: boolean; members: Member[]; checks: Check[]; poolSize: number };

const int = (text: string | undefined, fallback: number) => (text !== undefined && /^\d+$/.test(text) ? Number(text) : fallback);

/** The rules of the URL (`cmin`, `cmax`, `ccountries`, `cstates`, `cscope`, `croles=clinical:1,sme:1`). */
export function rulesFromQuery(params: Record<string, string | undefined>): Rules {
  const scope = params.cscope ?? 'eligible';
  return {
    minPartners: int(params.cmin, DEFAULT_RULES.minPartners),
    maxPartners: int(params.cmax, DEFAULT_RULES.maxPartners),
    minCountries: int(params.ccountries, DEFAULT_RULES.minCountries),
    minMemberStates: int(params.cstates, DEFAULT_RULES.minMemberStates),
    countryScope: scope === 'eligible' || scope === 'any' ? scope : (regionCodes(scope)?.countries ?? []),
    requiredRoles: (params.croles ?? '').split(',').flatMap((pair) => {
      const [role, count] = pair.split(':');
      return (ROLES as readonly string[]).includes(role ?? '') && int(count, 0) > 0 ? [{ role: role as Role, count: int(count, 0) }] : [];
    }),
  };
}

/** The URL parameters of rules (defaults left out). */
export function rulesQuery(rules: Rules): Record<string, string | undefined> {
  const differs = <K extends keyof Rules>(key: K) => (rules[key] === DEFAULT_RULES[key] ? undefined : String(rules[key]));
  return {
    cmin: differs('minPartners'),
    cmax: differs('maxPartners'),
    ccountries: differs('minCountries'),
    cstates: differs('minMemberStates'),
    cscope: Array.isArray(rules.countryScope) ? rules.countryScope.join(',') : rules.countryScope === 'eligible' ? undefined : rules.countryScope,
    croles: rules.requiredRoles.map((r) => `${r.role}:${r.count}`).join(',') || undefined,
  };
}

/** The body of POST /match/consortium: the search's idea, requester and place filters, and the rules. */
export function consortiumBody(state: PartnerState, rules: Rules) {
  const { text, requesterId, filters } = bodyOf(state);
  const { sme: _sme, ...placeFilters } = filters ?? {}; // SMEs are a role here, not a filter on every partner
  return { text, requesterId, rules, ...(Object.keys(placeFilters).length ? { filters: placeFilters } : {}) };
}

/** Proposes a consortium; `signal` aborts a stale request. */
export function buildConsortium(state: PartnerState, rules: Rules, signal: AbortSignal): Promise<Consortium> {
  return api<Consortium>('/match/consortium', { method: 'POST', json: consortiumBody(state, rules), signal });
}

const ROLE_WORDS: Record<Role, string> = {
  sme: 'SME', company: 'company', research: 'research partner (university or research institute)',
  clinical: 'clinical site (hospital)', public: 'public body or association',
};
const sorted = (set: Set<string>) => [...set].sort().join(', ') || 'none';

/** Whether a member's country is within the rules' country scope (countries come normalised: GR, GB). */
function inScope(m: ConsortiumOrganization, scope: CountryScope): boolean {
  if (scope === 'any') return true;
  if (scope === 'eligible') return m.countryStatus === 'member' || m.countryStatus === 'associated';
  return m.country !== null && scope.includes(m.country);
}

/** The rule checks of a consortium changed by swaps, as the builder words them (the server's checks otherwise). */
export function checkRules(members: ConsortiumOrganization[], rules: Rules): Check[] {
  const n = members.length;
  const inside = members.filter((m) => inScope(m, rules.countryScope));
  const countries = new Set(inside.flatMap((m) => (m.country ? [m.country] : [])));
  const states = new Set(inside.filter((m) => m.countryStatus === 'member').flatMap((m) => (m.country ? [m.country] : [])));
  const at = (rule: RuleName, required: number, actual: number, detail: string, role?: Role): Check =>
    ({ rule, ...(role ? { role } : {}), required, actual, satisfied: actual >= required, detail });
  const checks = [
    at('minPartners', rules.minPartners, n, `${n} members, at least ${rules.minPartners} required`),
    { rule: 'maxPartners', required: rules.maxPartners, actual: n, satisfied: n <= rules.maxPartners, detail: `${n} members, at most ${rules.maxPartners} allowed` } satisfies Check,
  ];
  if (rules.countryScope !== 'any') checks.push(at('countryScope', n, inside.length, `${inside.length} of ${n} members in allowed countries`));
  if (rules.minCountries > 0) checks.push(at('minCountries', rules.minCountries, countries.size, `${countries.size} distinct countries (${sorted(countries)}), at least ${rules.minCountries} required`));
  if (rules.minMemberStates > 0) checks.push(at('minMemberStates', rules.minMemberStates, states.size, `${states.size} EU member states (${sorted(states)}), at least ${rules.minMemberStates} required`));
  for (const { role, count } of rules.requiredRoles) {
    const holders = members.filter((m) => m.roles.includes(role));
    checks.push(at('role', count, holders.length, `${ROLE_WORDS[role]}: ${holders.length}, at least ${count} required`, role));
  }
  return checks;
}

/** The consortium with the alternative `alternativeId` in slot `slot`; the member it replaces becomes an alternative. */
export function swapIn(c: Consortium, slot: number, alternativeId: string): Consortium {
  const members = c.members.map((m) => {
    const alternative = m.alternatives.find((a) => a.orgId === alternativeId);
    if (m.slot !== slot || !alternative) return m;
    const { slot: _s, chosenFor: _c, covers: _v, alternatives: _a, ...before } = m;
    const roles = c.rules.requiredRoles.map((r) => r.role);
    return {
      ...alternative, slot, chosenFor: m.chosenFor, covers: roles.filter((r) => alternative.roles.includes(r)),
      alternatives: [before, ...m.alternatives.filter((a) => a.orgId !== alternativeId)],
    };
  });
  const checks = checkRules(members, c.rules);
  return { ...c, members, checks, complete: checks.every((k) => k.satisfied) };
}

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The consortium as the API's CSV export words it (UTF-8 with BOM, one row per member), swaps included. */
export function consortiumCsv(c: Consortium): string {
  const header = ['slot', 'role', 'organisation', 'country', 'type', 'sme', 'score', 'reasons', 'alternatives'];
  const rows = c.members.map((m) => [
    m.slot,
    [...(m.slot === 0 ? ['requester'] : []), ...m.covers].join('; '),
    m.name,
    m.country ?? '',
    m.type,
    m.isSme ? 'yes' : 'no',
    m.score ?? '',
    m.reasons.map((r) => r.text).join('; '),
    m.alternatives.map((a) => (a.country ? `${a.name} (${a.country})` : a.name)).join('; '),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\n')}\n`;
}

/** Offers `content` as a file download. */
export function download(content: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
