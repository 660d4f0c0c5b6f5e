// The demo's readiness, membership and news content: the swab question has its answer in BioCon Valley, applications
// wait for the manager, and the seeds' news are published with member posts awaiting review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system, type Actor } from '#src/auth/actor.ts';
import type { Ctx } from '#src/context.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { DEMO_POSTS_MV } from '#src/demo/demo-news-posts-mv.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { createLogger } from '#src/log.ts';
import { listPublishedNews, listWorkPosts } from '#src/news/news-read-service.ts';
import { queryReadiness } from '#src/readiness/readiness-service.ts';
import { listApplications } from '#src/registry/membership-decision-service.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let manager: Ctx;
const now = new Date('2026-11-20T10:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoIfEmpty({ db: t.db, actor: system, clock: () => now, log: createLogger('silent') });
  const bcv = await t.db.selectFrom('clusters').select('id').where('slug', '=', 'biocon-valley').executeTakeFirstOrThrow();
  const user = await t.db.selectFrom('users').select('id').where('email', '=', 'manager@example.org').executeTakeFirstOrThrow();
  const actor: Actor = { kind: 'user', userId: user.id, email: 'manager@example.org', isAdmin: false, roles: [{ role: 'cluster_manager', scopeId: bcv.id }] };
  manager = { db: t.db, actor, clock: () => now, log: createLogger('silent') };
});
afterAll(() => t.close());

describe('the demo', () => {
  it('answers "who can make 100,000 swabs a week within four weeks?" for BioCon Valley: nobody alone, the two largest together', async () => {
    const answer = await queryReadiness(manager, 'biocon-valley', { product: 'swabs', quantity: 100_000, withinWeeks: 4, lang: 'en' });
    expect(answer.matches.map((m) => `${m.organizationName}: ${m.capacityPerWeek} in ${m.leadTimeWeeks} weeks, ${m.contacts.map((c) => c.email).join(' ')}`)).toEqual([
      'Warnow Implant Works GmbH (Demo): 60000 in 3 weeks, production@example.org',
      'Bodden Omics Lab GmbH (Demo): 40000 in 4 weeks, quality@example.org',
      'Ryck Plasma Care GmbH (Demo): 25000 in 2 weeks, ceo@example.org',
    ]);
    expect(answer.totals).toEqual([{ unit: 'pieces', capacityPerWeek: 125_000, organizations: 3, quantity: 100_000, enough: true, alone: 0, neededTogether: 2 }]);
  });

  it('has applications waiting for the BioCon Valley manager and news from the seeds', async () => {
    expect((await listApplications(manager, 'biocon-valley', 'applied')).items.map((a) => `${a.organizationName} → ${a.clusterSlug} (${a.type})`)).toEqual([
      'DST Diagnostische Systeme & Technologien GmbH → biocon-valley (full)',
      'Förde Biosensorik GmbH (Demo) → biocon-valley-rostock (associate)',
    ]);
    const published = await listPublishedNews(manager, 'biocon-valley', { lang: 'da', limit: 20 });
    expect(published.items.slice(0, 4).map((a) => `${a.title} [${a.language}]`)).toEqual([
      'Epidemic readiness: members declare their production capacities [en]',
      'Kompetencecenter for medicinsk teknologi: en bro mellem forskning og erhverv [da]',
      'Center for life science og plasmateknologi vokser i Greifswald [da]',
      'Bioeconomy working group drafts a strategy for Mecklenburg-Vorpommern [en]',
    ]);
    expect(published.items).toHaveLength(DEMO_POSTS_MV.filter((p) => p.status === 'published').length);
    const queue = await listWorkPosts(manager, 'biocon-valley', 'submitted');
    expect(queue.items.map((p) => p.organizationName).sort()).toEqual(['Ryck Plasma Care GmbH (Demo)', 'Warnow Implant Works GmbH (Demo)']);
    expect((await listPublishedNews(manager, 'life-science-nord', { lang: 'de', limit: 20 })).items).toHaveLength(4);
  });
});
