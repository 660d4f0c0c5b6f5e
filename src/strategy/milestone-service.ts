// Milestones of a cluster's goals (managers edit, everyone reads) and the roadmap: milestones over time, the late ones
// flagged against the server clock.
import type { Updateable } from 'kysely';
import { clusterFamily } from '#src/auth/cluster-access.ts';
import { isAdmin, readableLevels } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { MilestonesTable } from '#src/db/types-cluster.ts';
import { invalid } from '#src/errors.ts';
import { clusterWithAccess, managedCluster, managedGoal, managedMilestone } from '#src/strategy/strategy-access.ts';
import {
  deleteMilestone as deleteMilestoneRow,
  findGoals,
  findMilestone,
  findMilestones,
  findOwnerChoices,
  findOwners,
  findThemes,
  insertMilestone,
  ownersExist,
  updateMilestone as updateMilestoneRow,
} from '#src/strategy/strategy-repo.ts';
import {
  dayOf,
  presentMilestone,
  type MilestoneCreate,
  type MilestoneOut,
  type MilestoneRow,
  type MilestoneUpdate,
  type Owner,
  type RoadmapQuery,
} from '#src/strategy/strategy-schema.ts';

/**
 * Presents milestones with their owners' names: a person's only when listed with consent at a level the actor reads,
 * an organisation's when the actor may read it; the cluster's managers see every name they chose.
 */
export async function presentMilestones(ctx: Ctx, rows: MilestoneRow[], manager: boolean, today: string): Promise<MilestoneOut[]> {
  const facts = await findOwners(ctx.db, rows.flatMap((r) => (r.owner_person_id ? [r.owner_person_id] : [])), rows.flatMap((r) => (r.owner_organization_id ? [r.owner_organization_id] : [])));
  const levels = readableLevels(ctx.actor);
  const all = manager || isAdmin(ctx.actor);
  const ownerOf = (r: MilestoneRow): Owner => {
    if (r.owner_person_id) {
      const p = facts.people.get(r.owner_person_id);
      const shown = p !== undefined && (all || (p.consent && levels.includes(p.visibility)));
      return { kind: 'person', id: shown ? r.owner_person_id : null, name: shown ? p.name : '' };
    }
    if (r.owner_organization_id) {
      const o = facts.organizations.get(r.owner_organization_id);
      const shown = o !== undefined && (all || levels.includes(o.visibility));
      return { kind: 'organization', id: shown ? r.owner_organization_id : null, name: shown ? o.name : '' };
    }
    return r.owner_name ? { kind: 'name', id: null, name: r.owner_name } : null;
  };
  return rows.map((r) => {
    const out = presentMilestone(r, ownerOf(r), today);
    // Hidden owners stay hidden in the raw fields too.
    return all ? out : { ...out, ownerPersonId: out.owner?.kind === 'person' ? out.owner.id : null, ownerOrganizationId: out.owner?.kind === 'organization' ? out.owner.id : null };
  });
}

type Columns = Updateable<MilestonesTable>;

/** The columns of a create or change, with the rules the schema cannot state (one owner; done date only when done). */
async function columnsOf(ctx: Ctx, input: MilestoneUpdate, before: MilestoneRow | undefined): Promise<Columns> {
  const ownerGiven = input.ownerPersonId !== undefined || input.ownerOrganizationId !== undefined || input.ownerName !== undefined;
  const owner = ownerGiven
    ? { owner_person_id: input.ownerPersonId ?? null, owner_organization_id: input.ownerOrganizationId ?? null, owner_name: input.ownerName?.trim() || null }
    : {};
  const owners = [owner.owner_person_id, owner.owner_organization_id, owner.owner_name].filter((v) => v !== null && v !== undefined);
  if (owners.length > 1) throw invalid('owner: give a person, an organisation or a name, not several', [{ field: 'ownerPersonId', message: 'give one owner only' }]);
  const exist = await ownersExist(ctx.db, owner.owner_person_id ?? null, owner.owner_organization_id ?? null);
  if (!exist.person) throw invalid('ownerPersonId: no such person', [{ field: 'ownerPersonId', message: 'no such person' }]);
  if (!exist.organization) throw invalid('ownerOrganizationId: no such organisation', [{ field: 'ownerOrganizationId', message: 'no such organisation' }]);
  const status = input.status ?? before?.status ?? 'planned';
  let doneOn = input.doneOn === undefined ? (before?.done_on ?? null) : input.doneOn;
  if (status !== 'done' && input.doneOn) throw invalid('doneOn: only a done milestone has a done date', [{ field: 'doneOn', message: 'only for status done' }]);
  if (status !== 'done') doneOn = null;
  else if (doneOn === null) doneOn = dayOf(ctx.clock());
  return {
    ...(input.title === undefined ? {} : { title: JSON.stringify(input.title) }),
    ...(input.description === undefined ? {} : { description: JSON.stringify(input.description) }),
    ...(input.horizon === undefined ? {} : { horizon: input.horizon }),
    ...(input.dueDate === undefined ? {} : { due_date: input.dueDate }),
    ...(input.evidence === undefined ? {} : { evidence: input.evidence }),
    ...owner,
    status,
    done_on: doneOn,
  };
}

