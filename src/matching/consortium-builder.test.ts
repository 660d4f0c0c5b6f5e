// The consortium builder: roles, country rules, sizes, impossible rules and alternatives, on hand-made candidate pools.
import { describe, expect, it } from 'vitest';
import { planConsortium, normalizeRules, rolesOf, type ConsortiumPlan, type ConsortiumRules } from '#src/matching/consortium-builder.ts';
import type { OrganizationType } from '#src/db/types.ts';
import type { MatchResult } from '#src/matching/match-types.ts';

type Spec = { type?: OrganizationType; sme?: boolean; country?: string | null; score?: number };

/** A candidate named `name` (its id too), a company in Germany scoring 1 unless told otherwise. */
function candidate(name: string, spec: Spec = {}): MatchResult {
  return {
    orgId: name, cordisId: null, name, type: spec.type ?? 'company', isSme: spec.sme ?? false,
    country: spec.country === undefined ? 'DE' : spec.country, city: null, lat: null, lon: null, score: spec.score ?? 1,
    reasons: [{ kind: 'topics', terms: ['plasma'], text: 'works on plasma' }],
  };
}
const requester = (spec: Spec = {}) => {
  const { score: _score, reasons: _reasons, ...org } = candidate('Requester', spec);
  return org;
};
const build = (candidates: MatchResult[], rules: Partial<ConsortiumRules>, req: Spec = {}) =>
  planConsortium({ requester: requester(req), candidates, rules });
const names = (plan: ConsortiumPlan) => plan.members.map((m) => m.name);
const check = (plan: ConsortiumPlan, rule: string, role?: string) => plan.checks.find((c) => c.rule === rule && c.role === role);

describe('roles', () => {
  it('fills every required role with the best-ranked candidate of that role and says which role each member covers', () => {
    const plan = build(
      [
        candidate('Big Pharma', { score: 3, country: 'DK' }),
        candidate('Uni Kiel', { type: 'university', score: 2.5 }),
        candidate('Small Tools', { sme: true, score: 2, country: 'NL' }),
        candidate('Klinik Nord', { type: 'hospital', score: 1.5, country: 'DK' }),
        candidate('Klinik Süd', { type: 'hospital', score: 1.4, country: 'NL' }),
      ],
      { minCountries: 0, requiredRoles: [{ role: 'sme', count: 1 }, { role: 'clinical', count: 1 }, { role: 'research', count: 1 }] },
    );
    expect(plan.members.slice(0, 4).map((m) => [m.name, m.chosenFor, m.covers])).toEqual([
      ['Requester', 'requester', []],
      ['Small Tools', 'role', ['sme']],
      ['Klinik Nord', 'role', ['clinical']],
      ['Uni Kiel', 'role', ['research']],
    ]);
    expect(plan.checks.filter((c) => c.rule === 'role').map((c) => [c.role, c.satisfied])).toEqual([
      ['sme', true], ['research', true], ['clinical', true],
    ]);
    expect(plan.complete).toBe(true);
  });

  it('counts the requester toward a role and an SME company toward both the SME and the company role', () => {
    const plan = build(
      [candidate('Big Pharma', { score: 3 }), candidate('Small Tools', { sme: true, score: 2 }), candidate('Uni', { type: 'university', score: 1 })],
      { minCountries: 0, minPartners: 2, requiredRoles: [{ role: 'company', count: 2 }, { role: 'sme', count: 1 }] },
      { type: 'university' },
    );
    expect(names(plan).slice(0, 3)).toEqual(['Requester', 'Small Tools', 'Big Pharma']);
    expect(plan.members[1]!.covers).toEqual(['sme', 'company']);
    expect(check(plan, 'role', 'company')).toMatchObject({ required: 2, actual: 2, satisfied: true });

    const smeRequester = build([candidate('Other SME', { sme: true, score: 2 }), candidate('Uni', { type: 'university', score: 2 })],
      { minCountries: 0, minPartners: 2, requiredRoles: [{ role: 'sme', count: 1 }] }, { sme: true });
    expect(smeRequester.members[1]).toMatchObject({ name: 'Other SME', chosenFor: 'minPartners' });
  });

  it('knows which roles each kind of organisation fills', () => {
    expect(rolesOf({ type: 'company', isSme: true })).toEqual(['sme', 'company']);
    expect(rolesOf({ type: 'research_institute', isSme: false })).toEqual(['research']);
    expect(rolesOf({ type: 'hospital', isSme: false })).toEqual(['clinical']);
    expect(rolesOf({ type: 'association', isSme: false })).toEqual(['public']);
    expect(rolesOf({ type: 'investor', isSme: false })).toEqual([]);
  });
});

