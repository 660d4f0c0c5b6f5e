// Demo news of the clusters from the seeds (see demo-news-posts*.ts): published posts spread over the last weeks, so
// the list, the Atom feed and this and last month's digest have content, and member posts in the review queue.
import type { Db } from '#src/db/connect.ts';
import { DEMO_POSTS, type DemoPost } from '#src/demo/demo-news-posts.ts';
import { DEMO_POSTS_MV } from '#src/demo/demo-news-posts-mv.ts';

/** Every demo post. */
export const demoNewsPosts = (): DemoPost[] => [...DEMO_POSTS_MV, ...DEMO_POSTS];

/** Inserts the demo's news posts; returns how many. */
export async function insertDemoNews(trx: Db, now: Date): Promise<number> {
  const clusters = new Map((await trx.selectFrom('clusters').select(['id', 'slug']).execute()).map((c) => [c.slug, c.id]));
  const organizations = new Map((await trx.selectFrom('organizations').select(['id', 'name']).execute()).map((o) => [o.name, o.id]));
  const users = new Map((await trx.selectFrom('users').select(['id', 'email']).execute()).map((u) => [u.email, u.id]));
  const manager = users.get('manager@example.org') ?? null;
  const rows = demoNewsPosts().flatMap((p) => {
    const clusterId = clusters.get(p.cluster);
    if (!clusterId) return [];
    const at = new Date(now.getTime() - p.daysAgo * 86_400_000);
    return [{
      cluster_id: clusterId, slug: p.slug, organization_id: p.organization ? (organizations.get(p.organization) ?? null) : null,
      author_user_id: p.author ? (users.get(p.author) ?? null) : p.cluster === 'biocon-valley' && !p.organization ? manager : null,
      title: JSON.stringify(p.title), summary: JSON.stringify(p.summary), body: JSON.stringify(p.body), status: p.status,
      review_note: p.reviewNote ?? null, reviewed_by: p.status === 'rejected' ? manager : null,
      published_at: p.status === 'published' ? at : null, submitted_at: p.status === 'draft' ? null : at, created_at: at, updated_at: at,
    }];
  });
  // One statement for all: the demo loads inside the first start's budget.
  if (rows.length > 0) await trx.insertInto('news_posts').values(rows).execute();
  return rows.length;
}
