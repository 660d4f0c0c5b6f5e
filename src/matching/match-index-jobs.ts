// The matching index as background work: loaded or built when the server starts, so the first partner search
// does not wait for it (the full registry takes seconds); queries after a change rebuild it on demand.
import type { Db } from '#src/db/connect.ts';
import { enqueueJob, type JobHandler } from '#src/jobs/job-queue.ts';
import { currentMatchIndex } from '#src/matching/match-index-cache.ts';

export const MATCH_INDEX = 'match-index';

/** Queues loading the matching index (once: a queued or running job stands for this one). */
export async function enqueueMatchIndex(db: Db): Promise<boolean> {
  return (await enqueueJob(db, MATCH_INDEX, {}, { dedupeKey: MATCH_INDEX })).created;
}

/** The `match-index` job: brings the index up to the registry's data version, reporting each step. */
export const handleMatchIndex: JobHandler = async (ctx, _job, progress) => {
  const messages: Array<Promise<void>> = [];
  const index = await currentMatchIndex(ctx.db, (message) => {
    ctx.log.info(message);
    messages.push(progress({ message }));
  });
  await Promise.all(messages);
  await progress({ done: 1, total: 1, message: `matching index ready: ${index.organizations.id.length} organisations, ${index.projects.id.length} projects` });
};
