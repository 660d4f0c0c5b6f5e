// Production capacities for epidemic readiness: private to the organisation's editors and to the managers of the
// clusters it is an active member of; the managers ask who can make what is needed in a crisis.
import { clusterFamily } from '#src/auth/cluster-access.ts';
import { isAdmin, managedClusterIds, requireClusterManager, requireOrganizationEditor, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { ProductionCapacitiesTable } from '#src/db/types-cluster.ts';
import { forbidden, invalid, notFound } from '#src/errors.ts';
import { matchCapacities } from '#src/readiness/readiness-match.ts';
import {
  deleteCapacityRow,
  findCapacity,
  findEmdnTerm,
  findMemberCapacities,
  findOrganizationCapacities,
  findPersonOrganization,
  insertCapacity,
  isActiveMemberOf,
  updateCapacityRow,
} from '#src/readiness/readiness-repo.ts';
import {
  presentCapacity,
  type CapacityCreate,
  type CapacityRow,
  type CapacityUpdate,
  type Contact,
  type ReadinessAnswer,
  type ReadinessQuery,
} from '#src/readiness/readiness-schema.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import { findVisiblePerson } from '#src/registry/person-repo.ts';
import { requireOrganization } from '#src/registry/person-service.ts';
import { viewerEdits, viewerOf } from '#src/registry/visibility.ts';
import type { Updateable } from 'kysely';

/** Throws unless the actor edits the organisation or manages a cluster it is an active member of. */
export async function requireCapacityReader(ctx: Ctx, organizationId: string): Promise<void> {
  const actor = requireUser(ctx.actor);
  if (isAdmin(actor)) return;
  if (actor.kind === 'user' && actor.roles.some((r) => r.role === 'organization_editor' && r.scopeId === organizationId)) return;
  if (await isActiveMemberOf(ctx.db, organizationId, await managedClusterIds(ctx.db, actor))) return;
  throw forbidden('only the organisation’s editors and the managers of its clusters see its production capacities');
}

/** The contacts of the rows as the actor may see them (hidden people are left out; contact data as the registry allows). */
async function contactsOf(ctx: Ctx, rows: CapacityRow[]): Promise<Map<string, Contact>> {
  const viewer = await viewerOf(ctx);
  const ids = [...new Set(rows.flatMap((r) => (r.contact_person_id ? [r.contact_person_id] : [])))];
  const contacts = new Map<string, Contact>();
  for (const id of ids) {
    const person = await findVisiblePerson(ctx.db, viewer, true, id);
    if (!person) continue;
    const showContact = viewerEdits(viewer, person.organization_id) || person.consent_listed;
    contacts.set(id, {
      id,
      name: `${person.given_name} ${person.family_name}`.trim(),
      jobTitle: person.job_title,
      email: showContact ? person.email : null,
      phone: showContact ? person.phone : null,
    });
  }
  return contacts;
}

async function present(ctx: Ctx, rows: CapacityRow[]) {
  const contacts = await contactsOf(ctx, rows);
  return rows.map((r) => presentCapacity(r, r.contact_person_id ? (contacts.get(r.contact_person_id) ?? null) : null));
}

/** The capacities an organisation declared (its editors, the managers of its clusters). */
export async function listOrganizationCapacities(ctx: Ctx, organizationId: string) {
  await requireCapacityReader(ctx, organizationId);
  return { items: await present(ctx, await findOrganizationCapacities(ctx.db, organizationId)) };
}

async function requireContactOf(ctx: Ctx, organizationId: string, personId: string | null | undefined): Promise<void> {
  if (!personId) return;
  const person = await findPersonOrganization(ctx.db, personId);
  if (person?.organization_id !== organizationId) {
    throw invalid('contactPersonId: not a person of this organisation', [{ field: 'contactPersonId', message: 'not a person of this organisation' }]);
  }
}

function columnsOf(input: CapacityUpdate): Updateable<ProductionCapacitiesTable> {
  return {
    ...(input.emdnCode === undefined ? {} : { emdn_code: input.emdnCode }),
    ...(input.product === undefined ? {} : { product: input.product }),
    ...(input.capacityPerWeek === undefined ? {} : { capacity_per_week: input.capacityPerWeek }),
    ...(input.unit === undefined ? {} : { unit: input.unit }),
    ...(input.leadTimeWeeks === undefined ? {} : { lead_time_weeks: input.leadTimeWeeks }),
    ...(input.certifications === undefined ? {} : { certifications: [...new Set(input.certifications)] }),
    ...(input.contactPersonId === undefined ? {} : { contact_person_id: input.contactPersonId }),
    ...(input.notes === undefined ? {} : { notes: input.notes }),
  };
}

async function requireCapacity(ctx: Ctx, id: string): Promise<CapacityRow> {
  const row = await findCapacity(ctx.db, id);
  if (!row) throw notFound('capacity', id);
  return row;
}

async function presentOne(ctx: Ctx, id: string) {
  return (await present(ctx, [await requireCapacity(ctx, id)]))[0]!;
}

/** Declares a capacity of an organisation the actor edits. */
export async function createCapacity(ctx: Ctx, organizationId: string, input: CapacityCreate) {
  await requireCapacityReader(ctx, organizationId);
  await requireOrganizationEditor(ctx, organizationId);
  await requireOrganization(ctx, organizationId);
  await requireContactOf(ctx, organizationId, input.contactPersonId);
  const id = await ctx.db.transaction().execute((trx) =>
    insertCapacity(trx, { organization_id: organizationId, ...columnsOf(input), product: input.product, capacity_per_week: input.capacityPerWeek, lead_time_weeks: input.leadTimeWeeks }),
  );
  return presentOne(ctx, id);
}

/** Changes a capacity (the organisation's editors). */
export async function updateCapacity(ctx: Ctx, id: string, input: CapacityUpdate) {
  requireUser(ctx.actor);
  const row = await requireCapacity(ctx, id);
  await requireCapacityReader(ctx, row.organization_id);
  await requireOrganizationEditor(ctx, row.organization_id);
  await requireContactOf(ctx, row.organization_id, input.contactPersonId);
  await ctx.db.transaction().execute((trx) => updateCapacityRow(trx, id, columnsOf(input), ctx.clock()));
  return presentOne(ctx, id);
}

/** Deletes a capacity (the organisation's editors). */
export async function deleteCapacity(ctx: Ctx, id: string): Promise<void> {
  requireUser(ctx.actor);
  const row = await requireCapacity(ctx, id);
  await requireCapacityReader(ctx, row.organization_id);
  await requireOrganizationEditor(ctx, row.organization_id);
  await ctx.db.transaction().execute((trx) => deleteCapacityRow(trx, id));
}

/** The clusters a query covers: a cluster with its hubs, or one hub. */
async function scopeOf(ctx: Ctx, cluster: { id: string; parent_id: string | null }): Promise<string[]> {
  return cluster.parent_id === null ? clusterFamily(ctx.db, cluster.id) : [cluster.id];
}

/**
 * The crisis query (the cluster's managers): the active members of the cluster (and its hubs) that can make the
 * product within the lead time with the certifications, with their contacts, summed capacity and coverage.
 */
export async function queryReadiness(ctx: Ctx, ref: string, query: ReadinessQuery): Promise<ReadinessAnswer> {
  requireUser(ctx.actor);
  const cluster = await findCluster(ctx, ref);
  await requireClusterManager(ctx, cluster.id);
  const rows = await findMemberCapacities(ctx.db, await scopeOf(ctx, cluster), query.emdn);
  const capacities = (await present(ctx, rows)).map((c, i) => ({ ...c, city: rows[i]!.city, country: rows[i]!.country?.trim() ?? null }));
  const { matches, totals } = matchCapacities(capacities, query);
  return {
    cluster: { id: cluster.id, slug: cluster.slug, name: cluster.name },
    generatedAt: ctx.clock().toISOString(),
    query: {
      product: query.product || null,
      emdn: query.emdn ?? null,
      emdnTerm: query.emdn ? await findEmdnTerm(ctx.db, query.emdn) : null,
      quantity: query.quantity ?? null,
      minCapacity: query.minCapacity ?? null,
      withinWeeks: query.withinWeeks ?? null,
      certifications: query.certifications ?? [],
      unit: query.unit ?? null,
    },
    matches,
    totals,
  };
}
