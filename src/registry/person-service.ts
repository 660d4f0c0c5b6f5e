// People: contacts of organisations, listed publicly only with consent; written by the organisation's editors.
import { requireAdmin, requireOrganizationEditor, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { invalid, notFound } from '#src/errors.ts';
import { decodeCursor, pageOf } from '#src/registry/cursor.ts';
import {
  deletePersonRow,
  findPeople,
  findPerson,
  findVisiblePerson,
  insertPerson,
  organizationExists,
  updatePersonRow,
} from '#src/registry/person-repo.ts';
import { presentPerson, type PersonCreate, type PersonRow, type PersonUpdate } from '#src/registry/person-schema.ts';
import { viewerEdits, viewerOf, type Viewer } from '#src/registry/visibility.ts';

const signedIn = (ctx: Ctx) => ctx.actor.kind !== 'anonymous';

/** Contact data: to the organisation's editors and admins, and to signed-in users when the person consented. */
function present(ctx: Ctx, viewer: Viewer, row: PersonRow) {
  return presentPerson(row, viewerEdits(viewer, row.organization_id) || (signedIn(ctx) && row.consent_listed));
}

/** A page of the people the actor may see. */
export async function listPeople(
  ctx: Ctx,
  query: { organization?: string | undefined; q?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const viewer = await viewerOf(ctx);
  const rows = await findPeople(ctx.db, viewer, signedIn(ctx), {
    organizationId: query.organization,
    q: query.q,
    after: query.cursor === undefined ? undefined : decodeCursor(query.cursor, 3),
    limit: query.limit,
  });
  return pageOf(rows, query.limit, (r) => [r.family_name, r.given_name, r.id], (r) => present(ctx, viewer, r));
}

/** One person, if the actor may see them (else not found, so hidden people stay hidden). */
export async function getPerson(ctx: Ctx, id: string) {
  const viewer = await viewerOf(ctx);
  const row = await findVisiblePerson(ctx.db, viewer, signedIn(ctx), id);
  if (!row) throw notFound('person', id);
  return present(ctx, viewer, row);
}

async function requireEditorOf(ctx: Ctx, organizationId: string | null): Promise<void> {
  if (organizationId === null) requireAdmin(ctx.actor);
  else await requireOrganizationEditor(ctx, organizationId);
}

/** Throws `invalid` naming `organizationId` unless that organisation exists. */
export async function requireOrganization(ctx: Ctx, organizationId: string): Promise<void> {
  if (!(await organizationExists(ctx.db, organizationId))) {
    throw invalid(`organizationId: no organisation ${organizationId}`, [{ field: 'organizationId', message: 'no such organisation' }]);
  }
}

/** Adds a contact to an organisation the actor edits. */
export async function createPerson(ctx: Ctx, input: PersonCreate) {
  await requireOrganizationEditor(ctx, input.organizationId);
  await requireOrganization(ctx, input.organizationId);
  const id = await insertPerson(ctx.db, {
    organization_id: input.organizationId,
    given_name: input.givenName,
    family_name: input.familyName,
    job_title: input.jobTitle ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    consent_listed: input.consentListed,
    visibility: input.visibility,
  });
  return getPerson(ctx, id);
}

/** Changes a contact; moving them to another organisation needs the right to edit both. */
export async function updatePerson(ctx: Ctx, id: string, input: PersonUpdate) {
  requireUser(ctx.actor);
  const row = await findPerson(ctx.db, id);
  if (!row) throw notFound('person', id);
  await requireEditorOf(ctx, row.organization_id);
  if (input.organizationId !== undefined && input.organizationId !== row.organization_id) {
    await requireOrganizationEditor(ctx, input.organizationId);
    await requireOrganization(ctx, input.organizationId);
  }
  await updatePersonRow(ctx.db, id, {
    ...(input.organizationId === undefined ? {} : { organization_id: input.organizationId }),
    ...(input.givenName === undefined ? {} : { given_name: input.givenName }),
    ...(input.familyName === undefined ? {} : { family_name: input.familyName }),
    ...(input.jobTitle === undefined ? {} : { job_title: input.jobTitle }),
    ...(input.email === undefined ? {} : { email: input.email }),
    ...(input.phone === undefined ? {} : { phone: input.phone }),
    ...(input.consentListed === undefined ? {} : { consent_listed: input.consentListed }),
    ...(input.visibility === undefined ? {} : { visibility: input.visibility }),
  }, ctx.clock());
  return getPerson(ctx, id);
}

/** Removes a contact. */
export async function deletePerson(ctx: Ctx, id: string): Promise<void> {
  requireUser(ctx.actor);
  const row = await findPerson(ctx.db, id);
  if (!row) throw notFound('person', id);
  await requireEditorOf(ctx, row.organization_id);
  await deletePersonRow(ctx.db, id);
}
