// Idea rounds over HTTP: opening, the per-party budget, votes only while open and never on hidden ideas, results only
// after closing with exact counts, notifications when a round opens and closes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { jobHandlers } from '#src/jobs/job-handlers.ts';
import { createLogger } from '#src/log.ts';
import { STRATEGY_ROUND_NOTIFY } from '#src/strategy/round-notify.ts';
import { buildTheme, buildStrategyWorld, fieldsOf, ok, START, type StrategyWorld } from '#src/strategy/strategy-test-world.ts';
import { rankByVotes } from '#src/strategy/vote-service.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: StrategyWorld;
const ideas: Record<string, string> = {};
let themeOne = '';
let roundId = '';
type Ballot = { state: string; budget: number; used: number; remaining: number; party: { kind: string; name: string } | null; votes: Array<{ ideaId: string; votes: number }>; eligibleIdeaIds: string[] };
type Results = { voters: number; votesCast: number; items: Array<{ ideaId: string; votes: number; voters: number; rank: number; organizationName: string | null }> };
const DAY = 86_400_000;
const vote = (who: string, idea: string, votes: number, extra: Record<string, unknown> = {}) =>
  w.call('PUT', `/api/v1/strategy-rounds/${roundId}/votes/${ideas[idea] ?? idea}`, { as: who, body: { votes, ...extra } });
const ballot = (who: string) => ok<Ballot>(w, 'GET', `/api/v1/strategy-rounds/${roundId}/ballot`, { as: who });
const kinds = async (who: string) =>
  (await ok<{ items: Array<{ kind: string; payload: { roundId: string } }> }>(w, 'GET', '/api/v1/me/notifications?limit=50', { as: who })).items.map((n) => `${n.kind}:${n.payload.roundId === roundId ? 'R1' : 'other'}`);

beforeAll(async () => {
  t = await createTestDb();
  w = await buildStrategyWorld(t.db);
  themeOne = (await buildTheme(w, 'cluster-a', 'managerA', 'Digitale Transformation')).themeId;
  const themeTwo = (await buildTheme(w, 'cluster-a', 'managerA', 'Entrepreneurship')).themeId;
  const post = async (key: string, who: string, theme: string) => {
    ideas[key] = (await ok<{ id: string }>(w, 'POST', `/api/v1/strategy-themes/${theme}/ideas`, { as: who, body: { title: key } }, 201)).id;
  };
  await post('i1', 'alice', themeOne);
  await post('i2', 'bente', themeOne);
  await post('i3', 'dora', themeOne);
  await post('hidden', 'anton', themeOne);
  await post('otherTheme', 'alice', themeTwo);
  await ok(w, 'PATCH', `/api/v1/strategy-ideas/${ideas.hidden}`, { as: 'managerA', body: { status: 'hidden' } });
});
afterAll(() => t.close());

describe('opening a round', () => {
  it('refuses visitors, members and other clusters’ managers, and bad input with 422 naming the field', async () => {
    const body = { themeId: themeOne, title: { de: 'Prioritäten 2027' }, voteBudget: 5, closesAt: new Date(START.getTime() + 7 * DAY).toISOString() };
    expect((await w.call('POST', '/api/v1/clusters/cluster-a/strategy/rounds', { body })).status).toBe(401);
    for (const who of ['alice', 'dora', 'managerB']) expect((await w.call('POST', '/api/v1/clusters/cluster-a/strategy/rounds', { as: who, body })).status, who).toBe(403);
    const zero = await w.call('POST', '/api/v1/clusters/cluster-a/strategy/rounds', { as: 'managerA', body: { ...body, voteBudget: 0 } });
    expect(await fieldsOf(zero)).toEqual(['voteBudget']);
    const past = await w.call('POST', '/api/v1/clusters/cluster-a/strategy/rounds', { as: 'managerA', body: { ...body, closesAt: '2027-02-01T00:00:00Z' } });
    expect(past.status).toBe(422);
    expect(await fieldsOf(past)).toEqual(['closesAt']);
    const foreign = (await buildTheme(w, 'cluster-b', 'managerB', 'Fremd')).themeId;
    expect(await fieldsOf(await w.call('POST', '/api/v1/clusters/cluster-a/strategy/rounds', { as: 'managerA', body: { ...body, themeId: foreign } }))).toEqual(['themeId']);
    expect((await ok<{ items: unknown[] }>(w, 'GET', '/api/v1/clusters/cluster-a/strategy/rounds', { as: 'alice' })).items).toEqual([]);
  });

  it('opens a round for one theme and tells every member of the cluster’s family at once, nobody else', async () => {
    const body = { themeId: themeOne, title: { de: 'Prioritäten 2027' }, voteBudget: 5, closesAt: new Date(START.getTime() + 7 * DAY).toISOString() };
    const round = await ok<{ id: string; state: string; voteBudget: number }>(w, 'POST', '/api/v1/clusters/cluster-a/strategy/rounds', { as: 'managerA', body }, 201);
    roundId = round.id;
    expect(round).toMatchObject({ state: 'open', voteBudget: 5 });
    for (const who of ['alice', 'anton', 'bente', 'dora']) expect(await kinds(who), who).toEqual(['strategy_round_opened:R1']);
    for (const who of ['gustav', 'paula', 'managerA', 'stranger']) expect(await kinds(who), who).toEqual([]);
    const jobs = await t.db.selectFrom('jobs').select('run_after').where('kind', '=', STRATEGY_ROUND_NOTIFY).orderBy('run_after').execute();
    expect(jobs.map((j) => new Date(j.run_after).toISOString())).toEqual([START.toISOString(), body.closesAt]);
  });
});