describe('countries', () => {
  it('adds the best candidates from new eligible countries until three countries take part, skipping ineligible ones', () => {
    const plan = build(
      [
        candidate('US Leader', { country: 'US', score: 5 }),
        candidate('DE One', { score: 4 }),
        candidate('DE Two', { score: 3.9 }),
        candidate('Greek A', { country: 'EL', score: 3 }),
        candidate('Greek B', { country: 'GR', score: 2.9 }),
        candidate('Norway', { country: 'NO', score: 2 }),
      ],
      {},
    );
    expect(names(plan).slice(0, 3)).toEqual(['Requester', 'Greek A', 'Norway']);
    expect(plan.members.slice(1, 3).map((m) => [m.chosenFor, m.country, m.countryStatus])).toEqual([
      ['country', 'GR', 'member'], ['country', 'NO', 'associated'],
    ]);
    expect(check(plan, 'minCountries')).toMatchObject({ required: 3, actual: 3, satisfied: true, detail: expect.stringContaining('DE, GR, NO') });
    expect(names(plan)).not.toContain('US Leader');
  });

  it('swaps the lowest-ranked partner for one of the same role from a new country when the consortium is full', () => {
    const plan = build(
      [
        candidate('Uni DE', { type: 'university', score: 3 }),
        candidate('Klinik DE', { type: 'hospital', score: 2.8 }),
        candidate('Uni DK', { type: 'university', country: 'DK', score: 2 }),
        candidate('Company FR', { country: 'FR', score: 1.9 }),
        candidate('Klinik SE', { type: 'hospital', country: 'SE', score: 1 }),
      ],
      { minPartners: 3, maxPartners: 3, requiredRoles: [{ role: 'research', count: 1 }, { role: 'clinical', count: 1 }] },
    );
    expect(plan.members.map((m) => [m.name, m.chosenFor])).toEqual([['Requester', 'requester'], ['Klinik SE', 'country'], ['Uni DK', 'country']]);
    expect(plan.complete).toBe(true);
  });

  it('wants a member state when only associated countries would take part', () => {
    const plan = build(
      [candidate('Swiss', { country: 'CH', score: 3 }), candidate('Iceland', { country: 'IS', score: 2.9 }), candidate('Danish', { country: 'DK', score: 1 })],
      { maxPartners: 3 },
      { country: 'NO' },
    );
    expect(names(plan)).toEqual(['Requester', 'Danish', 'Swiss']);
    expect(check(plan, 'minMemberStates')).toMatchObject({ actual: 1, satisfied: true });
  });

  it('keeps partners within an explicit list of countries, accepting UK for GB', () => {
    const plan = build(
      [candidate('French', { country: 'FR', score: 3 }), candidate('British', { country: 'UK', score: 2 }), candidate('German', { score: 1 })],
      { countryScope: ['DE', 'GB'], minCountries: 2, minPartners: 3, maxPartners: 4 },
    );
    expect(names(plan)).toEqual(['Requester', 'British', 'German']);
    expect(plan.members[1]!.country).toBe('GB');
  });
});

describe('size', () => {
  it('adds candidates that score close to the best chosen partner and no others', () => {
    const plan = build(
      ['A', 'B', 'C', 'D', 'E'].map((n, i) => candidate(n, { country: ['DK', 'NL', 'FR', 'SE', 'IT'][i], score: [2, 1.95, 1.9, 1.7, 1.65][i] })),
      { maxPartners: 10 },
    );
    expect(plan.members.map((m) => [m.name, m.chosenFor])).toEqual([
      ['Requester', 'requester'], ['A', 'country'], ['B', 'country'], ['C', 'strong'],
    ]);
  });

  it('never grows past the maximum, however close the candidates score', () => {
    const pool = Array.from({ length: 20 }, (_, i) => candidate(`P${i}`, { country: i % 2 ? 'DK' : 'NL', score: 2 - i * 0.001 }));
    const plan = build(pool, { maxPartners: 5 });
    expect(plan.members).toHaveLength(5);
    expect(check(plan, 'maxPartners')).toMatchObject({ required: 5, actual: 5, satisfied: true });
    expect(build(pool, { maxPartners: 5 })).toEqual(plan);
  });

  it('fills up to the minimum size with the best remaining candidates', () => {
    const plan = build([candidate('A', { score: 1 }), candidate('B', { score: 0.2 })], { minCountries: 0, minPartners: 3 });
    expect(plan.members.map((m) => [m.name, m.chosenFor])).toEqual([['Requester', 'requester'], ['A', 'minPartners'], ['B', 'minPartners']]);
  });
});

