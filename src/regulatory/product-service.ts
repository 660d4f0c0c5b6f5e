// Products of organisations with their device profile, class, route and documentation checklist; written by the
// organisation's editors, read as their visibility allows.
import { requireOrganizationEditor, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { invalid, notFound } from '#src/errors.ts';
import { viewerEdits, viewerOf } from '#src/registry/visibility.ts';
import { mergeChecklist } from '#src/regulatory/checklist-merge.ts';
import { findChecklists } from '#src/regulatory/checklist-repo.ts';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { conformityRoute } from '#src/regulatory/conformity-route.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';
import { documentationPlan } from '#src/regulatory/documentation-plan.ts';
import type { PlanOptions } from '#src/regulatory/plan-types.ts';
import { qualificationOf, qualificationOutcome } from '#src/regulatory/product-qualification.ts';
import {
  deleteProductRow,
  emdnCodeExists,
  findOrganizationProducts,
  findProductBasics,
  findVisibleProduct,
  insertProduct,
  organizationVisible,
  updateProductRow,
} from '#src/regulatory/product-repo.ts';
import { presentProduct, type ProductCreate, type ProductRow, type ProductUpdate } from '#src/regulatory/product-schema.ts';

/** What the engine derives from a profile: the classification (with citations) and the detailed conformity route. */
function classifyProfile(input: unknown) {
  const profile = parseDeviceProfile(input);
  const classification = classifyDevice(profile);
  return { profile, classification, route: conformityRoute(profile, classification) };
}

/** The classification, route and documentation plan of a stored profile. */
export function analyseProfile(input: unknown, options: PlanOptions) {
  const derived = classifyProfile(input);
  return { ...derived, plan: documentationPlan(derived.profile, derived.classification, options) };
}

/** The stored columns of a profile: the profile as given (validated), its class and route for listing and counting. */
export function productProfileColumns(input: Record<string, unknown>) {
  const { classification, route } = classifyProfile(input);
  return {
    profile: JSON.stringify(input),
    regulation: classification.regulation,
    device_class: classification.class,
    subclasses: classification.subclasses,
    rules: JSON.stringify(classification.rules.map((r) => ({ rule: r.rule, class: r.class }))),
    notified_body: route.notifiedBody,
    route_key: route.options[0]?.id ?? 'none',
  };
}

async function requireEmdnCode(ctx: Ctx, id: string | null | undefined): Promise<void> {
  if (id && !(await emdnCodeExists(ctx.db, id))) {
    throw invalid(`emdnCode: no EMDN code ${id}`, [{ field: 'emdnCode', message: `no EMDN code ${id}` }]);
  }
}

/** The products of an organisation the actor may see, each with its checklist progress (one checklist query for all). */
export async function listOrganizationProducts(ctx: Ctx, organizationId: string) {
  const viewer = await viewerOf(ctx);
  if (!(await organizationVisible(ctx.db, viewer, organizationId))) throw notFound('organisation', organizationId);
  const rows = await findOrganizationProducts(ctx.db, viewer, organizationId);
  const checklists = await findChecklists(ctx.db, rows.map((r) => r.id));
  return {
    items: rows.map((row) => {
      const { plan } = analyseProfile(row.profile, row.plan_options);
      return { ...presentProduct(row), progress: mergeChecklist(plan, checklists.get(row.id) ?? []).progress };
    }),
  };
}

/** A product as its page shows it: classification with citations, conformity route, plan merged with the checklist. */
export async function getProduct(ctx: Ctx, id: string) {
  const viewer = await viewerOf(ctx);
  const row = await findVisibleProduct(ctx.db, viewer, id);
  if (!row) throw notFound('product', id);
  return presentProductDetail(ctx, row, viewerEdits(viewer, row.organization_id));
}

async function presentProductDetail(ctx: Ctx, row: ProductRow, canEdit: boolean) {
  const { classification, route, plan } = analyseProfile(row.profile, row.plan_options);
  const checklist = (await findChecklists(ctx.db, [row.id])).get(row.id) ?? [];
  const answers = row.qualification_answers;
  return {
    ...presentProduct(row),
    profile: row.profile,
    planOptions: row.plan_options,
    qualification: answers === null ? null : { answers, outcome: qualificationOutcome(answers) ?? {} },
    canEdit,
    classification,
    conformityRoute: route,
    documentationPlan: mergeChecklist(plan, checklist),
  };
}

/** Adds a product to an organisation the actor edits; its profile must be a valid device profile. */
export async function createProduct(ctx: Ctx, organizationId: string, input: ProductCreate) {
  const actor = requireUser(ctx.actor);
  await requireOrganizationEditor(ctx, organizationId);
  if (!(await organizationVisible(ctx.db, await viewerOf(ctx), organizationId))) throw notFound('organisation', organizationId);
  const columns = productProfileColumns(input.profile);
  const qualification = qualificationOf(input.qualification, columns.regulation);
  await requireEmdnCode(ctx, input.emdnCode);
  const id = await insertProduct(ctx.db, {
    organization_id: organizationId,
    name: input.name,
    description: input.description,
    intended_purpose: input.intendedPurpose,
    ...columns,
    plan_options: JSON.stringify(input.planOptions),
    ...qualification,
    emdn_code: input.emdnCode,
    visibility: input.visibility,
    created_by: actor.kind === 'user' ? actor.userId : null,
  });
  return getProduct(ctx, id);
}

/** Throws unless the actor edits the product's organisation (404 for a product that does not exist). */
export async function requireProductEditor(ctx: Ctx, id: string) {
  requireUser(ctx.actor);
  const basics = await findProductBasics(ctx.db, id);
  if (basics === undefined) throw notFound('product', id);
  await requireOrganizationEditor(ctx, basics.organization_id);
  return basics;
}

/**
 * Changes a product. A new profile is validated and its class and route recomputed (the checklist stays: items the
 * new plan drops are reported as no longer applicable); the qualification must agree with the regulation.
 */
export async function updateProduct(ctx: Ctx, id: string, input: ProductUpdate) {
  const stored = await requireProductEditor(ctx, id);
  const columns = input.profile === undefined ? undefined : productProfileColumns(input.profile);
  const qualification = input.profile === undefined && input.qualification === undefined
    ? {}
    : qualificationOf(input.qualification === undefined ? stored.qualification_answers : input.qualification, columns?.regulation ?? stored.regulation);
  await requireEmdnCode(ctx, input.emdnCode);
  await updateProductRow(ctx.db, id, {
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.intendedPurpose === undefined ? {} : { intended_purpose: input.intendedPurpose }),
    ...columns,
    ...(input.planOptions === undefined ? {} : { plan_options: JSON.stringify(input.planOptions) }),
    ...qualification,
    ...(input.emdnCode === undefined ? {} : { emdn_code: input.emdnCode }),
    ...(input.visibility === undefined ? {} : { visibility: input.visibility }),
  }, ctx.clock());
  return getProduct(ctx, id);
}

/** Removes a product with its checklist. */
export async function deleteProduct(ctx: Ctx, id: string): Promise<void> {
  await requireProductEditor(ctx, id);
  await deleteProductRow(ctx.db, id);
}
