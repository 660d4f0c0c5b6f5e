// Offers and requests of organisations, with an expiry; written by the organisation's editors.
import { requireOrganizationEditor, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { invalid, notFound } from '#src/errors.ts';
import { enqueueOfferMatching } from '#src/matching/offer-match-jobs.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import { requireKnownCompetences } from '#src/registry/competence-service.ts';
import { decodeCursor, pageOf } from '#src/registry/cursor.ts';
import { deleteOfferRow, findOfferOwner, findOffers, findVisibleOffer, insertOffer, updateOfferRow } from '#src/registry/offer-repo.ts';
import { presentOffer, type OfferCreate, type OfferRow, type OfferUpdate } from '#src/registry/offer-schema.ts';
import { requireOrganization } from '#src/registry/person-service.ts';
import { viewerOf } from '#src/registry/visibility.ts';

const today = (ctx: Ctx) => ctx.clock().toISOString().slice(0, 10);

/** A page of the offers and requests the actor may see; expired ones only when asked for. */
export async function listOffers(
  ctx: Ctx,
  query: { direction?: OfferRow['direction']; kind?: OfferRow['kind']; organization?: string; competence?: string; includeExpired: boolean; limit: number; cursor?: string },
) {
  const rows = await findOffers(ctx.db, await viewerOf(ctx), {
    direction: query.direction,
    kind: query.kind,
    organizationId: query.organization,
    competenceId: query.competence,
    validOn: query.includeExpired ? undefined : today(ctx),
    after: query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2),
    limit: query.limit,
  });
  return pageOf(rows, query.limit, (r) => [isoTime(r.created_at), r.id], presentOffer);
}

/** One offer or request, if the actor may see it. */
export async function getOffer(ctx: Ctx, id: string) {
  const row = await findVisibleOffer(ctx.db, await viewerOf(ctx), id);
  if (!row) throw notFound('offer', id);
  return presentOffer(row);
}

function requireFutureExpiry(ctx: Ctx, expiresAt: string | null | undefined): void {
  if (expiresAt && expiresAt <= today(ctx)) {
    throw invalid(`expiresAt: must lie in the future (after ${today(ctx)})`, [{ field: 'expiresAt', message: 'must lie in the future' }]);
  }
}

/** Publishes an offer or request of an organisation the actor edits. */
export async function createOffer(ctx: Ctx, input: OfferCreate) {
  await requireOrganizationEditor(ctx, input.organizationId);
  requireFutureExpiry(ctx, input.expiresAt);
  await requireOrganization(ctx, input.organizationId);
  await requireKnownCompetences(ctx, input.competenceIds, 'competenceIds');
  // The offer and its matching job commit together: no offer goes unmatched, no job matches a rolled-back offer.
  const id = await ctx.db.transaction().execute(async (trx) => {
    const offerId = await insertOffer(trx, {
      organization_id: input.organizationId,
      direction: input.direction,
      kind: input.kind,
      title: input.title,
      description: input.description,
      competence_ids: input.competenceIds,
      expires_at: input.expiresAt ?? null,
      visibility: input.visibility,
    });
    await enqueueOfferMatching(trx, offerId);
    return offerId;
  });
  return getOffer(ctx, id);
}

async function requireOfferEditor(ctx: Ctx, id: string): Promise<void> {
  requireUser(ctx.actor);
  const owner = await findOfferOwner(ctx.db, id);
  if (owner === undefined) throw notFound('offer', id);
  await requireOrganizationEditor(ctx, owner);
}

/** Changes an offer or request (a new expiry must lie in the future too). */
export async function updateOffer(ctx: Ctx, id: string, input: OfferUpdate) {
  await requireOfferEditor(ctx, id);
  requireFutureExpiry(ctx, input.expiresAt);
  await requireKnownCompetences(ctx, input.competenceIds, 'competenceIds');
  await ctx.db.transaction().execute(async (trx) => {
    await updateOfferRow(trx, id, {
      ...(input.direction === undefined ? {} : { direction: input.direction }),
      ...(input.kind === undefined ? {} : { kind: input.kind }),
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.competenceIds === undefined ? {} : { competence_ids: input.competenceIds }),
      ...(input.expiresAt === undefined ? {} : { expires_at: input.expiresAt }),
      ...(input.visibility === undefined ? {} : { visibility: input.visibility }),
    }, ctx.clock());
    await enqueueOfferMatching(trx, id);
  });
  return getOffer(ctx, id);
}

/** Withdraws an offer or request. */
export async function deleteOffer(ctx: Ctx, id: string): Promise<void> {
  await requireOfferEditor(ctx, id);
  await deleteOfferRow(ctx.db, id);
}