describe('rules the candidates cannot meet', () => {
  it('reports a missing role, too few countries and too few partners, with the reason', () => {
    const plan = build([candidate('Only DE', { score: 1 })], { minPartners: 3, requiredRoles: [{ role: 'clinical', count: 1 }] });
    expect(plan.complete).toBe(false);
    expect(check(plan, 'role', 'clinical')).toMatchObject({ satisfied: false, actual: 0, detail: expect.stringContaining('hold only 0') });
    expect(check(plan, 'minCountries')).toMatchObject({ satisfied: false, actual: 1, detail: expect.stringContaining('come from only 1 (DE)') });
    expect(check(plan, 'minPartners')).toMatchObject({ satisfied: false, actual: 2, detail: expect.stringContaining('only 1 candidate in') });
    expect(check(plan, 'maxPartners')!.satisfied).toBe(true);
  });

  it('says when the maximum size leaves no room for the roles', () => {
    const pool = ['U1', 'U2', 'U3'].map((n, i) => candidate(n, { type: 'university', country: ['DK', 'NL', 'FR'][i] }));
    const plan = build(pool, { minPartners: 2, maxPartners: 2, minCountries: 2, requiredRoles: [{ role: 'research', count: 3 }] });
    expect(plan.members).toHaveLength(2);
    expect(check(plan, 'role', 'research')).toMatchObject({ satisfied: false, detail: expect.stringContaining('maximum of 2 members leaves no room') });
  });

  it('reports a requester outside the country scope', () => {
    const plan = build([candidate('DK', { country: 'DK' }), candidate('NL', { country: 'NL' })], { minCountries: 2 }, { country: 'US' });
    expect(check(plan, 'countryScope')).toMatchObject({ satisfied: false, detail: expect.stringContaining('Requester (US)') });
  });
});

describe('alternatives', () => {
  const pool = [
    candidate('Klinik DE', { type: 'hospital', score: 3 }),
    candidate('Uni DK', { type: 'university', country: 'DK', score: 2.9 }),
    candidate('Company DE', { score: 2.8 }),
    candidate('Klinik DE 2', { type: 'hospital', score: 2.5 }),
    candidate('Uni DE', { type: 'university', score: 2.4 }),
    candidate('Klinik NL', { type: 'hospital', country: 'NL', score: 2 }),
    candidate('Klinik US', { type: 'hospital', country: 'US', score: 1.9 }),
    candidate('Klinik FR', { type: 'hospital', country: 'FR', score: 1.8 }),
    candidate('Klinik IT', { type: 'hospital', country: 'IT', score: 1.7 }),
    candidate('Klinik AT', { type: 'hospital', country: 'AT', score: 1.6 }),
  ];
  const rules = { minPartners: 3, maxPartners: 3, requiredRoles: [{ role: 'clinical' as const, count: 1 }, { role: 'research' as const, count: 1 }] };

  it('offers up to three candidates per slot that fill its roles and keep the country rules', () => {
    const plan = build(pool, rules);
    expect(names(plan)).toEqual(['Requester', 'Klinik NL', 'Uni DK']);
    const clinical = plan.members[1]!;
    // The clinical slot holds the third country: only hospitals from a new eligible country may take it.
    expect(clinical.alternatives.map((a) => a.name)).toEqual(['Klinik FR', 'Klinik IT', 'Klinik AT']);
    expect(plan.members[2]!.alternatives).toEqual([]);
    expect(plan.members[0]!.alternatives).toEqual([]);
  });

  it('offers any candidate of the slot role when the country rule has room to spare', () => {
    const plan = build(pool, { ...rules, minCountries: 1 });
    expect(names(plan)).toEqual(['Requester', 'Klinik DE', 'Uni DK']);
    expect(plan.members[1]!.alternatives.map((a) => a.name)).toEqual(['Klinik DE 2', 'Klinik NL', 'Klinik FR']);
    expect(plan.members[2]!.alternatives.map((a) => a.name)).toEqual(['Uni DE']);
  });
});

describe('alternatives of a slot chosen for its country', () => {
  it('need not fill a role that another member already covers', () => {
    const plan = build(
      [
        candidate('SME DE', { sme: true, score: 3 }),
        candidate('SME DK', { sme: true, country: 'DK', score: 2 }),
        candidate('Uni NL', { type: 'university', country: 'NL', score: 1.5 }),
        candidate('Company NL', { country: 'NL', score: 1 }),
        candidate('Uni DE', { type: 'university', score: 0.9 }),
        candidate('Company DK', { country: 'DK', score: 0.8 }),
        candidate('SME DE 2', { sme: true, score: 0.5 }),
      ],
      { maxPartners: 4, requiredRoles: [{ role: 'sme', count: 1 }] },
    );
    expect(plan.members.map((m) => [m.name, m.chosenFor, m.covers])).toEqual([
      ['Requester', 'requester', []], ['SME DE', 'role', ['sme']], ['SME DK', 'country', ['sme']], ['Uni NL', 'country', []],
    ]);
    // SME DK holds Denmark, which the three-country rule needs, but not the SME role (SME DE holds it).
    expect(plan.members[2]!.alternatives.map((a) => a.name)).toEqual(['Company DK']);
    expect(plan.members[3]!.alternatives.map((a) => a.name)).toEqual(['Company NL']);
    // SME DE was chosen to be the SME: only SMEs may take its slot.
    expect(plan.members[1]!.alternatives.map((a) => a.name)).toEqual(['SME DE 2']);
  });
});

describe('rule defaults', () => {
  it('follows Horizon Europe by default and merges a role listed twice', () => {
    expect(normalizeRules({ requiredRoles: [{ role: 'sme', count: 1 }, { role: 'sme', count: 2 }] })).toEqual({
      minPartners: 3, maxPartners: 8, minCountries: 3, minMemberStates: 1, countryScope: 'eligible', requiredRoles: [{ role: 'sme', count: 2 }],
    });
  });
});
