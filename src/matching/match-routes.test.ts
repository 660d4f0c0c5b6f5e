// Partner matching over HTTP: ranking with reasons, filters, visibility, bad input, the organisation lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { buildCluster, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const org: Record<string, string> = {};
let cluster: string;

type Reason = { kind: string; text: string; count?: number; terms?: string[] };
type Result = { orgId: string; cordisId: string | null; name: string; type: string; isSme: boolean; country: string | null; score: number; reasons: Reason[] };
type Search = { requester: { id: string; name: string } | null; language: string; results: Result[]; links: Array<{ source: string; target: string; projects: number }> };
type List = { items: Result[] };
type ErrorBody = { error: { code: string; message: string; details: Array<{ field: string; message: string }> } };

const GENE = 'Gene therapy with AAV vectors for inherited retinal dystrophy';

const search = async (body: object, as?: string) => {
  const res = await call('POST', '/api/v1/match/partners', { body, ...(as ? { as } : {}) });
  expect(res.status).toBe(200);
  return (await res.json()) as Search;
};
const get = async (url: string, as?: string) => {
  const res = await call('GET', url, as ? { as } : {});
  expect(res.status).toBe(200);
  return (await res.json()) as List;
};
const idsOf = (results: Result[]) => results.map((r) => r.orgId);
const invalidFields = async (res: Response) => {
  expect(res.status).toBe(422);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe('invalid');
  return body.error.details.map((d) => d.field);
};

async function buildProject(acronym: string, title: string, objective: string, start: string, participants: string[]): Promise<void> {
  const { id } = await t.db
    .insertInto('projects')
    .values({ acronym, title, objective, start_date: start, keywords: [] })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('participations')
    .values(participants.map((o, i) => ({ project_id: id, organization_id: o, role: i === 0 ? 'coordinator' : 'participant', ec_contribution: null, position: i + 1 })))
    .execute();
}

beforeAll(async () => {
  t = await createTestDb();
  cluster = await buildCluster(t.db);
  org.requester = await buildOrganization(t.db, { name: 'Requester Biotech', cordis_id: '900000001', nuts_code: 'DEF02' });
  org.retina = await buildOrganization(t.db, {
    name: 'Retina University', type: 'university', cordis_id: '900000002', nuts_code: 'DEF01', keywords: ['gene therapy', 'AAV vectors', 'retina'],
  });
  org.hospital = await buildOrganization(t.db, { name: 'Eye Hospital', type: 'hospital', city: 'Rostock', nuts_code: 'DE80' });
  org.plasma = await buildOrganization(t.db, { name: 'Plasma Wound ApS', country: 'DK', city: 'Aarhus', is_sme: true, keywords: ['cold plasma'] });
  org.institute = await buildOrganization(t.db, { name: 'Plasma Institute', type: 'research_institute', city: 'Greifswald' });
  org.agency = await buildOrganization(t.db, { name: 'Health Data Agency', type: 'public_body', country: 'DK', city: 'Copenhagen' });
  org.members = await buildOrganization(t.db, { name: 'Members Gene Lab', type: 'university', visibility: 'members' });
  org.hidden = await buildOrganization(t.db, { name: 'Hidden Vector GmbH', visibility: 'private' });
  await t.db
    .insertInto('memberships')
    .values([{ organization_id: org.institute, cluster_id: cluster, status: 'active' }, { organization_id: org.agency, cluster_id: cluster, status: 'ended' }])
    .execute();

  await buildProject('RETGENE', 'Gene therapy vectors for inherited retinal dystrophy', 'AAV gene therapy vectors that restore vision in retinal dystrophy.', '2022-01-01', [org.retina!, org.requester!]);
  await buildProject('AAVMAN', 'Manufacturing AAV gene therapy for retinal disease', 'Scalable manufacturing of AAV vectors for gene therapy of the retina.', '2023-01-01', [org.retina!, org.hospital!]);
  await buildProject('COLDPLAS', 'Cold plasma devices for wound healing', 'Cold atmospheric plasma treats chronic wounds.', '2022-06-01', [org.plasma!, org.institute!]);
  await buildProject('PLASMED', 'Plasma medicine for chronic wounds', 'Clinical plasma medicine for diabetic foot ulcers.', '2023-03-01', [org.institute!, org.plasma!, org.hospital!]);
  await buildProject('HEALTHDATA', 'Interoperable health records', 'Digital health records shared across borders.', '2021-05-01', [org.agency!, org.requester!]);
  await buildProject('BLINDGT', 'Gene therapy trial against retinal blindness', 'A clinical trial of retinal gene therapy.', '2023-09-01', [org.members!, org.hidden!]);
  await refreshSearchIndex(t.db, 'all');
  call = createTestApp(t.db, { admin: userActor([], true), member: userActor() });
});
afterAll(() => t.close());

