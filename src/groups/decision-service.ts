// Decisions of a group: recorded by its leads and the cluster's managers, each with its date and, optionally, the
// workshop that took it; read by the cluster's members.
import type { Ctx } from '#src/context.ts';
import { invalid, notFound } from '#src/errors.ts';
import { insiderGroup, runnerGroup } from '#src/groups/group-access.ts';
import { deleteDecisionRow, findDecision, findDecisions, insertDecision, updateDecisionRow } from '#src/groups/task-repo.ts';
import { presentDecision, type DecisionCreate, type DecisionUpdate } from '#src/groups/task-schema.ts';
import { findWorkshop } from '#src/groups/workshop-repo.ts';

/** Throws `invalid` (naming `workshopId`) unless the workshop belongs to the group. */
export async function requireGroupWorkshop(ctx: Ctx, groupId: string, workshopId: string | null | undefined): Promise<void> {
  if (!workshopId) return;
  const workshop = await findWorkshop(ctx.db, workshopId);
  if (workshop?.group_id !== groupId) throw invalid('workshopId: not a workshop of this group', [{ field: 'workshopId', message: 'not a workshop of this group' }]);
}

/** A group's decisions, newest first (members of the cluster). */
export async function listDecisions(ctx: Ctx, groupId: string) {
  await insiderGroup(ctx, groupId);
  return { items: (await findDecisions(ctx.db, groupId)).map(presentDecision) };
}

/** Records a decision of the group (its leads and the cluster's managers). */
export async function createDecision(ctx: Ctx, groupId: string, input: DecisionCreate) {
  await runnerGroup(ctx, groupId);
  await requireGroupWorkshop(ctx, groupId, input.workshopId);
  const createdBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const id = await ctx.db.transaction().execute((trx) =>
    insertDecision(trx, { group_id: groupId, workshop_id: input.workshopId, text: input.text, decided_on: input.decidedOn, created_by: createdBy }));
  return presentDecision((await findDecision(ctx.db, id))!);
}

async function runnerDecision(ctx: Ctx, id: string) {
  const decision = await findDecision(ctx.db, id);
  if (!decision) throw notFound('decision', id);
  await runnerGroup(ctx, decision.group_id);
  return decision;
}

/** Changes a decision (the group's leads and the cluster's managers). */
export async function updateDecision(ctx: Ctx, id: string, input: DecisionUpdate) {
  const decision = await runnerDecision(ctx, id);
  await requireGroupWorkshop(ctx, decision.group_id, input.workshopId);
  await ctx.db.transaction().execute((trx) =>
    updateDecisionRow(trx, id, {
      ...(input.text === undefined ? {} : { text: input.text }),
      ...(input.decidedOn === undefined ? {} : { decided_on: input.decidedOn }),
      ...(input.workshopId === undefined ? {} : { workshop_id: input.workshopId }),
    }));
  return presentDecision((await findDecision(ctx.db, id))!);
}

/** Deletes a decision (the group's leads and the cluster's managers). */
export async function deleteDecision(ctx: Ctx, id: string): Promise<void> {
  await runnerDecision(ctx, id);
  await ctx.db.transaction().execute((trx) => deleteDecisionRow(trx, id));
}
