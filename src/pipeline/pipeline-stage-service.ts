// Moving a project through the stages: the move names the stage it saw, so a concurrent move answers 409 instead of
// writing a history that skips or repeats a stage; the move and its history row commit together.
import type { Ctx } from '#src/context.ts';
import { conflict, invalid } from '#src/errors.ts';
import { editableProject } from '#src/pipeline/pipeline-access.ts';
import { findProject, insertStageChange, moveStageIfAt } from '#src/pipeline/pipeline-repo.ts';
import type { StageMove } from '#src/pipeline/pipeline-schema.ts';
import { projectAfterWrite } from '#src/pipeline/pipeline-service.ts';

/** Moves project `id` from stage `from` (as the mover saw it) to `to`, recording the change. */
export async function moveStage(ctx: Ctx, id: string, move: StageMove) {
  await editableProject(ctx, id);
  if (move.from === move.to) throw invalid('to: the project is already in this stage', [{ field: 'to', message: 'must differ from from' }]);
  const at = ctx.clock();
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await moveStageIfAt(trx, id, move.from, move.to, at))) {
      const current = await findProject(trx, id);
      throw conflict(`the project is in stage ${current?.stage ?? 'unknown'} now, not ${move.from}; reload and try again`, { currentStage: current?.stage ?? null });
    }
    await insertStageChange(trx, { projectId: id, from: move.from, to: move.to, at, by: userId, note: move.note });
  });
  return projectAfterWrite(ctx, id);
}
