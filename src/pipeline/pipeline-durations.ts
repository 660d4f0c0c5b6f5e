// How long projects stay in each stage, from their stage history (pure): a project's time in a stage is the sum of
// its stays there, each from the change into the stage to the next change, the current stay counted up to now.
import type { PipelineStage } from '#src/db/types-cluster.ts';

export type DurationProject = { id: string; stage: PipelineStage; stageEnteredAt: Date };
export type DurationChange = { projectId: string; toStage: PipelineStage; changedAt: Date };
export type StageStatistic = { stage: PipelineStage; projects: number; current: number; meanDays: number | null; medianDays: number | null };

const DAY = 86_400_000;
/** Days with one decimal: what a board shows, and exact for whole days. */
const roundDays = (days: number) => Math.round(days * 10) / 10;

/** The stays of one project as [stage, start, end], oldest first; without history, its current stage since it was entered. */
export function stays(project: DurationProject, changes: DurationChange[], now: Date): Array<[PipelineStage, Date, Date]> {
  const sorted = [...changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  if (sorted.length === 0) return [[project.stage, project.stageEnteredAt, now]];
  return sorted.map((c, i) => [c.toStage, c.changedAt, sorted[i + 1]?.changedAt ?? now]);
}

/** The median of a non-empty list. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Per stage (in `stages` order): how many projects spent time in it, how many are in it now, and the mean and median
 * of the days each of those projects spent there in all (null when none did).
 */
export function stageStatistics(stages: readonly PipelineStage[], projects: DurationProject[], changes: DurationChange[], now: Date): StageStatistic[] {
  const byProject = new Map<string, DurationChange[]>();
  for (const c of changes) byProject.set(c.projectId, [...(byProject.get(c.projectId) ?? []), c]);
  const daysByStage = new Map<PipelineStage, number[]>(stages.map((s) => [s, []]));
  for (const project of projects) {
    const total = new Map<PipelineStage, number>();
    for (const [stage, start, end] of stays(project, byProject.get(project.id) ?? [], now)) {
      total.set(stage, (total.get(stage) ?? 0) + Math.max(0, end.getTime() - start.getTime()) / DAY);
    }
    for (const [stage, days] of total) daysByStage.get(stage)?.push(days);
  }
  return stages.map((stage) => {
    const days = daysByStage.get(stage)!;
    return {
      stage,
      projects: days.length,
      current: projects.filter((p) => p.stage === stage).length,
      meanDays: days.length === 0 ? null : roundDays(days.reduce((a, b) => a + b, 0) / days.length),
      medianDays: days.length === 0 ? null : roundDays(median(days)),
    };
  });
}
