// Checks of what a pipeline project refers to: a theme of the cluster, a product and organisations the actor may
// read, a funding call of the cluster; each failure names its field (422).
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { viewerSees, type Standing } from '#src/pipeline/pipeline-access.ts';
import { callInClusters, existingOrganizations, themeInClusters } from '#src/pipeline/pipeline-repo.ts';
import { findVisibleProduct } from '#src/regulatory/product-repo.ts';

const field = (name: string, message: string) => invalid(`${name}: ${message}`, [{ field: name, message }]);

/** Throws unless every organisation exists and the actor may see it. */
export async function requireOrganizations(ctx: Ctx, s: Standing, ids: Array<[field: string, id: string]>): Promise<void> {
  const found = new Map((await existingOrganizations(ctx.db, ids.map(([, id]) => id))).map((o) => [o.id, o.visibility]));
  for (const [name, id] of ids) {
    const visibility = found.get(id);
    if (visibility === undefined || !viewerSees(s.viewer, visibility, id)) throw field(name, 'no organisation you can see has this id');
  }
}

/** The theme must be the cluster family's, the product one the actor may read, the lead an organisation they see. */
export async function requireLinks(
  ctx: Ctx, s: Standing, family: string[],
  input: { themeId?: string | null | undefined; productId?: string | null | undefined; leadOrganizationId?: string | null | undefined },
): Promise<void> {
  if (input.themeId && !(await themeInClusters(ctx.db, input.themeId, family))) throw field('themeId', 'not a theme of this cluster');
  if (input.productId && !(await findVisibleProduct(ctx.db, s.viewer, input.productId))) throw field('productId', 'no product you may read has this id');
  if (input.leadOrganizationId) await requireOrganizations(ctx, s, [['leadOrganizationId', input.leadOrganizationId]]);
}

/** Every partner an organisation the actor sees, none twice. */
export async function requirePartners(ctx: Ctx, s: Standing, partners: Array<{ organizationId: string }>, prefix: string): Promise<void> {
  const seen = new Set<string>();
  partners.forEach((p, i) => {
    if (seen.has(p.organizationId)) throw field(`${prefix}.${i}.organizationId`, 'this organisation is listed twice');
    seen.add(p.organizationId);
  });
  await requireOrganizations(ctx, s, partners.map((p, i) => [`${prefix}.${i}.organizationId`, p.organizationId]));
}

/** The call must be a global one or one of the cluster family. */
export async function requireCall(ctx: Ctx, family: string[], callId: string | null | undefined): Promise<void> {
  if (callId && !(await callInClusters(ctx.db, callId, family))) throw field('callId', 'not a funding call of this cluster');
}
