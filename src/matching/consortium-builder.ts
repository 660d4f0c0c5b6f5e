// Consortium building (pure): a complete consortium around a requester from ranked candidates, by a call's rules.
import { isAssociatedCountry, isEligibleCountry, isMemberState, normalizeCountry } from '#src/matching/consortium-rules.ts';
import { PARTNER_KIND_TYPES, type MatchResult } from '#src/matching/match-types.ts';

export const CONSORTIUM_ROLES = ['sme', 'company', 'research', 'clinical', 'public'] as const;
export type ConsortiumRole = (typeof CONSORTIUM_ROLES)[number];
export type CountryScope = 'eligible' | 'any' | string[];
export type RoleRequirement = { role: ConsortiumRole; count: number };

/** A call's rules; sizes count every member, the requester included. */
export type ConsortiumRules = {
  minPartners: number;
  maxPartners: number;
  /** Distinct countries in the scope (with `eligible`: member states and associated countries). */
  minCountries: number;
  /** Distinct EU member states (Horizon Europe: at least one). */
  minMemberStates: number;
  countryScope: CountryScope;
  requiredRoles: RoleRequirement[];
};

// Horizon Europe's default for collaborative actions: three legal entities from three different member states or
// associated countries, at least one in a member state (Regulation (EU) 2021/695, Article 22(2)).
export const DEFAULT_CONSORTIUM_RULES: ConsortiumRules = {
  minPartners: 3, maxPartners: 8, minCountries: 3, minMemberStates: 1, countryScope: 'eligible', requiredRoles: [],
};

export type CountryStatus = 'member' | 'associated' | 'third' | 'unknown';
export type ChosenFor = 'requester' | 'role' | 'country' | 'minPartners' | 'strong';

/** An organisation as a MatchResult (the requester's score is null, its reasons empty) with what it can be. */
export type ConsortiumOrganization = Omit<MatchResult, 'score'> & {
  score: number | null;
  /** Every consortium role the organisation can fill, required or not. */
  roles: ConsortiumRole[];
  countryStatus: CountryStatus;
};
export type ConsortiumMember = ConsortiumOrganization & {
  /** 0 is the requester, then 1, 2, ... in the order the partners were chosen. */
  slot: number;
  chosenFor: ChosenFor;
  /** The required roles this member counts toward. */
  covers: ConsortiumRole[];
  /** Up to three candidates that could take this slot: same required roles, no rule that holds broken. */
  alternatives: ConsortiumOrganization[];
};
export type RuleName = 'minPartners' | 'maxPartners' | 'minCountries' | 'minMemberStates' | 'countryScope' | 'role';
export type RuleCheck = { rule: RuleName; role?: ConsortiumRole; required: number; actual: number; satisfied: boolean; detail: string };
export type ConsortiumPlan = {
  rules: ConsortiumRules;
  /** Every check satisfied. */
  complete: boolean;
  members: ConsortiumMember[];
  checks: RuleCheck[];
  /** How many candidates were considered (after dropping duplicates and the requester). */
  poolSize: number;
};
export type RequesterOrganization = Omit<MatchResult, 'score' | 'reasons'>;

type Entry = { org: ConsortiumOrganization; rank: number; inScope: boolean; counted: string | null };
/** A chosen member; `role` is the required role it was chosen for, which whoever takes its slot must fill too. */
type Chosen = { entry: Entry; chosenFor: ChosenFor; role?: ConsortiumRole };
type Build = { picks: Chosen[]; pool: Entry[]; rules: ConsortiumRules };

/** Roles are filled in this order: an SME first, since it is usually a company too. */
const FILL_ORDER: ConsortiumRole[] = ['sme', 'clinical', 'research', 'public', 'company'];
/** A further candidate joins when it scores at least this share of the best chosen partner. */
const CLOSE = 0.9;
const MAX_ALTERNATIVES = 3;
const ROLE_WORDS: Record<ConsortiumRole, string> = {
  sme: 'SME', company: 'company', research: 'research partner (university or research institute)',
  clinical: 'clinical site (hospital)', public: 'public body or association',
};

