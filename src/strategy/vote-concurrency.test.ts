// Parallel votes of one party (run against the PostgreSQL server too, where the requests really overlap): however
// they interleave, the party never spends more than its budget, and every refused request says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildTheme, buildStrategyWorld, ok, START, type StrategyWorld } from '#src/strategy/strategy-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: StrategyWorld;
let roundId = '';
const ideaIds: string[] = [];

const spent = async (organizationId: string | null, userId?: string) => {
  let query = t.db.selectFrom('idea_votes').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('votes'), eb.lit(0)).as('n')).where('round_id', '=', roundId);
  query = organizationId === null ? query.where('organization_id', 'is', null).where('user_id', '=', userId!) : query.where('organization_id', '=', organizationId);
  return Number((await query.executeTakeFirstOrThrow()).n);
};

beforeAll(async () => {
  t = await createTestDb();
  w = await buildStrategyWorld(t.db);
  const { themeId } = await buildTheme(w, 'cluster-a', 'managerA');
  for (let i = 0; i < 12; i++) ideaIds.push((await ok<{ id: string }>(w, 'POST', `/api/v1/strategy-themes/${themeId}/ideas`, { as: 'bente', body: { title: `Idee ${i}` } }, 201)).id);
  roundId = (await ok<{ id: string }>(w, 'POST', '/api/v1/clusters/cluster-a/strategy/rounds', {
    as: 'managerA', body: { themeId, title: { en: 'Race' }, voteBudget: 5, closesAt: new Date(START.getTime() + 86_400_000).toISOString() },
  }, 201)).id;
});
afterAll(() => t.close());

describe('parallel votes', () => {
  it('lets exactly five of twelve parallel one-vote requests of one organisation’s two editors through a budget of five', async () => {
    const answers = await Promise.all(ideaIds.map((ideaId, i) =>
      w.call('PUT', `/api/v1/strategy-rounds/${roundId}/votes/${ideaId}`, { as: i % 2 === 0 ? 'alice' : 'anton', body: { votes: 1 } })));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(5).fill(200), ...Array(7).fill(422)]);
    expect(await spent(w.orgs.alpha)).toBe(5);
    const refused = await Promise.all(answers.filter((r) => r.status === 422).map(async (r) => ((await r.json()) as { error: { details: Array<{ field: string }> } }).error.details[0]!.field));
    expect(new Set(refused)).toEqual(new Set(['votes']));
  });

  it('lets only one of six parallel three-vote requests of a member through a budget of five', async () => {
    const answers = await Promise.all(ideaIds.slice(0, 6).map((ideaId) =>
      w.call('PUT', `/api/v1/strategy-rounds/${roundId}/votes/${ideaId}`, { as: 'dora', body: { votes: 3 } })));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 422)).toHaveLength(5);
    expect(await spent(null, w.userId('dora'))).toBe(3);
  });

  it('counts no vote that races a manager closing the round', async () => {
    const votes = ideaIds.slice(6, 11).map((ideaId) => w.call('PUT', `/api/v1/strategy-rounds/${roundId}/votes/${ideaId}`, { as: 'bente', body: { votes: 1 } }));
    const close = w.call('POST', `/api/v1/strategy-rounds/${roundId}/close`, { as: 'managerA' });
    const answers = await Promise.all([...votes, close]);
    expect(answers.at(-1)!.status).toBe(200);
    const accepted = answers.slice(0, -1).filter((r) => r.status === 200).length;
    expect(answers.slice(0, -1).every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(await spent(w.orgs.beta)).toBe(accepted);
    const results = await ok<{ votesCast: number }>(w, 'GET', `/api/v1/strategy-rounds/${roundId}/results`, { as: 'bente' });
    expect(results.votesCast).toBe(5 + 3 + accepted);
  });
});
