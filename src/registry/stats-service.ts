// The registry's totals, for the CLI (`klynge stats`) and the public API.
import { isAdmin, readableLevels } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { countRegistry, type StatsCounts } from '#src/registry/stats-repo.ts';

/** Totals of what the actor may read: visitors see the public registry's totals, admins everything. */
export async function getStats(ctx: Ctx): Promise<StatsCounts> {
  return countRegistry(ctx.db, readableLevels(ctx.actor), isAdmin(ctx.actor));
}