/** The consortium roles an organisation of this type can fill. */
export function rolesOf(org: Pick<MatchResult, 'type' | 'isSme'>): ConsortiumRole[] {
  return CONSORTIUM_ROLES.filter((role) => (role === 'sme' ? org.isSme : PARTNER_KIND_TYPES[role].includes(org.type)));
}

/** Whether a country counts for a member state, an associated country, neither, or is unknown. */
export function countryStatusOf(country: string | null): CountryStatus {
  if (country === null) return 'unknown';
  return isMemberState(country) ? 'member' : isAssociatedCountry(country) ? 'associated' : 'third';
}

/** The rules with defaults filled in, duplicate roles merged (the larger count) and sizes made consistent. */
export function normalizeRules(rules: Partial<ConsortiumRules>): ConsortiumRules {
  const r = { ...DEFAULT_CONSORTIUM_RULES, ...rules };
  const counts = new Map<ConsortiumRole, number>();
  for (const { role, count } of r.requiredRoles) counts.set(role, Math.max(counts.get(role) ?? 0, count));
  const scope = Array.isArray(r.countryScope) ? [...new Set(r.countryScope.map(normalizeCountry))].sort() : r.countryScope;
  const minPartners = Math.max(1, r.minPartners);
  return {
    ...r,
    minPartners,
    maxPartners: Math.max(minPartners, r.maxPartners),
    countryScope: scope,
    requiredRoles: CONSORTIUM_ROLES.flatMap((role) => (counts.get(role) ? [{ role, count: counts.get(role)! }] : [])),
  };
}

function inScope(country: string | null, scope: CountryScope): boolean {
  if (scope === 'any') return true;
  if (scope === 'eligible') return isEligibleCountry(country);
  return country !== null && scope.includes(country);
}

function entryOf(org: RequesterOrganization & { score: number | null; reasons: MatchResult['reasons'] }, rank: number, scope: CountryScope): Entry {
  const country = org.country === null ? null : normalizeCountry(org.country);
  const ok = inScope(country, scope);
  return {
    org: { ...org, country, roles: rolesOf(org), countryStatus: countryStatusOf(country) },
    rank, inScope: ok, counted: ok ? country : null,
  };
}

const roleCount = (picks: Chosen[], role: ConsortiumRole) => picks.filter((p) => p.entry.org.roles.includes(role)).length;
const countriesOf = (entries: Entry[]) => new Set(entries.flatMap((e) => (e.counted === null ? [] : [e.counted])));
const memberStatesOf = (entries: Entry[]) => new Set([...countriesOf(entries)].filter(isMemberState));
const entries = (picks: Chosen[]) => picks.map((p) => p.entry);

/** How far the picks are from the country rules (missing countries plus missing member states). */
function countryShortfall(picks: Chosen[], rules: ConsortiumRules): number {
  const list = entries(picks);
  return Math.max(0, rules.minCountries - countriesOf(list).size) + Math.max(0, rules.minMemberStates - memberStatesOf(list).size);
}

const isFree = (b: Build, e: Entry) => e.inScope && !b.picks.some((p) => p.entry === e);

/** Adds, for each required role in FILL_ORDER, the best-ranked candidates of that role until its count is met. */
function fillRoles(b: Build): void {
  for (const role of FILL_ORDER) {
    const need = b.rules.requiredRoles.find((r) => r.role === role)?.count ?? 0;
    while (roleCount(b.picks, role) < need && b.picks.length < b.rules.maxPartners) {
      const next = b.pool.find((e) => isFree(b, e) && e.org.roles.includes(role));
      if (!next) break;
      b.picks.push({ entry: next, chosenFor: 'role', role });
    }
  }
}

/** A free candidate that brings a country the picks lack (a member state while member states are short). */
function bringsCountry(b: Build, e: Entry): boolean {
  if (!isFree(b, e) || e.counted === null || countriesOf(entries(b.picks)).has(e.counted)) return false;
  return memberStatesOf(entries(b.picks)).size >= b.rules.minMemberStates || isMemberState(e.counted);
}

/**
 * Brings the consortium to the country rules: adds the best candidate from a new country while there is room,
 * else puts such a candidate into the slot of the lowest-ranked partner it can replace (same role, roles no worse).
 */
