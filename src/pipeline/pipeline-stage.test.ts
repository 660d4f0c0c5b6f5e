// Moving projects through the stages (run against the PostgreSQL server too): the history, 409 on a stale or
// concurrent move, and the days per stage computed from a history built day by day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { moveStageIfAt } from '#src/pipeline/pipeline-repo.ts';
import { buildPipelineWorld, createProjectAs, DAY, moveAs, type PipelineWorld } from '#src/pipeline/pipeline-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: PipelineWorld;
const START = new Date('2026-01-01T00:00:00Z');
const day = (n: number) => new Date(START.getTime() + n * DAY);
type History = Array<{ fromStage: string | null; toStage: string; changedAt: string; note: string; days: number }>;
type Statistic = { stage: string; projects: number; current: number; meanDays: number | null; medianDays: number | null };
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;
const url = (id: string, path = '') => `/api/v1/pipeline-projects/${id}${path}`;

beforeAll(async () => {
  t = await createTestDb();
  w = await buildPipelineWorld(t.db, START);
});
afterAll(() => t.close());

describe('moving a project', () => {
  it('records each move with its note; the history says how many days each stay lasted', async () => {
    w.setNow(day(0));
    const id = await createProjectAs(w, 'alpha', w.slugs.a, { title: 'Plasma wound pad', leadOrganizationId: w.orgs.alpha });
    w.setNow(day(7));
    const moved = await w.call('POST', url(id, '/stage'), { as: 'alpha', body: { from: 'idea', to: 'concept', note: 'Concept workshop held' } });
    expect(moved.status).toBe(200);
    w.setNow(day(12));
    await moveAs(w, 'managerA', id, 'concept', 'feasibility');
    w.setNow(day(15));
    const { history, stage } = await json<{ history: History; stage: string }>(w.call('GET', url(id), { as: 'beta' }));
    expect(stage).toBe('feasibility');
    expect(history.map((h) => [h.fromStage, h.toStage, h.changedAt.slice(0, 10), h.days, h.note])).toEqual([
      [null, 'idea', '2026-01-01', 7, ''],
      ['idea', 'concept', '2026-01-08', 5, 'Concept workshop held'],
      ['concept', 'feasibility', '2026-01-13', 3, ''],
    ]);
  });

  it('answers 409 with the current stage when the project is no longer where the mover saw it, changing nothing', async () => {
    w.setNow(day(0));
    const id = await createProjectAs(w, 'alpha', w.slugs.a, { title: 'Stale', leadOrganizationId: w.orgs.alpha });
    await moveAs(w, 'alpha', id, 'idea', 'concept');
    const stale = await w.call('POST', url(id, '/stage'), { as: 'managerA', body: { from: 'idea', to: 'feasibility' } });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string; details: { currentStage: string } } }).error).toMatchObject({ code: 'conflict', details: { currentStage: 'concept' } });
    const same = await w.call('POST', url(id, '/stage'), { as: 'alpha', body: { from: 'concept', to: 'concept' } });
    expect(same.status).toBe(422);
    const bad = await w.call('POST', url(id, '/stage'), { as: 'alpha', body: { from: 'concept', to: 'launched' } });
    expect(((await bad.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field)).toEqual(['to']);
    expect((await w.call('POST', url(id, '/stage'), { body: { from: 'concept', to: 'feasibility' } })).status).toBe(401);
    expect((await w.call('POST', url(id, '/stage'), { as: 'beta', body: { from: 'concept', to: 'feasibility' } })).status).toBe(403);
    expect((await w.call('POST', url(id, '/stage'), { as: 'gamma', body: { from: 'concept', to: 'feasibility' } })).status).toBe(403);
    const rows = await t.db.selectFrom('pipeline_stage_history').select('to_stage').where('project_id', '=', id).orderBy('changed_at').execute();
    expect(rows.map((r) => r.to_stage)).toEqual(['idea', 'concept']);
  });

  it('lets exactly one of two simultaneous moves from the same stage through; the history stays a chain', async () => {
    const id = await createProjectAs(w, 'alpha', w.slugs.a, { title: 'Race', leadOrganizationId: w.orgs.alpha });
    const move = (as: string, to: string) => w.call('POST', url(id, '/stage'), { as, body: { from: 'idea', to } });
    const statuses = (await Promise.all([move('alpha', 'concept'), move('managerA', 'feasibility')])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const rows = await t.db.selectFrom('pipeline_stage_history').select(['from_stage', 'to_stage']).where('project_id', '=', id).execute();
    expect(rows).toHaveLength(2);
    const project = await t.db.selectFrom('pipeline_projects').select('stage').where('id', '=', id).executeTakeFirstOrThrow();
    expect(rows.find((r) => r.from_stage === 'idea')?.to_stage).toBe(project.stage);
  });

  it('makes a move wait for another transaction holding the project and then refuses it (409)', async () => {
    const id = await createProjectAs(w, 'alpha', w.slugs.a, { title: 'Held', leadOrganizationId: w.orgs.alpha });
    let pending: Response | Promise<Response> | undefined;
    await t.db.transaction().execute(async (trx) => {
      expect(await moveStageIfAt(trx, id, 'idea', 'concept', w.now())).toBe(true);
      // The request starts while this transaction holds the row (PostgreSQL) or the session (PGlite).
      pending = w.call('POST', url(id, '/stage'), { as: 'managerA', body: { from: 'idea', to: 'feasibility' } });
      await new Promise((r) => setTimeout(r, 200));
    });
    expect((await pending!).status).toBe(409);
    const project = await t.db.selectFrom('pipeline_projects').select('stage').where('id', '=', id).executeTakeFirstOrThrow();
    expect(project.stage).toBe('concept');
  });
});

