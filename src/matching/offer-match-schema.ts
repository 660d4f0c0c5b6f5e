// The matches of an offer or request over HTTP: API objects and presenter.
import { z } from '@hono/zod-openapi';
import type { OfferMatchRow, OrganizationMatchRow } from '#src/matching/offer-match-repo.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import { offerDirectionSchema, offerKindSchema } from '#src/registry/offer-schema.ts';

const reasonsSchema = z
  .array(z.object({ kind: z.string(), text: z.string() }).passthrough())
  .openapi({ description: 'why it matches, as data by kind and in plain English (`text`)' });

export const organizationMatchOutSchema = z
  .object({
    id: z.string(),
    organization: z.object({ id: z.string(), name: z.string(), type: z.string(), country: z.string().nullable(), city: z.string().nullable() }),
    score: z.number(),
    reasons: reasonsSchema,
    createdAt: z.string().openapi({ description: 'when the match was first found' }),
  })
  .openapi('OfferOrganizationMatch');

export const counterpartMatchOutSchema = z
  .object({
    id: z.string(),
    offer: z.object({
      id: z.string(),
      title: z.string(),
      direction: offerDirectionSchema,
      kind: offerKindSchema,
      expiresAt: z.string().nullable(),
      organizationId: z.string(),
      organizationName: z.string(),
    }),
    score: z.number().openapi({ description: 'cosine similarity of the two texts (0..1)' }),
    reasons: reasonsSchema,
    createdAt: z.string(),
  })
  .openapi('OfferCounterpartMatch');

export const offerMatchesOutSchema = z
  .object({
    offerId: z.string(),
    matchedAt: z.string().nullable().openapi({ description: 'when matching last ran; null while it has not yet' }),
    organizations: z.array(organizationMatchOutSchema),
    offers: z.array(counterpartMatchOutSchema).openapi({ description: 'current offers answering a request, or requests an offer answers' }),
  })
  .openapi('OfferMatches');

/** Turns the stored matches of an offer into the API object. */
export function presentOfferMatches(
  offerId: string,
  matchedAt: Date | undefined,
  organizations: OrganizationMatchRow[],
  offers: OfferMatchRow[],
): z.infer<typeof offerMatchesOutSchema> {
  return {
    offerId,
    matchedAt: matchedAt === undefined ? null : isoTime(matchedAt),
    organizations: organizations.map((m) => ({
      id: m.id,
      organization: { id: m.organizationId, name: m.name, type: m.type, country: m.country, city: m.city },
      score: m.score,
      reasons: m.reasons as Array<{ kind: string; text: string }>,
      createdAt: isoTime(m.createdAt),
    })),
    offers: offers.map((m) => ({
      id: m.id,
      offer: {
        id: m.offerId, title: m.title, direction: m.direction, kind: m.kind, expiresAt: m.expiresAt,
        organizationId: m.organizationId, organizationName: m.organizationName,
      },
      score: m.score,
      reasons: m.reasons as Array<{ kind: string; text: string }>,
      createdAt: isoTime(m.createdAt),
    })),
  };
}
