// Who reads and who changes a pipeline project: the cluster's managers everything; its members the projects shown
// to members and those of organisations they edit; the public only public ones.
import { clusterFamily, memberClusterIds } from '#src/auth/cluster-access.ts';
import { isAdmin, managedClusterIds } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Visibility } from '#src/db/types.ts';
import { forbidden, notFound, unauthenticated } from '#src/errors.ts';
import { findProject } from '#src/pipeline/pipeline-repo.ts';
import { viewerOf, type Viewer } from '#src/registry/visibility.ts';

/** How the actor stands to every cluster at once (resolved once per request). */
export type Standing = {
  signedIn: boolean;
  userId: string | null;
  viewer: Viewer;
  manages: (clusterId: string) => boolean;
  belongs: (clusterId: string) => boolean;
  edits: (organizationId: string | null) => boolean;
};

/** Resolves the actor's standing: managed clusters, member clusters, organisations they edit. */
export async function standingOf(ctx: Ctx): Promise<Standing> {
  const admin = isAdmin(ctx.actor);
  const managed = new Set(await managedClusterIds(ctx.db, ctx.actor));
  const member = new Set(await memberClusterIds(ctx.db, ctx.actor));
  const viewer = await viewerOf(ctx);
  const manages = (c: string) => admin || managed.has(c);
  return {
    signedIn: ctx.actor.kind !== 'anonymous',
    userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    viewer,
    manages,
    belongs: (c) => manages(c) || member.has(c),
    edits: (o) => o !== null && (viewer.all || viewer.organizationIds.includes(o)),
  };
}

/** Whether the viewer may see a row of `visibility` belonging to organisation `organizationId` (registry rules). */
export function viewerSees(viewer: Viewer, visibility: Visibility | null, organizationId: string | null): boolean {
  if (viewer.all) return true;
  if (visibility !== null && viewer.levels.includes(visibility)) return true;
  return organizationId !== null && viewer.organizationIds.includes(organizationId);
}

type ProjectLike = { cluster_id: string; visibility: Visibility; lead_organization_id: string | null };

/** Public projects for all; members' projects for the cluster family; private ones for managers and the lead's editors. */
export function canReadProject(s: Standing, p: ProjectLike): boolean {
  if (p.visibility === 'public' || s.manages(p.cluster_id)) return true;
  if (p.visibility === 'members') return s.belongs(p.cluster_id);
  return s.belongs(p.cluster_id) && s.edits(p.lead_organization_id);
}

/** Managers of the project's cluster, and members who edit its lead organisation. */
export function canEditProject(s: Standing, p: ProjectLike): boolean {
  return s.manages(p.cluster_id) || (s.belongs(p.cluster_id) && s.edits(p.lead_organization_id));
}

/** The project if the actor may read it: 404 unknown, 401 for visitors, 403 for others. */
export async function readableProject(ctx: Ctx, id: string) {
  const row = await findProject(ctx.db, id);
  if (!row) throw notFound('pipeline project', id);
  const standing = await standingOf(ctx);
  if (!canReadProject(standing, row)) throw standing.signedIn ? forbidden('this project is internal to its cluster') : unauthenticated();
  return { row, standing };
}

/** The project if the actor may change it (401 for visitors, 403 for readers who may not). */
export async function editableProject(ctx: Ctx, id: string) {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const found = await readableProject(ctx, id);
  if (!canEditProject(found.standing, found.row)) throw forbidden('only the cluster’s managers and the lead organisation’s editors may change this project');
  return found;
}

/** The clusters a board of `cluster` shows: a cluster with its hubs, a hub alone; and the family for themes and calls. */
export async function boardScope(ctx: Ctx, cluster: { id: string; parent_id: string | null }) {
  const family = await clusterFamily(ctx.db, cluster.id);
  return { clusters: cluster.parent_id === null ? family : [cluster.id], family };
}
