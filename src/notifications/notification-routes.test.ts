// A user's notifications over HTTP: only their own, newest first, with the unread count; marking read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';
import { createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const ann = userActor() as Extract<Actor, { kind: 'user' }>;
const bob = userActor() as Extract<Actor, { kind: 'user' }>;
const ids: Record<string, string> = {};
type Inbox = { items: Array<{ id: string; kind: string; payload: { n: number }; readAt: string | null }>; unread: number; nextCursor: string | null };

const inbox = async (as: string, query = '') => {
  const res = await call('GET', `/api/v1/me/notifications${query}`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as Inbox;
};

beforeAll(async () => {
  t = await createTestDb();
  for (const user of [ann, bob]) await t.db.insertInto('users').values({ id: user.userId, email: user.email, password_hash: 'x' }).execute();
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 12, minute));
  await insertNotifications(t.db, [1, 2, 3].map((n) => ({ userId: ann.userId, kind: 'offer_matches', payload: { n }, createdAt: at(n) })));
  await insertNotifications(t.db, [{ userId: bob.userId, kind: 'offer_matches', payload: { n: 9 }, createdAt: at(4) }]);
  const rows = await t.db.selectFrom('notifications').select(['id', 'payload']).execute();
  for (const r of rows) ids[`n${(r.payload as { n: number }).n}`] = r.id;
  call = createTestApp(t.db, { ann, bob });
});
afterAll(() => t.close());

describe('reading notifications', () => {
  it('refuses visitors', async () => {
    expect((await call('GET', '/api/v1/me/notifications')).status).toBe(401);
    expect((await call('POST', `/api/v1/me/notifications/${ids.n1}/read`)).status).toBe(401);
    expect((await call('POST', '/api/v1/me/notifications/read-all')).status).toBe(401);
  });

  it('lists only the user’s own, newest first, with the unread count, in pages', async () => {
    const all = await inbox('ann');
    expect(all.items.map((n) => n.payload.n)).toEqual([3, 2, 1]);
    expect(all.unread).toBe(3);
    expect(all.items[0]).toMatchObject({ kind: 'offer_matches', readAt: null });
    const first = await inbox('ann', '?limit=2');
    const rest = await inbox('ann', `?limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...rest.items].map((n) => n.payload.n)).toEqual([3, 2, 1]);
    expect(rest.nextCursor).toBeNull();
    expect((await inbox('bob')).items.map((n) => n.payload.n)).toEqual([9]);
  });
});

describe('marking notifications read', () => {
  it('does not find another user’s notification, and leaves it unread', async () => {
    expect((await call('POST', `/api/v1/me/notifications/${ids.n9}/read`, { as: 'ann' })).status).toBe(404);
    expect((await inbox('bob')).unread).toBe(1);
  });

  it('marks one read, then all, and lists only unread ones when asked', async () => {
    const res = await call('POST', `/api/v1/me/notifications/${ids.n2}/read`, { as: 'ann' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { readAt: string | null }).readAt).not.toBeNull();
    expect((await inbox('ann', '?unread=true')).items.map((n) => n.payload.n)).toEqual([3, 1]);
    expect((await inbox('ann')).unread).toBe(2);
    const all = await call('POST', '/api/v1/me/notifications/read-all', { as: 'ann' });
    expect(await all.json()).toEqual({ updated: 2, unread: 0 });
    expect((await inbox('ann', '?unread=true')).items).toEqual([]);
    expect((await inbox('bob')).unread).toBe(1);
  });

  it('rejects a malformed id and a malformed cursor with 422', async () => {
    expect((await call('POST', '/api/v1/me/notifications/nope/read', { as: 'ann' })).status).toBe(422);
    expect((await call('GET', '/api/v1/me/notifications?cursor=zzz', { as: 'ann' })).status).toBe(422);
  });
});