describe('voting', () => {
  it('gives each member organisation one budget shared by its editors, and a member without one their own', async () => {
    const alice = await ballot('alice');
    expect(alice).toMatchObject({ state: 'open', budget: 5, used: 0, remaining: 5, party: { kind: 'organization', name: 'Alpha Diagnostik GmbH' } });
    expect(alice.eligibleIdeaIds.sort()).toEqual([ideas.i1, ideas.i2, ideas.i3].sort());
    expect((await vote('alice', 'i1', 3)).status).toBe(200);
    expect(await ballot('anton')).toMatchObject({ used: 3, remaining: 2, votes: [{ ideaId: ideas.i1, votes: 3 }] });
    const over = await vote('anton', 'i2', 3);
    expect(over.status).toBe(422);
    expect(await fieldsOf(over)).toEqual(['votes']);
    expect((await ok<Ballot>(w, 'PUT', `/api/v1/strategy-rounds/${roundId}/votes/${ideas.i2}`, { as: 'anton', body: { votes: 2 } })).remaining).toBe(0);
    // Changing an idea's votes counts only the others against the budget.
    expect((await ok<Ballot>(w, 'PUT', `/api/v1/strategy-rounds/${roundId}/votes/${ideas.i1}`, { as: 'alice', body: { votes: 1 } })).remaining).toBe(2);
    expect((await ok<Ballot>(w, 'PUT', `/api/v1/strategy-rounds/${roundId}/votes/${ideas.i2}`, { as: 'bente', body: { votes: 5 } })).remaining).toBe(0);
    const dora = await ok<Ballot>(w, 'PUT', `/api/v1/strategy-rounds/${roundId}/votes/${ideas.i3}`, { as: 'dora', body: { votes: 4 } });
    expect(dora).toMatchObject({ party: { kind: 'user', name: 'dora' }, used: 4, remaining: 1 });
    expect((await vote('dora', 'i1', 1)).status).toBe(200);
  });

  it('refuses votes on hidden ideas, on ideas outside the round, for organisations one does not edit, and from non-members', async () => {
    expect(await fieldsOf(await vote('alice', 'hidden', 1))).toEqual(['ideaId']);
    expect(await fieldsOf(await vote('alice', 'otherTheme', 1))).toEqual(['ideaId']);
    expect(await fieldsOf(await vote('alice', 'i1', 1, { organizationId: w.orgs.beta }))).toEqual(['organizationId']);
    expect(await fieldsOf(await vote('alice', 'i1', -1))).toEqual(['votes']);
    expect((await vote('managerA', 'i1', 1)).status).toBe(403);
    expect((await ballot('managerA')).party).toBeNull();
    for (const who of ['gustav', 'paula', 'managerB']) {
      expect((await vote(who, 'i1', 1)).status, who).toBe(403);
      expect((await w.call('GET', `/api/v1/strategy-rounds/${roundId}/ballot`, { as: who })).status, who).toBe(403);
      expect((await w.call('GET', `/api/v1/strategy-rounds/${roundId}`, { as: who })).status, who).toBe(403);
    }
    expect((await vote('', 'i1', 1)).status).toBe(401);
    expect((await w.call('GET', `/api/v1/strategy-rounds/${roundId}/ballot`)).status).toBe(401);
    expect((await w.call('GET', '/api/v1/clusters/cluster-a/strategy/rounds', { as: 'gustav' })).status).toBe(403);
  });

  it('hands the votes of an idea hidden during the round back to its voters', async () => {
    const late = await ok<{ id: string }>(w, 'POST', `/api/v1/strategy-themes/${themeOne}/ideas`, { as: 'bente', body: { title: 'Spam' } }, 201);
    ideas.late = late.id;
    await ok(w, 'PUT', `/api/v1/strategy-rounds/${roundId}/votes/${late.id}`, { as: 'alice', body: { votes: 2 } });
    expect((await ballot('alice')).remaining).toBe(0);
    await ok(w, 'PATCH', `/api/v1/strategy-ideas/${late.id}`, { as: 'managerA', body: { status: 'hidden' } });
    expect(await ballot('alice')).toMatchObject({ used: 3, remaining: 2 });
  });

  it('shows no results while the round is open, not even to its managers', async () => {
    for (const who of ['alice', 'managerA']) expect((await w.call('GET', `/api/v1/strategy-rounds/${roundId}/results`, { as: who })).status, who).toBe(409);
  });
});