describe('partner search', () => {
  it('ranks first the organisation whose projects match the text, and says why in plain words', async () => {
    const { results, language, requester } = await search({ text: GENE });
    expect(results[0]?.orgId).toBe(org.retina);
    expect(language).toBe('en');
    expect(requester).toBeNull();
    const topics = results[0]!.reasons.find((r) => r.kind === 'topics');
    expect(topics?.text).toMatch(/^works on /);
    expect(results[0]).toMatchObject({ name: 'Retina University', cordisId: '900000002', type: 'university' });
    // Best first.
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('names the topics of a German idea in the words the user typed, quoted in the English text', async () => {
    const text = 'Wundheilung mit kaltem Plasma: chronische Wunden behandeln';
    const { results, language } = await search({ text });
    expect(language).toBe('de');
    const plasma = results.find((r) => r.orgId === org.plasma)!.reasons.find((r) => r.kind === 'topics')!;
    // "wound" and "heal" both come from "Wundheilung": it is named once.
    expect(plasma.terms).toEqual(expect.arrayContaining(['Wundheilung', 'kaltem', 'Plasma', 'chronische']));
    expect(new Set(plasma.terms).size).toBe(plasma.terms!.length);
    const typed = new Set(text.split(/[^\p{L}]+/u));
    for (const topics of results.flatMap((r) => r.reasons.filter((x) => x.kind === 'topics'))) {
      for (const term of topics.terms!) expect(typed).toContain(term);
      expect(topics.text).toBe(`works on ${topics.terms!.map((w) => `“${w}”`).join(', ').replace(/, (?=[^,]*$)/, ' and ')}`);
    }
  });

  it('names the joint projects with the requester, never returns the requester nor the excluded, and links them', async () => {
    const out = await search({ text: GENE, requesterId: org.requester, exclude: [org.hospital] });
    expect(out.requester).toMatchObject({ id: org.requester, name: 'Requester Biotech' });
    expect(idsOf(out.results)).not.toContain(org.requester);
    expect(idsOf(out.results)).not.toContain(org.hospital);
    const retina = out.results.find((r) => r.orgId === org.retina);
    const joint = retina?.reasons.find((r) => r.kind === 'jointProjects');
    expect(joint).toMatchObject({ count: 1, text: expect.stringContaining('RETGENE') as unknown });
    expect(out.links).toContainEqual(expect.objectContaining({ projects: 1 }));
    expect(out.links.some((l) => [l.source, l.target].includes(org.requester!) && [l.source, l.target].includes(org.retina!))).toBe(true);
  });

  it('returns at most k results', async () => {
    expect((await search({ text: GENE, k: 2 })).results).toHaveLength(2);
  });

  it('keeps only candidates that satisfy every filter and the partner kind', async () => {
    const text = 'plasma wound healing and gene therapy';
    const byCountry = (await search({ text, filters: { countries: ['DK'] } })).results;
    // The Danish health-data agency shares no word and no partner with the idea: it is not proposed.
    expect(idsOf(byCountry)).toEqual([org.plasma]);
    const hospitals = (await search({ text, filters: { types: ['hospital'] } })).results;
    expect(idsOf(hospitals)).toEqual([org.hospital]);
    const smes = (await search({ text, filters: { sme: true } })).results;
    expect(idsOf(smes)).toEqual([org.plasma]);
    const research = (await search({ text, partnerKind: 'research' })).results;
    expect(new Set(idsOf(research))).toEqual(new Set([org.retina, org.institute]));
    const members = (await search({ text, filters: { clusterIds: [cluster] } })).results;
    expect(idsOf(members)).toEqual([org.institute]); // the agency's membership has ended
    const region = (await search({ text, filters: { nuts: ['DEF'] } })).results;
    expect(new Set(idsOf(region))).toEqual(new Set([org.retina, org.requester]));
    const clinicalInDk = (await search({ text, partnerKind: 'clinical', filters: { countries: ['DK'] } })).results;
    expect(clinicalInDk).toEqual([]);
  });

  it('shows members-only organisations to signed-in users only and private ones to admins only', async () => {
    const text = 'gene therapy trial against retinal blindness';
    const anonymous = idsOf((await search({ text })).results);
    expect(anonymous).toContain(org.retina);
    expect(anonymous).not.toContain(org.members);
    expect(anonymous).not.toContain(org.hidden);
    const member = idsOf((await search({ text }, 'member')).results);
    expect(member).toContain(org.members);
    expect(member).not.toContain(org.hidden);
    expect(idsOf((await search({ text }, 'admin')).results)).toContain(org.hidden);
  });

  it('refuses blank or too long text, k outside 1..200 and unknown fields with 422 naming the field', async () => {
    const post = (body: object) => call('POST', '/api/v1/match/partners', { body });
    expect(await invalidFields(await post({ text: '' }))).toEqual(['text']);
    expect(await invalidFields(await post({ text: ' \n\t ' }))).toEqual(['text']);
    expect(await invalidFields(await post({ text: 'x'.repeat(20_001) }))).toEqual(['text']);
    expect(await invalidFields(await post({}))).toEqual(['text']);
    expect(await invalidFields(await post({ text: GENE, k: 0 }))).toEqual(['k']);
    expect(await invalidFields(await post({ text: GENE, k: 201 }))).toEqual(['k']);
    expect(await invalidFields(await post({ text: GENE, k: 2.5 }))).toEqual(['k']);
    expect(await invalidFields(await post({ text: GENE, filters: { countries: ['de'] } }))).toEqual(['filters.countries.0']);
    expect(await invalidFields(await post({ text: GENE, partnerKind: 'pharma' }))).toEqual(['partnerKind']);
    expect(await invalidFields(await post({ text: GENE, requesterId: 'nope' }))).toEqual(['requesterId']);
    expect((await post({ text: 'gene therapy for the retina '.repeat(800).slice(0, 20_000), k: 200 })).status).toBe(200);
  });

  it('refuses an unknown requester, or one the caller may not see, with 422 naming requesterId', async () => {
    const unknown = await call('POST', '/api/v1/match/partners', { body: { text: GENE, requesterId: '00000000-0000-4000-8000-000000000000' } });
    expect(await invalidFields(unknown)).toEqual(['requesterId']);
    const hidden = await call('POST', '/api/v1/match/partners', { body: { text: GENE, requesterId: org.members } });
    expect(await invalidFields(hidden)).toEqual(['requesterId']);
    expect((await search({ text: GENE, requesterId: org.members }, 'member')).requester?.id).toBe(org.members);
  });
});

describe('similar organisations and likely partners', () => {
  it('lists organisations that work on the same topics, never the organisation itself, at most k', async () => {
    const { items } = await get(`/api/v1/organizations/${org.retina}/similar`, 'admin');
    expect(idsOf(items)).not.toContain(org.retina);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(10);
    expect((await get(`/api/v1/organizations/${org.retina}/similar?k=1`, 'admin')).items).toHaveLength(1);
    expect(idsOf((await get(`/api/v1/organizations/${org.retina}/similar`)).items)).not.toContain(org.members);
  });

  it('proposes partners of partners, not the present partners', async () => {
    const { items } = await get(`/api/v1/organizations/${org.requester}/likely-partners`, 'admin');
    const ids = idsOf(items);
    expect(ids).not.toContain(org.requester);
    expect(ids).not.toContain(org.retina);
    expect(ids).not.toContain(org.agency);
    expect(ids).toContain(org.hospital); // worked with Retina University, the requester's partner
  });

  it('answers an unknown or hidden organisation with 404, and a bad k or id with 422 naming it', async () => {
    for (const path of ['similar', 'likely-partners']) {
      expect((await call('GET', `/api/v1/organizations/00000000-0000-4000-8000-000000000000/${path}`)).status).toBe(404);
      expect((await call('GET', `/api/v1/organizations/${org.members}/${path}`)).status).toBe(404);
      expect((await call('GET', `/api/v1/organizations/${org.members}/${path}`, { as: 'member' })).status).toBe(200);
      expect((await call('GET', `/api/v1/organizations/${org.hidden}/${path}`, { as: 'member' })).status).toBe(404);
      expect(await invalidFields(await call('GET', `/api/v1/organizations/${org.retina}/${path}?k=0`))).toEqual(['k']);
      expect(await invalidFields(await call('GET', `/api/v1/organizations/${org.retina}/${path}?k=201`))).toEqual(['k']);
      expect(await invalidFields(await call('GET', `/api/v1/organizations/${org.retina}/${path}?k=abc`))).toEqual(['k']);
      expect(await invalidFields(await call('GET', `/api/v1/organizations/not-a-uuid/${path}`))).toEqual(['id']);
    }
  });
});

describe('the OpenAPI document', () => {
  it('lists the matching paths under the tag matching', async () => {
    const res = await call('GET', '/api/v1/openapi.json');
    const doc = (await res.json()) as { paths: Record<string, Record<string, { tags: string[] }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.paths['/match/partners']?.post?.tags).toEqual(['matching']);
    expect(doc.paths['/organizations/{id}/similar']?.get?.tags).toEqual(['matching']);
    expect(doc.paths['/organizations/{id}/likely-partners']?.get?.tags).toEqual(['matching']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['PartnerSearch', 'PartnerSearchResult', 'MatchResult', 'MatchReason']));
  });
});