function repairCountries(b: Build): void {
  while (countryShortfall(b.picks, b.rules) > 0) {
    if (b.picks.length < b.rules.maxPartners) {
      const next = b.pool.find((e) => bringsCountry(b, e));
      if (!next) return;
      b.picks.push({ entry: next, chosenFor: 'country' });
      continue;
    }
    if (!swapForCountry(b)) return;
  }
}

/** How far the picks are from the role rules (missing holders summed over the roles). */
function roleShortfall(picks: Chosen[], rules: ConsortiumRules): number {
  return rules.requiredRoles.reduce((sum, { role, count }) => sum + Math.max(0, count - roleCount(picks, role)), 0);
}

/**
 * The picks with candidate e in slot i, if e is free, fills the role the slot was chosen for and leaves the roles
 * no worse; undefined otherwise.
 */
function replaced(b: Build, i: number, e: Entry, chosenFor: ChosenFor): Chosen[] | undefined {
  const slot = b.picks[i]!;
  if (!isFree(b, e) || (slot.role && !e.org.roles.includes(slot.role))) return undefined;
  const trial = b.picks.map((p, j) => (j === i ? { ...p, entry: e, chosenFor } : p));
  return roleShortfall(trial, b.rules) <= roleShortfall(b.picks, b.rules) ? trial : undefined;
}

function swapForCountry(b: Build): boolean {
  const before = countryShortfall(b.picks, b.rules);
  const slots = b.picks.map((_, i) => i).filter((i) => i > 0).sort((x, y) => b.picks[y]!.entry.rank - b.picks[x]!.entry.rank);
  for (const i of slots) {
    for (const e of b.pool) {
      const trial = replaced(b, i, e, 'country');
      if (trial && countryShortfall(trial, b.rules) < before) {
        b.picks = trial;
        return true;
      }
    }
  }
  return false;
}

/** Adds the best-ranked candidates until the consortium has its minimum size. */
function fillToMinimum(b: Build): void {
  while (b.picks.length < b.rules.minPartners) {
    const next = b.pool.find((e) => isFree(b, e));
    if (!next) return;
    b.picks.push({ entry: next, chosenFor: 'minPartners' });
  }
}

/** Adds further candidates while they score close to the best chosen partner, never past the maximum size. */
function addStrong(b: Build): void {
  const scores = b.picks.slice(1).map((p) => p.entry.org.score ?? 0);
  if (scores.length === 0) return;
  const bar = CLOSE * Math.max(...scores);
  while (b.picks.length < b.rules.maxPartners) {
    const next = b.pool.find((e) => isFree(b, e));
    if (!next || (next.org.score ?? 0) < bar) return;
    b.picks.push({ entry: next, chosenFor: 'strong' });
  }
}

const coversOf = (e: Entry, rules: ConsortiumRules) => rules.requiredRoles.map((r) => r.role).filter((role) => e.org.roles.includes(role));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const names = (list: Entry[]) => list.map((e) => e.org.name).join(', ');
const sorted = (set: Set<string>) => [...set].sort().join(', ') || 'none';

function scopeWords(scope: CountryScope): string {
  return scope === 'eligible' ? 'eligible (EU member or associated)' : scope === 'any' ? 'any' : `allowed (${scope.join(', ')})`;
}

