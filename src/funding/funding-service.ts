// The funding catalogue: instruments and calls listed for every cluster (admins keep those) or for one cluster family
// (its managers keep those); anyone reads them, as a cluster's website would show them.
import { clusterFamily } from '#src/auth/cluster-access.ts';
import { isAdmin, requireAdmin, requireClusterManager, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { LocalizedText } from '#src/db/types.ts';
import { invalid, notFound } from '#src/errors.ts';
import { daysUntil } from '#src/funding/funding-days.ts';
import { enqueueCallReminders } from '#src/funding/funding-reminder-jobs.ts';
import {
  deleteCallRow,
  deleteInstrumentRow,
  findCall,
  findCalls,
  findInstrument,
  findInstruments,
  insertCall,
  insertInstrument,
  updateCallRow,
  updateInstrumentRow,
  type CallRow,
} from '#src/funding/funding-repo.ts';
import type { CallCreate, CallOut, CallUpdate, InstrumentCreate, InstrumentOut, InstrumentUpdate } from '#src/funding/funding-schema.ts';
import { standingOf, type Standing } from '#src/pipeline/pipeline-access.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import { findCluster } from '#src/registry/cluster-service.ts';

const field = (name: string, message: string) => invalid(`${name}: ${message}`, [{ field: name, message }]);
const canKeep = (s: Standing, ctx: Ctx, clusterId: string | null) => (clusterId === null ? isAdmin(ctx.actor) : s.manages(clusterId));

/** Throws unless the actor keeps rows listed for `clusterId`: admins the global ones, managers their cluster's. */
async function requireKeeper(ctx: Ctx, clusterId: string | null): Promise<void> {
  if (clusterId === null) return requireAdmin(ctx.actor);
  requireUser(ctx.actor);
  const cluster = await ctx.db.selectFrom('clusters').select('id').where('id', '=', clusterId).executeTakeFirst();
  if (!cluster) throw field('clusterId', 'no such cluster');
  await requireClusterManager(ctx, clusterId);
}

/** The instruments listed for the cluster (its family's and the global ones), by level, category and name. */
export async function listInstruments(ctx: Ctx, ref: string, filter: { level?: string | undefined; category?: string | undefined }) {
  const cluster = await findCluster(ctx, ref);
  const family = await clusterFamily(ctx.db, cluster.id);
  const s = await standingOf(ctx);
  const rows = (await findInstruments(ctx.db, family, ctx.clock()))
    .filter((r) => (!filter.level || r.level === filter.level) && (!filter.category || r.category === filter.category));
  return { items: rows.map((r): InstrumentOut => ({
    id: r.id, clusterId: r.cluster_id, level: r.level, category: r.category, name: r.name, funder: r.funder, description: r.description,
    url: r.url, openCalls: Number(r.open_calls ?? 0), canEdit: canKeep(s, ctx, r.cluster_id),
  })) };
}

/** A call as the API shows it, with the days left at `now`. */
export function presentCall(row: CallRow, now: Date, canEdit: boolean): CallOut {
  const deadline = new Date(row.deadline);
  return {
    id: row.id, clusterId: row.cluster_id,
    instrument: row.instrument_id === null || row.instrument_name === null ? null : {
      id: row.instrument_id, name: row.instrument_name as LocalizedText, level: row.instrument_level!, category: row.instrument_category!, funder: row.instrument_funder ?? '',
    },
    title: row.title, description: row.description, opensOn: row.opens_on, deadline: isoTime(deadline),
    daysLeft: daysUntil(now, deadline), open: deadline > now, url: row.url, budget: row.budget,
    followers: Number(row.followers ?? 0), following: Boolean(row.following), canEdit,
  };
}

/** The calls listed for the cluster, nearest deadline first (open ones unless `include` is all). */
export async function listCalls(ctx: Ctx, ref: string, include: 'open' | 'all') {
  const cluster = await findCluster(ctx, ref);
  const family = await clusterFamily(ctx.db, cluster.id);
  const s = await standingOf(ctx);
  const now = ctx.clock();
  const rows = await findCalls(ctx.db, family, s.userId, include === 'open' ? now : null);
  return { items: rows.map((r) => presentCall(r, now, canKeep(s, ctx, r.cluster_id))) };
}

/** One call. */
export async function getCall(ctx: Ctx, id: string) {
  const s = await standingOf(ctx);
  const row = await findCall(ctx.db, id, s.userId);
  if (!row) throw notFound('funding call', id);
  return presentCall(row, ctx.clock(), canKeep(s, ctx, row.cluster_id));
}

/** Adds an instrument to the catalogue of a cluster (its managers) or of every cluster (admins). */
export async function createInstrument(ctx: Ctx, input: InstrumentCreate) {
  await requireKeeper(ctx, input.clusterId);
  const id = await ctx.db.transaction().execute((trx) => insertInstrument(trx, {
    cluster_id: input.clusterId, level: input.level, category: input.category, name: JSON.stringify(input.name), funder: input.funder,
    description: JSON.stringify(input.description), url: input.url, created_at: ctx.clock().toISOString(),
  }));
  return instrumentOf(ctx, id);
}

async function instrumentOf(ctx: Ctx, id: string): Promise<InstrumentOut> {
  const row = await findInstrument(ctx.db, id);
  if (!row) throw notFound('funding instrument', id);
  const s = await standingOf(ctx);
  const calls = await ctx.db.selectFrom('funding_calls').select((e) => e.fn.countAll<number>().as('n')).where('instrument_id', '=', id).where('deadline', '>', ctx.clock()).executeTakeFirstOrThrow();
  return { id: row.id, clusterId: row.cluster_id, level: row.level, category: row.category, name: row.name, funder: row.funder, description: row.description, url: row.url, openCalls: Number(calls.n), canEdit: canKeep(s, ctx, row.cluster_id) };
}

/** Changes an instrument (its keepers). */
export async function updateInstrument(ctx: Ctx, id: string, input: InstrumentUpdate) {
  const row = await findInstrument(ctx.db, id);
  if (!row) throw notFound('funding instrument', id);
  await requireKeeper(ctx, row.cluster_id);
  await ctx.db.transaction().execute((trx) => updateInstrumentRow(trx, id, {
    ...(input.level === undefined ? {} : { level: input.level }), ...(input.category === undefined ? {} : { category: input.category }),
    ...(input.name === undefined ? {} : { name: JSON.stringify(input.name) }), ...(input.funder === undefined ? {} : { funder: input.funder }),
    ...(input.description === undefined ? {} : { description: JSON.stringify(input.description) }), ...(input.url === undefined ? {} : { url: input.url }),
  }));
  return instrumentOf(ctx, id);
}

/** Deletes an instrument; its calls stay, without instrument. */
export async function deleteInstrument(ctx: Ctx, id: string): Promise<void> {
  const row = await findInstrument(ctx.db, id);
  if (!row) throw notFound('funding instrument', id);
  await requireKeeper(ctx, row.cluster_id);
  await ctx.db.transaction().execute((trx) => deleteInstrumentRow(trx, id));
}

/** A call's instrument must be listed where the call is: a global call a global instrument, a cluster's either. */
async function requireInstrumentFor(ctx: Ctx, clusterId: string | null, instrumentId: string | null | undefined): Promise<void> {
  if (!instrumentId) return;
  const instrument = await findInstrument(ctx.db, instrumentId);
  const allowed = instrument !== undefined && (instrument.cluster_id === null
    || (clusterId !== null && (await clusterFamily(ctx.db, clusterId)).includes(instrument.cluster_id)));
  if (!allowed) throw field('instrumentId', 'not an instrument listed where this call is');
}

/** Adds a call (its keepers: admins for global calls, managers for their cluster's). */
export async function createCall(ctx: Ctx, input: CallCreate) {
  await requireKeeper(ctx, input.clusterId);
  await requireInstrumentFor(ctx, input.clusterId, input.instrumentId);
  const now = ctx.clock();
  const id = await ctx.db.transaction().execute((trx) => insertCall(trx, {
    cluster_id: input.clusterId, instrument_id: input.instrumentId, title: input.title, description: input.description, opens_on: input.opensOn,
    deadline: input.deadline, url: input.url, budget: input.budget, created_at: now.toISOString(), updated_at: now.toISOString(),
  }));
  return getCall(ctx, id);
}

/** Changes a call; a new deadline gets its reminders queued. */
export async function updateCall(ctx: Ctx, id: string, input: CallUpdate) {
  const row = await findCall(ctx.db, id);
  if (!row) throw notFound('funding call', id);
  await requireKeeper(ctx, row.cluster_id);
  await requireInstrumentFor(ctx, row.cluster_id, input.instrumentId);
  const pick = <K extends keyof CallUpdate>(key: K, column: string) => (input[key] === undefined ? {} : { [column]: input[key] });
  await ctx.db.transaction().execute(async (trx) => {
    await updateCallRow(trx, id, {
      ...pick('instrumentId', 'instrument_id'), ...pick('title', 'title'), ...pick('description', 'description'), ...pick('opensOn', 'opens_on'),
      ...pick('deadline', 'deadline'), ...pick('url', 'url'), ...pick('budget', 'budget'),
    }, ctx.clock());
    if (input.deadline !== undefined) await enqueueCallReminders(trx, id, new Date(input.deadline), ctx.clock());
  });
  return getCall(ctx, id);
}

/** Deletes a call with its follows; pipeline funding rows keep their amounts without the call. */
export async function deleteCall(ctx: Ctx, id: string): Promise<void> {
  const row = await findCall(ctx.db, id);
  if (!row) throw notFound('funding call', id);
  await requireKeeper(ctx, row.cluster_id);
  await ctx.db.transaction().execute((trx) => deleteCallRow(trx, id));
}
