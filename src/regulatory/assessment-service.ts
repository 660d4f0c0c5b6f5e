// Saved questionnaires: a signed-in user saves, resumes, lists and deletes their own; a share token opens one
// read-only to anyone holding it; a saved one becomes a product of an organisation the user edits.
import { requireUser } from '#src/auth/policy.ts';
import { hashToken, newSessionToken } from '#src/auth/tokens.ts';
import type { Ctx } from '#src/context.ts';
import { AppError, forbidden, invalid, notFound } from '#src/errors.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import { viewerOf } from '#src/registry/visibility.ts';
import {
  deleteAssessmentRow,
  findAssessment,
  findSharedAssessment,
  findUserAssessments,
  insertAssessment,
  updateAssessmentRow,
  type AssessmentRow,
} from '#src/regulatory/assessment-repo.ts';
import type { AssessmentCreate, AssessmentProduct, AssessmentUpdate } from '#src/regulatory/assessment-schema.ts';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';
import { qualificationOutcome } from '#src/regulatory/product-qualification.ts';
import { findVisibleProduct } from '#src/regulatory/product-repo.ts';
import { createProduct } from '#src/regulatory/product-service.ts';

/** The signed-in user's id: assessments belong to a person (the operator's CLI has none). */
function requirePerson(ctx: Ctx): string {
  const actor = requireUser(ctx.actor);
  if (actor.kind !== 'user') throw forbidden('saved questionnaires belong to a signed-in user');
  return actor.userId;
}

async function requireOwnAssessment(ctx: Ctx, id: string): Promise<AssessmentRow> {
  const userId = requirePerson(ctx);
  const row = await findAssessment(ctx.db, id);
  if (!row) throw notFound('assessment', id);
  if (row.user_id !== userId) throw forbidden('this saved questionnaire belongs to someone else');
  return row;
}

/** The class of the profile so far, or null while it is incomplete or invalid. */
function classificationSoFar(profile: Record<string, unknown>) {
  try {
    return classifyDevice(parseDeviceProfile(profile));
  } catch (err) {
    if (err instanceof AppError && err.code === 'invalid') return null;
    throw err;
  }
}

function presentShared(row: AssessmentRow) {
  return {
    name: row.name,
    regulation: row.regulation,
    answers: row.answers,
    profile: row.profile,
    classification: classificationSoFar(row.profile),
    qualification: qualificationOutcome(row.answers),
    updatedAt: isoTime(row.updated_at),
  };
}

function presentAssessment(row: AssessmentRow) {
  return {
    id: row.id,
    ...presentShared(row),
    productId: row.product_id,
    shared: row.share_token_hash !== null,
    sharedAt: row.shared_at === null ? null : isoTime(row.shared_at),
    createdAt: isoTime(row.created_at),
  };
}

async function requireVisibleProduct(ctx: Ctx, productId: string | null | undefined): Promise<void> {
  if (productId && !(await findVisibleProduct(ctx.db, await viewerOf(ctx), productId))) {
    throw invalid(`productId: no product ${productId}`, [{ field: 'productId', message: 'no such product' }]);
  }
}

/** The actor's saved questionnaires, most recently changed first. */
export async function listAssessments(ctx: Ctx) {
  return { items: (await findUserAssessments(ctx.db, requirePerson(ctx))).map(presentAssessment) };
}

/** One of the actor's saved questionnaires, to resume it. */
export async function getAssessment(ctx: Ctx, id: string) {
  return presentAssessment(await requireOwnAssessment(ctx, id));
}

/** Saves a questionnaire state for the actor. */
export async function createAssessment(ctx: Ctx, input: AssessmentCreate) {
  const userId = requirePerson(ctx);
  await requireVisibleProduct(ctx, input.productId);
  const id = await insertAssessment(ctx.db, {
    user_id: userId,
    name: input.name,
    regulation: input.regulation,
    answers: JSON.stringify(input.answers),
    profile: JSON.stringify(input.profile),
    product_id: input.productId,
  });
  return getAssessment(ctx, id);
}

/** Saves the questionnaire's new state (the fields given). */
export async function updateAssessment(ctx: Ctx, id: string, input: AssessmentUpdate) {
  await requireOwnAssessment(ctx, id);
  await requireVisibleProduct(ctx, input.productId);
  await updateAssessmentRow(ctx.db, id, {
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.regulation === undefined ? {} : { regulation: input.regulation }),
    ...(input.answers === undefined ? {} : { answers: JSON.stringify(input.answers) }),
    ...(input.profile === undefined ? {} : { profile: JSON.stringify(input.profile) }),
    ...(input.productId === undefined ? {} : { product_id: input.productId }),
  }, ctx.clock());
  return getAssessment(ctx, id);
}

/** Deletes one of the actor's saved questionnaires (its share link dies with it). */
export async function deleteAssessment(ctx: Ctx, id: string): Promise<void> {
  await requireOwnAssessment(ctx, id);
  await deleteAssessmentRow(ctx.db, id);
}

/** A new share token for the questionnaire (any earlier one stops working); only its hash is kept. */
export async function shareAssessment(ctx: Ctx, id: string) {
  await requireOwnAssessment(ctx, id);
  const token = newSessionToken();
  await updateAssessmentRow(ctx.db, id, { share_token_hash: hashToken(token), shared_at: ctx.clock() }, ctx.clock(), false);
  return { token, path: `/api/v1/regulatory/shared/${token}` };
}

/** Stops sharing the questionnaire. */
export async function revokeAssessmentShare(ctx: Ctx, id: string): Promise<void> {
  await requireOwnAssessment(ctx, id);
  await updateAssessmentRow(ctx.db, id, { share_token_hash: null, shared_at: null }, ctx.clock(), false);
}

/** The questionnaire shared under `token`, read-only, for anyone holding the token. */
export async function getSharedAssessment(ctx: Ctx, token: string) {
  const row = await findSharedAssessment(ctx.db, hashToken(token));
  if (!row) throw notFound('shared questionnaire');
  return presentShared(row);
}

/**
 * Turns a saved questionnaire into a product of an organisation the actor edits: its profile (which must now be
 * complete and valid) and qualification answers; the questionnaire is linked to the new product.
 */
export async function assessmentToProduct(ctx: Ctx, id: string, input: AssessmentProduct) {
  const row = await requireOwnAssessment(ctx, id);
  const profileText = row.profile.intendedPurpose;
  // The product and the link commit together: no product without its questionnaire's link, or the other way round.
  return ctx.db.transaction().execute(async (trx) => {
    const product = await createProduct({ ...ctx, db: trx }, input.organizationId, {
      name: input.name ?? row.name,
      description: input.description,
      intendedPurpose: input.intendedPurpose ?? (typeof profileText === 'string' ? profileText : ''),
      profile: row.profile,
      planOptions: {},
      qualification: Object.keys(row.answers).length > 0 ? row.answers : null,
      emdnCode: null,
      visibility: input.visibility,
    });
    await updateAssessmentRow(trx, id, { product_id: product.id }, ctx.clock());
    return product;
  });
}