describe('days per stage', () => {
  it('gives the exact mean and median per stage over the cluster’s projects, current stays counted up to now', async () => {
    const c = `c-${START.getTime()}`;
    const cluster = await t.db.insertInto('clusters').values({ slug: c, name: 'Stats cluster', description: '{}' }).returning('id').executeTakeFirstOrThrow();
    await t.db.insertInto('user_roles').values({ user_id: (w.actors.managerA as { userId: string }).userId, role: 'cluster_manager', scope_id: cluster.id }).execute();
    (w.actors.managerA as { roles: Array<{ role: string; scopeId: string }> }).roles.push({ role: 'cluster_manager', scopeId: cluster.id });
    w.setNow(day(0));
    const p1 = await createProjectAs(w, 'managerA', c, { title: 'P1' });
    const p2 = await createProjectAs(w, 'managerA', c, { title: 'P2' });
    const p3 = await createProjectAs(w, 'managerA', c, { title: 'P3' });
    w.setNow(day(5));
    await moveAs(w, 'managerA', p3, 'idea', 'concept');
    w.setNow(day(9));
    await moveAs(w, 'managerA', p3, 'concept', 'idea'); // back again: both stays count
    w.setNow(day(10));
    await moveAs(w, 'managerA', p1, 'idea', 'concept');
    w.setNow(day(15));
    await moveAs(w, 'managerA', p3, 'idea', 'concept');
    w.setNow(day(20));
    await moveAs(w, 'managerA', p2, 'idea', 'concept');
    w.setNow(day(40));
    await moveAs(w, 'managerA', p1, 'concept', 'feasibility');
    w.setNow(day(50));
    // idea: P1 10, P2 20, P3 5 + 6 = 11; concept: P1 30, P2 30 (now), P3 4 + 35 (now) = 39; feasibility: P1 10 (now).
    const { statistics, counts } = await json<{ statistics: Statistic[]; counts: Array<{ stage: string; count: number }> }>(w.call('GET', `/api/v1/clusters/${c}/pipeline`, { as: 'managerA' }));
    expect(statistics.slice(0, 4)).toEqual([
      { stage: 'idea', projects: 3, current: 0, meanDays: 13.7, medianDays: 11 },
      { stage: 'concept', projects: 3, current: 2, meanDays: 33, medianDays: 30 },
      { stage: 'feasibility', projects: 1, current: 1, meanDays: 10, medianDays: 10 },
      { stage: 'preclinical', projects: 0, current: 0, meanDays: null, medianDays: null },
    ]);
    expect(counts.slice(0, 3)).toEqual([{ stage: 'idea', count: 0 }, { stage: 'concept', count: 2 }, { stage: 'feasibility', count: 1 }]);
    w.setNow(day(60));
    const later = await json<{ statistics: Statistic[] }>(w.call('GET', `/api/v1/clusters/${c}/pipeline`, { as: 'managerA' }));
    // Ten days on, the current stays grew: concept 30, 40, 49 (median 40), feasibility 20.
    expect(later.statistics.slice(1, 3)).toEqual([
      { stage: 'concept', projects: 3, current: 2, meanDays: 39.7, medianDays: 40 },
      { stage: 'feasibility', projects: 1, current: 1, meanDays: 20, medianDays: 20 },
    ]);
  });
});