describe('closing', () => {
  it('lets only the managers close early; then no vote counts and members are told', async () => {
    expect((await w.call('POST', `/api/v1/strategy-rounds/${roundId}/close`, { as: 'alice' })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/strategy-rounds/${roundId}/close`)).status).toBe(401);
    w.setNow(new Date(START.getTime() + DAY));
    expect((await ok<{ state: string; closedAt: string }>(w, 'POST', `/api/v1/strategy-rounds/${roundId}/close`, { as: 'managerA' })).state).toBe('closed');
    expect((await w.call('POST', `/api/v1/strategy-rounds/${roundId}/close`, { as: 'managerA' })).status).toBe(409);
    expect((await vote('alice', 'i1', 1)).status).toBe(409);
    expect(await kinds('bente')).toEqual(['strategy_round_closed:R1', 'strategy_round_opened:R1']);
    expect(await kinds('gustav')).toEqual([]);
  });

  it('shows each idea’s exact votes, voters and rank to the members after closing', async () => {
    const results = await ok<Results>(w, 'GET', `/api/v1/strategy-rounds/${roundId}/results`, { as: 'dora' });
    // i2: Alpha 2 + Beta 5; i3: Dora 4; i1: Alpha 1 + Dora 1. The hidden ideas are not listed.
    expect(results.items.map((r) => [r.ideaId, r.votes, r.voters, r.rank])).toEqual([[ideas.i2, 7, 2, 1], [ideas.i3, 4, 1, 2], [ideas.i1, 2, 2, 3]]);
    expect(results).toMatchObject({ voters: 3, votesCast: 13 });
    expect(results.items[0]!.organizationName).toBe('Beta Biotech ApS');
    expect((await w.call('GET', `/api/v1/strategy-rounds/${roundId}/results`, { as: 'gustav' })).status).toBe(403);
    expect((await w.call('GET', `/api/v1/strategy-rounds/${roundId}/results`)).status).toBe(401);
  });

  it('ranks equal votes equally (1, 2, 2, 4)', () => {
    expect(rankByVotes([{ votes: 9 }, { votes: 4 }, { votes: 4 }, { votes: 1 }]).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });
});

describe('rounds that open and close by the clock', () => {
  it('announces a future round when it opens and a round whose time ran out when it closes, each once', async () => {
    const now = w.now();
    const round = await ok<{ id: string; state: string }>(w, 'POST', '/api/v1/clusters/cluster-a/strategy/rounds', {
      as: 'managerA', body: { title: { en: 'Cluster-wide' }, voteBudget: 3, opensAt: new Date(now.getTime() + DAY).toISOString(), closesAt: new Date(now.getTime() + 2 * DAY).toISOString() },
    }, 201);
    expect(round.state).toBe('upcoming');
    expect((await w.call('PUT', `/api/v1/strategy-rounds/${round.id}/votes/${ideas.otherTheme}`, { as: 'alice', body: { votes: 1 } })).status).toBe(409);
    const job = async (at: Date) => {
      w.setNow(at);
      await jobHandlers[STRATEGY_ROUND_NOTIFY]!({ db: t.db, actor: { kind: 'system' }, clock: () => at, log: createLogger('silent') }, {} as never, async () => undefined);
    };
    const count = async (kind: string) => (await t.db.selectFrom('notifications').select('user_id').where('kind', '=', kind).where('payload', '@>', JSON.stringify({ roundId: round.id }) as never).execute()).length;
    expect(await count('strategy_round_opened')).toBe(0);
    await job(new Date(now.getTime() + DAY + 1000));
    expect(await count('strategy_round_opened')).toBe(4);
    // A cluster-wide round takes votes on every theme's ideas.
    expect((await w.call('PUT', `/api/v1/strategy-rounds/${round.id}/votes/${ideas.otherTheme}`, { as: 'alice', body: { votes: 3 } })).status).toBe(200);
    expect((await w.call('GET', `/api/v1/strategy-rounds/${round.id}/results`, { as: 'alice' })).status).toBe(409);
    await job(new Date(now.getTime() + 2 * DAY + 1000));
    await job(new Date(now.getTime() + 2 * DAY + 5000));
    expect(await count('strategy_round_opened')).toBe(4);
    expect(await count('strategy_round_closed')).toBe(4);
    const results = await ok<Results>(w, 'GET', `/api/v1/strategy-rounds/${round.id}/results`, { as: 'alice' });
    expect(results.items[0]).toMatchObject({ ideaId: ideas.otherTheme, votes: 3, voters: 1, rank: 1 });
    expect(results.items.slice(1).every((r) => r.votes === 0 && r.rank === 2)).toBe(true);
  });
});
