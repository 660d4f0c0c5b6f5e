// Who may do what with a news post: the cluster's managers run the news, members write for the organisations they
// edit, authors keep their own posts until they are published.
import { clusterAccess, clusterFamily } from '#src/auth/cluster-access.ts';
import { requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { forbidden, notFound } from '#src/errors.ts';
import { findPost } from '#src/news/news-repo.ts';
import type { PostRow } from '#src/news/news-schema.ts';

/** The organisations the actor edits by role (not as a manager). */
export function editedOrganizationIds(ctx: Ctx): string[] {
  return ctx.actor.kind === 'user' ? ctx.actor.roles.filter((r) => r.role === 'organization_editor').map((r) => r.scopeId) : [];
}

/** The acting user's id (null for the operator's CLI). */
export const actorUserId = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** True when the actor wrote the post or edits the organisation it was written for. */
export function isAuthorOf(ctx: Ctx, post: Pick<PostRow, 'author_user_id' | 'organization_id'>): boolean {
  const userId = actorUserId(ctx);
  return (userId !== null && post.author_user_id === userId) || (post.organization_id !== null && editedOrganizationIds(ctx).includes(post.organization_id));
}

/** How the actor stands to a post: manager of its cluster, its author, or neither. */
export async function standing(ctx: Ctx, post: PostRow): Promise<'manager' | 'author' | 'none'> {
  if (ctx.actor.kind === 'anonymous') return 'none';
  if ((await clusterAccess(ctx, post.cluster_id)) === 'manager') return 'manager';
  return isAuthorOf(ctx, post) ? 'author' : 'none';
}

/** Loads a post for the workspace: 401 for visitors, 404 for an unknown id, 403 unless manager or author. */
export async function workspacePost(ctx: Ctx, id: string): Promise<{ post: PostRow; role: 'manager' | 'author' }> {
  requireUser(ctx.actor);
  const post = await findPost(ctx.db, id);
  if (!post) throw notFound('news post', id);
  const role = await standing(ctx, post);
  if (role === 'none') throw forbidden('only the cluster’s managers and the post’s author may do this');
  return { post, role };
}

/** The clusters an organisation's active membership must lie in to post in `clusterId`: its whole family. */
export async function postingFamily(ctx: Ctx, clusterId: string): Promise<string[]> {
  return clusterFamily(ctx.db, clusterId);
}
