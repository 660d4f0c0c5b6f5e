// Loads the demo ecosystem into an empty registry, all or nothing, so `npm start` shows a living platform.
import { createUser, grantRole } from '#src/auth/auth-service.ts';
import type { User } from '#src/auth/auth-schema.ts';
import { requireAdmin } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { demoCompetenceRows } from '#src/demo/demo-competences.ts';
import { demoData } from '#src/demo/demo-data.ts';
import { insertDemoGroups } from '#src/demo/demo-groups.ts';
import { insertDemoPipeline } from '#src/demo/demo-pipeline.ts';
import { insertDemoNews } from '#src/demo/demo-news.ts';
import { insertDemoProducts } from '#src/demo/demo-products.ts';
import { insertDemoReadiness } from '#src/demo/demo-readiness.ts';
import { insertDemoReport } from '#src/demo/demo-report.ts';
import { insertDemoSite } from '#src/demo/demo-site.ts';
import { insertDemoStrategy } from '#src/demo/demo-strategy.ts';
import { existingUserEmails, insertDemoRows, lockDemoLoading, registryIsEmpty } from '#src/demo/demo-repo.ts';
import { buildDemoRows } from '#src/demo/demo-rows.ts';
import type { DemoData } from '#src/demo/demo-types.ts';
import { insertCompetences } from '#src/importers/cordis-repo.ts';
import { deriveOrganizationCompetences } from '#src/registry/competence-repo.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';

export type DemoLoadResult = {
  clusters: number;
  hubs: number;
  organizations: number;
  declaredCompetences: number;
  memberships: number;
  people: number;
  facilities: number;
  offers: number;
  projects: number;
  participations: number;
  records: number;
  users: number;
};

/**
 * Fills a registry that has no clusters and no organisations with the demo ecosystem in one transaction
 * and returns what it wrote; returns null (and writes nothing) when the registry already holds data.
 * `data` exists for tests; production always loads the built-in demo.
 */
export async function loadDemoIfEmpty(ctx: Ctx, data: DemoData = demoData): Promise<DemoLoadResult | null> {
  requireAdmin(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    await lockDemoLoading(trx);
    if (!(await registryIsEmpty(trx))) return null;
    const { accounts, ...rows } = buildDemoRows(data, ctx.clock());
    // An operator may have created one of these accounts before the first start; keep theirs.
    const taken = await existingUserEmails(trx, accounts.map((a) => a.email));
    const newAccounts = accounts.filter((a) => !taken.has(a.email));
    const userCtx = { ...ctx, db: trx };
    // scrypt makes each account cost a few hundred milliseconds of hashing on the thread pool, so the accounts
    // are created (without roles: their scopes don't exist yet) while the registry rows go in. Every account
    // write is awaited before the transaction can end, so none runs after a rollback.
    const creating = Promise.allSettled(newAccounts.map((a) => createUser(userCtx, { ...a, roles: [] })));
    let created: Array<PromiseSettledResult<User>>;
    try {
      await insertCompetences(trx, demoCompetenceRows());
      await insertDemoRows(trx, rows);
      await insertDemoProducts(trx, data.organizations, rows.organizations, ctx.clock());
      const organizationIds = rows.organizations.flatMap((o) => (o.id ? [o.id] : []));
      // The joint projects give their partners competences, as a CORDIS import does.
      await deriveOrganizationCompetences(trx, organizationIds);
      await refreshSearchIndex(trx, { organizationIds, projectIds: rows.projects.flatMap((p) => (p.id ? [p.id] : [])) });
    } finally {
      created = await creating;
    }
    for (const [i, result] of created.entries()) {
      if (result.status === 'rejected') throw result.reason;
      for (const grant of newAccounts[i]?.roles ?? []) await grantRole(userCtx, result.value.id, grant);
    }
    await insertDemoStrategy(trx, ctx.clock()); // strategy and milestones (before groups and pipeline, which link to its themes)
    await insertDemoGroups(trx, ctx.clock()); // working groups
    await insertDemoPipeline(trx, ctx.clock()); // innovation pipeline and funding
    await insertDemoSite(trx, ctx.clock()); // public cluster site
    await insertDemoReadiness(trx, ctx.clock()); // epidemic readiness and membership applications
    await insertDemoNews(trx, ctx.clock()); // news
    await insertDemoReport(trx, ctx.clock()); // funder report: founding dates, last year's partnering day
    return {
      clusters: rows.clusters.filter((c) => !c.parent_id).length,
      hubs: rows.clusters.filter((c) => c.parent_id).length,
      organizations: rows.organizations.length,
      declaredCompetences: rows.organizationCompetences.length,
      memberships: rows.memberships.length,
      people: rows.people.length,
      facilities: rows.facilities.length,
      offers: rows.offers.length,
      projects: rows.projects.length,
      participations: rows.participations.length,
      records: rows.records.length,
      users: newAccounts.length,
    };
  });
}
