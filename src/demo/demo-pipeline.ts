// Loads the demo's innovation pipelines and funding catalogue: projects with stage histories spanning months,
// partners from the demo registry, funding applied for and won, and the products of the regulatory navigator.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import { demoData } from '#src/demo/demo-data.ts';
import { insertDemoFunding } from '#src/demo/demo-funding.ts';
import { demoPipelineProjects, type DemoPipelineProject } from '#src/demo/demo-pipeline-data.ts';
import { partnerRows } from '#src/pipeline/pipeline-service.ts';

const DAY = 86_400_000;

/** Inserts the funding catalogue and the pipeline projects; returns how many projects it wrote. */
export async function insertDemoPipeline(trx: Db, now: Date): Promise<number> {
  const callIds = await insertDemoFunding(trx, now);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const clusters = new Map((await trx.selectFrom('clusters').select(['id', 'slug']).execute()).map((c) => [c.slug, c.id]));
  const nameOf = new Map(demoData.organizations.map((o) => [o.key, o.name]));
  const orgRows = await trx.selectFrom('organizations').select(['id', 'name']).execute();
  const orgByName = new Map(orgRows.map((o) => [o.name, o.id]));
  const org = (key: string | null | undefined) => (key ? orgByName.get(nameOf.get(key) ?? '') ?? null : null);
  const products = new Map((await trx.selectFrom('products').select(['id', 'name']).execute()).map((p) => [p.name, p.id]));
  const users = new Map((await trx.selectFrom('users').select(['id', 'email']).execute()).map((u) => [u.email, u.id]));
  // The strategy demo may have loaded the themes already; a project then points at its theme (by German title).
  const themes = await trx.selectFrom('strategy_themes as t').innerJoin('clusters as c', 'c.id', 't.cluster_id')
    .select(['t.id', sql<string>`t.title->>'de'`.as('title'), sql<string>`coalesce(c.parent_id, c.id)`.as('root')]).execute();
  const projects = demoPipelineProjects.flatMap((p) => {
    const clusterId = clusters.get(p.cluster);
    const first = p.stages[0];
    const last = p.stages.at(-1);
    return clusterId && first && last ? [{ p, clusterId, first, last }] : [];
  });
  if (projects.length === 0) return 0;
  const by = (p: DemoPipelineProject) => (p.by ? users.get(`${p.by}@example.org`) ?? null : null);
  const ids = await trx.insertInto('pipeline_projects').values(projects.map(({ p, clusterId, first, last }) => ({
    cluster_id: clusterId, kind: p.kind, title: p.title, summary: p.summary, lead_organization_id: org(p.lead),
    theme_id: themes.find((th) => th.root === clusterId && th.title === p.theme)?.id ?? null,
    stage: last[0], trl: p.trl, product_id: p.product ? products.get(p.product) ?? null : null, origin: p.origin ?? 'manual', visibility: p.visibility,
    stage_entered_at: ago(last[1]).toISOString(), created_by: by(p), created_at: ago(first[1]).toISOString(), updated_at: ago(last[1]).toISOString(),
  }))).returning(['id', 'title']).execute();
  const idOf = new Map(ids.map((r) => [r.title, r.id]));
  const partners = projects.flatMap(({ p }) => partnerRows(org(p.lead), p.partners.flatMap(([key, role]) => {
    const partnerId = org(key);
    return partnerId ? [{ organizationId: partnerId, role }] : [];
  })).map((r) => ({ project_id: idOf.get(p.title)!, organization_id: r.organizationId, role: r.role })));
  if (partners.length > 0) await trx.insertInto('pipeline_partners').values(partners).execute();
  await trx.insertInto('pipeline_stage_history').values(projects.flatMap(({ p }) => p.stages.map(([stage, days], i) => ({
    project_id: idOf.get(p.title)!, from_stage: i === 0 ? null : p.stages[i - 1]![0], to_stage: stage, changed_at: ago(days).toISOString(), changed_by: by(p),
  })))).execute();
  const funding = projects.flatMap(({ p }) => (p.funding ?? []).map((f) => ({
    project_id: idOf.get(p.title)!, call_id: f.call ? callIds.get(f.call) ?? null : null, organization_id: org(f.organization), instrument: f.instrument,
    amount_applied: f.applied, amount_won: f.won ?? null, status: f.status,
    applied_on: f.appliedDaysAgo === undefined ? null : ago(f.appliedDaysAgo).toISOString().slice(0, 10),
    decided_on: f.decidedDaysAgo === undefined ? null : ago(f.decidedDaysAgo).toISOString().slice(0, 10),
  })));
  if (funding.length > 0) await trx.insertInto('pipeline_funding').values(funding).execute();
  return projects.length;
}
