// The competence taxonomy as a browsable tree with the number of organisations under each node.
import type { Ctx } from '#src/context.ts';
import { invalid, notFound } from '#src/errors.ts';
import {
  countHolders,
  countHoldersByRegion,
  existingCompetenceIds,
  findAncestors,
  findCompetence,
  findCompetences,
} from '#src/registry/competence-repo.ts';
import { presentCompetence, type CompetenceListRow } from '#src/registry/competence-schema.ts';
import { viewerOf, type Viewer } from '#src/registry/visibility.ts';

async function presentWithCounts(ctx: Ctx, viewer: Viewer, rows: CompetenceListRow[]) {
  const counts = await countHolders(ctx.db, rows.map((r) => r.id), viewer);
  return rows.map((r) => presentCompetence(r, counts.get(r.id) ?? 0));
}

/** Roots of the taxonomy (or of one scheme), the children of a node, or a label search; with counts. */
export async function listCompetences(
  ctx: Ctx,
  query: { scheme?: string | undefined; parent?: string | undefined; q?: string | undefined; limit: number },
) {
  if (query.parent && !(await findCompetence(ctx.db, query.parent))) throw notFound('competence', query.parent);
  const rows = await findCompetences(ctx.db, { scheme: query.scheme, parentId: query.parent, q: query.q, limit: query.limit });
  return { items: await presentWithCounts(ctx, await viewerOf(ctx), rows) };
}

/** One competence with its breadcrumb and children, each with its organisation count. */
export async function getCompetence(ctx: Ctx, id: string) {
  const row = await findCompetence(ctx.db, id);
  if (!row) throw notFound('competence', id);
  const viewer = await viewerOf(ctx);
  const [ancestors, children] = await Promise.all([
    findAncestors(ctx.db, id),
    findCompetences(ctx.db, { parentId: id, limit: 10_000 }),
  ]);
  // Ancestors have children by definition; the node has them when its child list is not empty.
  const rows = [{ ...row, has_children: children.length > 0 }, ...ancestors.map((a) => ({ ...a, has_children: true })), ...children];
  const [self, ...rest] = await presentWithCounts(ctx, viewer, rows);
  return { ...self!, ancestors: rest.slice(0, ancestors.length), children: rest.slice(ancestors.length) };
}

/** Organisations having competence `id` (or a descendant) per country and NUTS-2 region, for the atlas. */
export async function getCompetenceRegions(ctx: Ctx, id: string) {
  if (!(await findCompetence(ctx.db, id))) throw notFound('competence', id);
  const rows = await countHoldersByRegion(ctx.db, id, await viewerOf(ctx));
  const countries = new Map<string, number>();
  const regions = new Map<string, { nuts2: string; country: string; organizations: number }>();
  let total = 0;
  for (const r of rows) {
    total += r.n;
    const country = r.country?.trim();
    if (country) countries.set(country, (countries.get(country) ?? 0) + r.n);
    if (r.nuts2) {
      const region = regions.get(r.nuts2) ?? { nuts2: r.nuts2, country: r.nuts2.slice(0, 2), organizations: 0 };
      region.organizations += r.n;
      regions.set(r.nuts2, region);
    }
  }
  return {
    competenceId: id,
    total,
    countries: [...countries].map(([country, organizations]) => ({ country, organizations })).sort((a, b) => b.organizations - a.organizations || a.country.localeCompare(b.country)),
    regions: [...regions.values()].sort((a, b) => b.organizations - a.organizations || a.nuts2.localeCompare(b.nuts2)),
  };
}

/** Throws `invalid` naming `field.N` for every id in `ids` that is not in the taxonomy. */
export async function requireKnownCompetences(ctx: Ctx, ids: string[] | undefined, field: string): Promise<void> {
  if (!ids?.length) return;
  const known = await existingCompetenceIds(ctx.db, ids);
  const details = ids.flatMap((id, i) => (known.has(id) ? [] : [{ field: `${field}.${i}`, message: `no competence ${id}` }]));
  if (details.length > 0) throw invalid(`${field}: ${details.map((d) => d.message).join(', ')}`, details);
}
