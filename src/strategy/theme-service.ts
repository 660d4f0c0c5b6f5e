// A cluster's fields of action and focus themes with their goals: everyone reads them, its managers shape them.
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { presentMilestones } from '#src/strategy/milestone-service.ts';
import { clusterWithAccess, managedCluster, managedGoal, managedTheme } from '#src/strategy/strategy-access.ts';
import {
  deleteGoal as deleteGoalRow,
  deleteTheme as deleteThemeRow,
  findGoals,
  findMilestones,
  findThemes,
  insertGoal,
  insertTheme,
  reorder,
  updateGoal as updateGoalRow,
  updateTheme as updateThemeRow,
} from '#src/strategy/strategy-repo.ts';
import { dayOf, presentGoal, presentTheme, type GoalCreate, type GoalUpdate, type ThemeCreate, type ThemeUpdate } from '#src/strategy/strategy-schema.ts';

/** The cluster's themes with their goals and milestones (public content), and how the actor stands to the cluster. */
export async function getStrategy(ctx: Ctx, ref: string) {
  const { cluster, access } = await clusterWithAccess(ctx, ref);
  const themes = await findThemes(ctx.db, cluster.id);
  const goals = await findGoals(ctx.db, themes.map((t) => t.id));
  const today = dayOf(ctx.clock());
  const milestones = await presentMilestones(ctx, await findMilestones(ctx.db, goals.map((g) => g.id)), access === 'manager', today);
  return {
    cluster,
    access,
    today,
    themes: themes.map((t) =>
      presentTheme(t, goals.filter((g) => g.theme_id === t.id).map((g) => presentGoal(g, milestones.filter((m) => m.goalId === g.id))))),
  };
}

/** Creates a theme at the end of the cluster's list (its managers). */
export async function createTheme(ctx: Ctx, ref: string, input: ThemeCreate) {
  const cluster = await managedCluster(ctx, ref);
  const id = await ctx.db.transaction().execute((trx) =>
    insertTheme(trx, { cluster_id: cluster.id, kind: input.kind, title: JSON.stringify(input.title), description: JSON.stringify(input.description) }));
  return themeById(ctx, cluster.slug, id);
}

async function themeById(ctx: Ctx, ref: string, id: string) {
  const strategy = await getStrategy(ctx, ref);
  return strategy.themes.find((t) => t.id === id)!;
}

/** Changes a theme's kind, title or description (its cluster's managers). */
export async function updateTheme(ctx: Ctx, id: string, input: ThemeUpdate) {
  const theme = await managedTheme(ctx, id);
  await ctx.db.transaction().execute((trx) =>
    updateThemeRow(trx, id, {
      ...(input.kind === undefined ? {} : { kind: input.kind }),
      ...(input.title === undefined ? {} : { title: JSON.stringify(input.title) }),
      ...(input.description === undefined ? {} : { description: JSON.stringify(input.description) }),
    }, ctx.clock()));
  return themeById(ctx, theme.cluster_id, id);
}

/** Deletes a theme with its goals, milestones and ideas (its cluster's managers). */
export async function deleteTheme(ctx: Ctx, id: string): Promise<void> {
  await managedTheme(ctx, id);
  await ctx.db.transaction().execute((trx) => deleteThemeRow(trx, id));
}

/** Puts the cluster's themes into the order of `ids`, which must name each of them once. */
export async function reorderThemes(ctx: Ctx, ref: string, ids: string[]) {
  const cluster = await managedCluster(ctx, ref);
  await ctx.db.transaction().execute(async (trx) => {
    requireSameSet(ids, (await findThemes(trx, cluster.id)).map((t) => t.id), 'themes');
    await reorder(trx, 'strategy_themes', ids);
  });
  return getStrategy(ctx, cluster.slug);
}

/** 422 unless `ids` names each of `known` exactly once. */
function requireSameSet(ids: string[], known: string[], what: string): void {
  const given = new Set(ids);
  if (given.size !== ids.length || given.size !== known.length || known.some((id) => !given.has(id))) {
    throw invalid(`ids: name each of the ${known.length} ${what} exactly once`, [{ field: 'ids', message: `name each of the ${known.length} ${what} exactly once` }]);
  }
}

/** Adds a goal at the end of a theme's goals (the cluster's managers). */
export async function createGoal(ctx: Ctx, themeId: string, input: GoalCreate) {
  const theme = await managedTheme(ctx, themeId);
  const id = await ctx.db.transaction().execute((trx) =>
    insertGoal(trx, { theme_id: themeId, title: JSON.stringify(input.title), description: JSON.stringify(input.description) }));
  return goalById(ctx, theme.cluster_id, themeId, id);
}

async function goalById(ctx: Ctx, clusterId: string, themeId: string, id: string) {
  const theme = await themeById(ctx, clusterId, themeId);
  return theme.goals.find((g) => g.id === id)!;
}

/** Changes a goal's title or description (the cluster's managers). */
export async function updateGoal(ctx: Ctx, id: string, input: GoalUpdate) {
  const goal = await managedGoal(ctx, id);
  await ctx.db.transaction().execute((trx) =>
    updateGoalRow(trx, id, {
      ...(input.title === undefined ? {} : { title: JSON.stringify(input.title) }),
      ...(input.description === undefined ? {} : { description: JSON.stringify(input.description) }),
    }));
  return goalById(ctx, goal.cluster_id, goal.theme_id, id);
}

/** Deletes a goal with its milestones (the cluster's managers). */
export async function deleteGoal(ctx: Ctx, id: string): Promise<void> {
  await managedGoal(ctx, id);
  await ctx.db.transaction().execute((trx) => deleteGoalRow(trx, id));
}

/** Puts a theme's goals into the order of `ids`, which must name each of them once. */
export async function reorderGoals(ctx: Ctx, themeId: string, ids: string[]) {
  const theme = await managedTheme(ctx, themeId);
  await ctx.db.transaction().execute(async (trx) => {
    requireSameSet(ids, (await findGoals(trx, [themeId])).map((g) => g.id), 'goals');
    await reorder(trx, 'strategy_goals', ids);
  });
  return themeById(ctx, theme.cluster_id, themeId);
}
