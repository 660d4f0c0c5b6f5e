// Members' ideas for a theme and their comments: members post and comment, authors edit their own, managers hide
// or adopt. Ideas are internal to the cluster's family; hidden ones are seen only by managers and their author.
import { clusterFamily, requireClusterMember } from '#src/auth/cluster-access.ts';
import type { Ctx } from '#src/context.ts';
import { conflict, forbidden, invalid, notFound } from '#src/errors.ts';
import { findComments, findIdea, findIdeas, insertComment, insertIdea, memberOrganizations, updateIdeaRow } from '#src/strategy/idea-repo.ts';
import { presentIdea, type IdeaCreate, type IdeaOut, type IdeaUpdate, type IdeaView } from '#src/strategy/idea-schema.ts';
import { actingUserId, memberCluster, memberTheme } from '#src/strategy/strategy-access.ts';
import { deleteOpenRoundVotes } from '#src/strategy/round-repo.ts';

const userIdOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

async function present(ctx: Ctx, rows: IdeaView[]): Promise<IdeaOut[]> {
  const comments = await findComments(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => presentIdea(r, comments.filter((c) => c.idea_id === r.id), userIdOf(ctx)));
}

/** The member organisations (of the cluster's family) the actor edits: those they may speak and vote for. */
export async function actorOrganizations(ctx: Ctx, clusterId: string): Promise<Array<{ id: string; name: string }>> {
  if (ctx.actor.kind !== 'user') return [];
  const edited = ctx.actor.roles.filter((r) => r.role === 'organization_editor').map((r) => r.scopeId);
  return memberOrganizations(ctx.db, edited, await clusterFamily(ctx.db, clusterId));
}

/** The ideas of a cluster (of one theme when given), for its members; hidden ones for managers and their authors. */
export async function listIdeas(ctx: Ctx, ref: string, themeId: string | undefined) {
  const { cluster, access } = await memberCluster(ctx, ref);
  const rows = await findIdeas(ctx.db, { clusterId: cluster.id, themeId, hiddenFor: access === 'manager' ? 'all' : actingUserId(ctx) });
  return { items: await present(ctx, rows) };
}

/** An idea with its comments, for the members of its cluster (a hidden one: its managers and its author). */
export async function getIdea(ctx: Ctx, id: string): Promise<IdeaOut> {
  const { idea } = await readableIdea(ctx, id);
  return (await present(ctx, [idea]))[0]!;
}

async function readableIdea(ctx: Ctx, id: string): Promise<{ idea: IdeaView; access: 'manager' | 'member' }> {
  const userId = actingUserId(ctx);
  const idea = await findIdea(ctx.db, id);
  if (!idea) throw notFound('idea', id);
  const access = await requireClusterMember(ctx, idea.cluster_id);
  if (idea.status === 'hidden' && access !== 'manager' && idea.author_user_id !== userId) throw notFound('idea', id);
  return { idea, access };
}

/** Posts an idea to a theme on behalf of a member organisation the author edits (members of the theme's cluster). */
export async function createIdea(ctx: Ctx, themeId: string, input: IdeaCreate): Promise<IdeaOut> {
  const userId = actingUserId(ctx);
  const { theme } = await memberTheme(ctx, themeId);
  const organizations = await actorOrganizations(ctx, theme.cluster_id);
  if (input.organizationId !== null && !organizations.some((o) => o.id === input.organizationId)) {
    throw invalid('organizationId: not a member organisation you edit', [{ field: 'organizationId', message: 'not a member organisation you edit' }]);
  }
  const organizationId = input.organizationId ?? organizations[0]?.id ?? null;
  const id = await ctx.db.transaction().execute((trx) =>
    insertIdea(trx, { theme_id: themeId, author_user_id: userId, organization_id: organizationId, title: input.title, body: input.body }));
  return getIdea(ctx, id);
}

/**
 * Changes an idea: its author the title and body, the cluster's managers the status. Hiding an idea hands its votes
 * in open rounds back to the voters.
 */
export async function updateIdea(ctx: Ctx, id: string, input: IdeaUpdate): Promise<IdeaOut> {
  const userId = actingUserId(ctx);
  const { idea, access } = await readableIdea(ctx, id);
  if ((input.title !== undefined || input.body !== undefined) && idea.author_user_id !== userId) throw forbidden('only its author may change an idea’s text');
  if (input.status !== undefined && access !== 'manager') throw forbidden('only the cluster’s managers may hide or adopt an idea');
  await ctx.db.transaction().execute(async (trx) => {
    await updateIdeaRow(trx, id, {
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.body === undefined ? {} : { body: input.body }),
      ...(input.status === undefined ? {} : { status: input.status }),
    }, ctx.clock());
    if (input.status === 'hidden' && idea.status !== 'hidden') await deleteOpenRoundVotes(trx, id, ctx.clock());
  });
  return getIdea(ctx, id);
}

/** Adds a comment to an idea (members of its cluster); hidden ideas take no comments. */
export async function addComment(ctx: Ctx, ideaId: string, body: string): Promise<IdeaOut> {
  const userId = actingUserId(ctx);
  const { idea } = await readableIdea(ctx, ideaId);
  if (idea.status === 'hidden') throw conflict('this idea is hidden; it takes no comments');
  await ctx.db.transaction().execute((trx) => insertComment(trx, { idea_id: ideaId, author_user_id: userId, body }));
  return getIdea(ctx, ideaId);
}