/** Checks every rule against the picks; a failed check says why the candidates could not meet it. */
function checkRules(picks: Chosen[], pool: Entry[], rules: ConsortiumRules): RuleCheck[] {
  const list = entries(picks);
  const usable = [list[0]!, ...pool.filter((e) => e.inScope)];
  const full = picks.length >= rules.maxPartners ? `; the maximum of ${rules.maxPartners} members leaves no room` : '';
  const stuck = '; no candidate from a further country can take a slot without dropping a required role';
  const checks: RuleCheck[] = [];
  const add = (rule: RuleName, required: number, actual: number, ok: string, why: string, role?: ConsortiumRole) =>
    checks.push({ rule, ...(role ? { role } : {}), required, actual, satisfied: actual >= required, detail: actual >= required ? ok : `${ok}${why}` });

  const n = picks.length;
  add('minPartners', rules.minPartners, n, `${n} members, at least ${rules.minPartners} required`,
    `; only ${plural(usable.length - 1, 'candidate')} in the allowed countries`);
  checks.push({ rule: 'maxPartners', required: rules.maxPartners, actual: n, satisfied: n <= rules.maxPartners, detail: `${n} members, at most ${rules.maxPartners} allowed` });
  const outside = list.filter((e) => !e.inScope);
  if (rules.countryScope !== 'any') {
    add('countryScope', n, n - outside.length, `${n - outside.length} of ${n} members in ${scopeWords(rules.countryScope)} countries`,
      `; outside: ${outside.map((e) => `${e.org.name} (${e.org.country ?? 'country unknown'})`).join(', ')}`);
  }
  if (rules.minCountries > 0) {
    const have = countriesOf(list);
    const reachable = countriesOf(usable);
    add('minCountries', rules.minCountries, have.size,
      `${have.size} distinct countries (${sorted(have)}), at least ${rules.minCountries} required`,
      reachable.size < rules.minCountries ? `; the requester and the candidates in the allowed countries come from only ${reachable.size} (${sorted(reachable)})` : full || stuck);
  }
  if (rules.minMemberStates > 0) {
    const have = memberStatesOf(list);
    const reachable = memberStatesOf(usable);
    add('minMemberStates', rules.minMemberStates, have.size, `${have.size} EU member states (${sorted(have)}), at least ${rules.minMemberStates} required`,
      reachable.size < rules.minMemberStates ? `; the requester and the candidates together come from only ${reachable.size}` : full || stuck);
  }
  for (const { role, count } of rules.requiredRoles) {
    const holders = list.filter((e) => e.org.roles.includes(role));
    const available = usable.filter((e) => e.org.roles.includes(role)).length;
    add('role', count, holders.length, `${ROLE_WORDS[role]}: ${holders.length}, at least ${count} required${holders.length ? ` (${names(holders)})` : ''}`,
      available < count ? `; the candidates in the allowed countries hold only ${available}` : full, role);
  }
  return checks;
}

/** Up to three free candidates that could take slot i: its role, and the role and country rules no worse. */
function alternativesFor(b: Build, i: number): ConsortiumOrganization[] {
  const before = countryShortfall(b.picks, b.rules);
  const out: ConsortiumOrganization[] = [];
  for (const e of b.pool) {
    if (out.length === MAX_ALTERNATIVES) break;
    const trial = replaced(b, i, e, b.picks[i]!.chosenFor);
    if (trial && countryShortfall(trial, b.rules) <= before) out.push(e.org);
  }
  return out;
}

/**
 * Proposes a consortium: the requester, then the required roles filled by rank, repaired for country diversity,
 * filled to the minimum size and extended by candidates scoring close to the chosen ones (never past the maximum).
 * `candidates` are ranked best first. Deterministic: the same input gives the same consortium.
 */
export function planConsortium(input: { requester: RequesterOrganization; candidates: MatchResult[]; rules: Partial<ConsortiumRules> }): ConsortiumPlan {
  const rules = normalizeRules(input.rules);
  const seen = new Set([input.requester.orgId]);
  const pool: Entry[] = [];
  for (const c of input.candidates) {
    if (seen.has(c.orgId)) continue;
    seen.add(c.orgId);
    pool.push(entryOf(c, pool.length, rules.countryScope));
  }
  const requester = entryOf({ ...input.requester, score: null, reasons: [] }, -1, rules.countryScope);
  const b: Build = { picks: [{ entry: requester, chosenFor: 'requester' }], pool, rules };
  fillRoles(b);
  repairCountries(b);
  fillToMinimum(b);
  addStrong(b);
  const checks = checkRules(b.picks, pool, rules);
  const members = b.picks.map((p, i): ConsortiumMember => ({
    ...p.entry.org, slot: i, chosenFor: p.chosenFor, covers: coversOf(p.entry, rules), alternatives: i === 0 ? [] : alternativesFor(b, i),
  }));
  return { rules, complete: checks.every((c) => c.satisfied), members, checks, poolSize: pool.length };
}
