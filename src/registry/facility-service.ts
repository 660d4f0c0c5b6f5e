// Facilities and resources an organisation offers besides people; written by the organisation's editors.
import { requireOrganizationEditor, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { notFound } from '#src/errors.ts';
import { requireKnownCompetences } from '#src/registry/competence-service.ts';
import { decodeCursor, pageOf } from '#src/registry/cursor.ts';
import {
  deleteFacilityRow,
  findFacilities,
  findFacilityOwner,
  findVisibleFacility,
  insertFacility,
  updateFacilityRow,
} from '#src/registry/facility-repo.ts';
import { presentFacility, type FacilityCreate, type FacilityRow, type FacilityUpdate } from '#src/registry/facility-schema.ts';
import { requireOrganization } from '#src/registry/person-service.ts';
import { viewerOf } from '#src/registry/visibility.ts';

/** A page of the facilities the actor may see. */
export async function listFacilities(
  ctx: Ctx,
  query: { organization?: string; kind?: FacilityRow['kind']; competence?: string; limit: number; cursor?: string },
) {
  const rows = await findFacilities(ctx.db, await viewerOf(ctx), {
    organizationId: query.organization,
    kind: query.kind,
    competenceId: query.competence,
    after: query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2),
    limit: query.limit,
  });
  return pageOf(rows, query.limit, (r) => [r.name, r.id], presentFacility);
}

/** One facility, if the actor may see it. */
export async function getFacility(ctx: Ctx, id: string) {
  const row = await findVisibleFacility(ctx.db, await viewerOf(ctx), id);
  if (!row) throw notFound('facility', id);
  return presentFacility(row);
}

/** Adds a facility to an organisation the actor edits. */
export async function createFacility(ctx: Ctx, input: FacilityCreate) {
  await requireOrganizationEditor(ctx, input.organizationId);
  await requireOrganization(ctx, input.organizationId);
  await requireKnownCompetences(ctx, input.competenceIds, 'competenceIds');
  const id = await insertFacility(ctx.db, {
    organization_id: input.organizationId,
    kind: input.kind,
    name: input.name,
    description: JSON.stringify(input.description),
    competence_ids: input.competenceIds,
    access: input.access,
    visibility: input.visibility,
  });
  return getFacility(ctx, id);
}

async function requireFacilityEditor(ctx: Ctx, id: string): Promise<void> {
  requireUser(ctx.actor);
  const owner = await findFacilityOwner(ctx.db, id);
  if (owner === undefined) throw notFound('facility', id);
  await requireOrganizationEditor(ctx, owner);
}

/** Changes a facility of an organisation the actor edits. */
export async function updateFacility(ctx: Ctx, id: string, input: FacilityUpdate) {
  await requireFacilityEditor(ctx, id);
  await requireKnownCompetences(ctx, input.competenceIds, 'competenceIds');
  await updateFacilityRow(ctx.db, id, {
    ...(input.kind === undefined ? {} : { kind: input.kind }),
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.description === undefined ? {} : { description: JSON.stringify(input.description) }),
    ...(input.competenceIds === undefined ? {} : { competence_ids: input.competenceIds }),
    ...(input.access === undefined ? {} : { access: input.access }),
    ...(input.visibility === undefined ? {} : { visibility: input.visibility }),
  }, ctx.clock());
  return getFacility(ctx, id);
}

/** Removes a facility of an organisation the actor edits. */
export async function deleteFacility(ctx: Ctx, id: string): Promise<void> {
  await requireFacilityEditor(ctx, id);
  await deleteFacilityRow(ctx.db, id);
}