async function milestoneOut(ctx: Ctx, id: string): Promise<MilestoneOut> {
  const row = (await findMilestone(ctx.db, id))!;
  return (await presentMilestones(ctx, [row], true, dayOf(ctx.clock())))[0]!;
}

/** Adds a milestone at the end of a goal's milestones (the cluster's managers). */
export async function createMilestone(ctx: Ctx, goalId: string, input: MilestoneCreate): Promise<MilestoneOut> {
  await managedGoal(ctx, goalId);
  const columns = await columnsOf(ctx, input, undefined);
  const id = await ctx.db.transaction().execute((trx) =>
    insertMilestone(trx, { ...columns, goal_id: goalId, title: JSON.stringify(input.title), horizon: input.horizon, description: JSON.stringify(input.description) }));
  return milestoneOut(ctx, id);
}

/** Changes a milestone (the cluster's managers): setting one owner field clears the others. */
export async function updateMilestone(ctx: Ctx, id: string, input: MilestoneUpdate): Promise<MilestoneOut> {
  const before = await managedMilestone(ctx, id);
  const columns = await columnsOf(ctx, input, before);
  await ctx.db.transaction().execute((trx) => updateMilestoneRow(trx, id, columns, ctx.clock()));
  return milestoneOut(ctx, id);
}

/** Deletes a milestone (the cluster's managers). */
export async function deleteMilestone(ctx: Ctx, id: string): Promise<void> {
  await managedMilestone(ctx, id);
  await ctx.db.transaction().execute((trx) => deleteMilestoneRow(trx, id));
}

/** The cluster's milestones over time, filtered, with counts and the late ones flagged (public, like the themes). */
export async function getRoadmap(ctx: Ctx, ref: string, query: RoadmapQuery) {
  const { cluster, access } = await clusterWithAccess(ctx, ref);
  const today = dayOf(ctx.clock());
  const themes = await findThemes(ctx.db, cluster.id);
  const goals = await findGoals(ctx.db, themes.map((t) => t.id));
  const all = await presentMilestones(ctx, await findMilestones(ctx.db, goals.map((g) => g.id)), access === 'manager', today);
  const themeOrder = new Map(themes.map((t, i) => [t.id, i]));
  const goalOf = new Map(goals.map((g) => [g.id, g]));
  const themeOf = new Map(themes.map((t) => [t.id, t]));
  const items = all
    .map((m) => {
      const goal = goalOf.get(m.goalId)!;
      const theme = themeOf.get(goal.theme_id)!;
      return { ...m, theme: { id: theme.id, kind: theme.kind, title: theme.title }, goal: { id: goal.id, title: goal.title }, order: [themeOrder.get(theme.id)!, goal.position, m.position] };
    })
    .filter((m) => (query.theme === undefined || m.theme.id === query.theme) && (query.status === undefined || m.status === query.status)
      && (query.horizon === undefined || m.horizon === query.horizon) && (query.late === undefined || m.late === query.late))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]! || a.order[2]! - b.order[2]!)
    .map(({ order: _order, ...m }) => m);
  const count = <K extends string>(keys: readonly K[], key: (m: (typeof items)[number]) => K) =>
    Object.fromEntries(keys.map((k) => [k, items.filter((m) => key(m) === k).length])) as Record<K, number>;
  return {
    today,
    items,
    counts: {
      total: items.length,
      late: items.filter((m) => m.late).length,
      byStatus: count(['planned', 'on_track', 'at_risk', 'done'] as const, (m) => m.status),
      byHorizon: count(['short', 'medium', 'long'] as const, (m) => m.horizon),
    },
    themes: themes.map((t) => ({ id: t.id, kind: t.kind, title: t.title })),
  };
}

/** The member organisations of the cluster's family and their consenting people, to pick a milestone's owner (managers). */
export async function getOwnerChoices(ctx: Ctx, ref: string) {
  const cluster = await managedCluster(ctx, ref);
  return findOwnerChoices(ctx.db, await clusterFamily(ctx.db, cluster.id));
}
