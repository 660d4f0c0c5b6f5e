// Matching a call to a cluster: only its active members (by the matching engine, with reasons) and its pipeline
// projects the actor may read (by shared wording); members of the cluster only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildPipelineWorld, createProjectAs, DAY, type PipelineWorld } from '#src/pipeline/pipeline-test-world.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { buildOrganization } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: PipelineWorld;
const START = new Date('2026-04-01T00:00:00Z');
type Matches = {
  organizations: Array<{ orgId: string; name: string; reasons: Array<{ kind: string; text: string }> }>;
  projects: Array<{ id: string; title: string; score: number; terms: string[] }>;
};
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;
let callA: string;
let callB: string;
let plasmaProject: string;
let nonMember: string;
let applicant: string;
let privateProject: string;
let germanCall: string;
let germanProject: string;
const matches = (call: string, cluster: string, as?: string) => w.call('GET', `/api/v1/funding-calls/${call}/matches?cluster=${cluster}`, as ? { as } : {});

beforeAll(async () => {
  t = await createTestDb();
  w = await buildPipelineWorld(t.db, START);
  await t.db.updateTable('organizations').set({ keywords: ['cold plasma', 'wound healing', 'diabetic foot'] }).where('id', '=', w.orgs.alpha).execute();
  nonMember = await buildOrganization(t.db, { name: 'Plasma Wound Institute', type: 'research_institute', keywords: ['cold plasma', 'wound healing', 'diabetic foot'] });
  applicant = await buildOrganization(t.db, { name: 'Plasma Applicant GmbH', keywords: ['cold plasma', 'wound healing'] });
  await t.db.insertInto('memberships').values({ organization_id: applicant, cluster_id: w.clusters.a, status: 'applied' }).execute();
  await refreshSearchIndex(t.db, { organizationIds: [...Object.values(w.orgs), nonMember, applicant], projectIds: [] });
  plasmaProject = await createProjectAs(w, 'alpha', w.slugs.a, { title: 'Cold plasma wound pad', summary: 'Cold atmospheric plasma for healing diabetic foot wounds', leadOrganizationId: w.orgs.alpha, trl: 4 });
  await createProjectAs(w, 'managerA', w.slugs.a, { title: 'Bioeconomy strategy', summary: 'A regional strategy for the bioeconomy', kind: 'lead' });
  privateProject = await createProjectAs(w, 'alpha', w.slugs.a, { title: 'Secret plasma wound dressing', summary: 'plasma wound healing', leadOrganizationId: w.orgs.alpha, visibility: 'private' });
  await createProjectAs(w, 'gamma', w.slugs.b, { title: 'Plasma wound healing in Denmark', summary: 'cold plasma wound', leadOrganizationId: w.orgs.gamma });
  const deadline = new Date(START.getTime() + 30 * DAY).toISOString();
  callA = (await t.db.insertInto('funding_calls').values({ cluster_id: w.clusters.a, title: 'Cold plasma in wound healing', description: 'Projects bringing cold plasma to the healing of chronic and diabetic foot wounds.', deadline }).returning('id').executeTakeFirstOrThrow()).id;
  // A German call and project: the words they share are named as typed, not by the glossary's English stems.
  germanProject = await createProjectAs(w, 'alpha', w.slugs.a, { title: 'Gesundheitsdaten gegen das Rauchen', summary: 'Gesundheitsdaten und eine App helfen Rauchern, mit dem Rauchen aufzuhören.', leadOrganizationId: w.orgs.alpha });
  germanCall = (await t.db.insertInto('funding_calls').values({ cluster_id: w.clusters.a, title: 'Gesundheitsdaten für die Prävention', description: 'Projekte, die mit Gesundheitsdaten das Rauchen verringern.', deadline }).returning('id').executeTakeFirstOrThrow()).id;
  callB = (await t.db.insertInto('funding_calls').values({ cluster_id: w.clusters.b, title: 'Plasma wound care', deadline }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

describe('matching a call', () => {
  it('ranks only the cluster’s active members, with the engine’s reasons', async () => {
    const found = await json<Matches>(matches(callA, w.slugs.a, 'beta'));
    const orgIds = found.organizations.map((o) => o.orgId);
    expect(orgIds[0]).toBe(w.orgs.alpha);
    expect(orgIds).not.toContain(nonMember);
    expect(orgIds).not.toContain(applicant);
    expect(orgIds).not.toContain(w.orgs.gamma);
    expect(orgIds.every((id) => [w.orgs.alpha, w.orgs.beta].includes(id))).toBe(true);
    const topics = found.organizations[0]!.reasons.find((r) => r.kind === 'topics');
    expect(topics?.text).toMatch(/plasma/i);
  });

  it('ranks the cluster’s projects the actor may read by shared wording, naming the shared words', async () => {
    const asBeta = await json<Matches>(matches(callA, w.slugs.a, 'beta'));
    expect(asBeta.projects.map((p) => p.id)).toEqual([plasmaProject]);
    expect(asBeta.projects[0]!.terms).toEqual(expect.arrayContaining(['plasma', 'wound']));
    expect(asBeta.projects[0]!.score).toBeGreaterThan(0.2);
    const asAlpha = await json<Matches>(matches(callA, w.slugs.a, 'alpha'));
    expect(asAlpha.projects.map((p) => p.id).sort()).toEqual([plasmaProject, privateProject].sort());
  });

  it('names the words a German call and project share as they are typed', async () => {
    const found = await json<Matches>(matches(germanCall, w.slugs.a, 'beta'));
    expect(found.projects.map((p) => p.id)).toEqual([germanProject]);
    // Before: data, gesundheitsdaten, health, rauchen, smoke (the glossary's English stems beside the German ones).
    expect(found.projects[0]!.terms).toEqual(['Gesundheitsdaten', 'Rauchen']);
  });

  it('is for the cluster’s members only: 401 visitors, 403 outsiders, 404 for another cluster’s call, 422 without cluster', async () => {
    expect((await matches(callA, w.slugs.a)).status).toBe(401);
    expect((await matches(callA, w.slugs.a, 'stranger')).status).toBe(403);
    expect((await matches(callA, w.slugs.a, 'gamma')).status).toBe(403);
    expect((await matches(callB, w.slugs.a, 'alpha')).status).toBe(404);
    expect((await matches(callB, w.slugs.b, 'alpha')).status).toBe(403);
    const gammaOwn = await json<Matches>(matches(callB, w.slugs.b, 'gamma'));
    expect(gammaOwn.projects.map((p) => p.title)).toEqual(['Plasma wound healing in Denmark']);
    expect((await w.call('GET', `/api/v1/funding-calls/${callA}/matches`, { as: 'alpha' })).status).toBe(422);
  });
});
