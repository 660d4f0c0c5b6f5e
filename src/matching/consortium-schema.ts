// The consortium builder over HTTP: the request (a call's text and rules) and the proposed consortium.
import { z } from '@hono/zod-openapi';
import { CONSORTIUM_ROLES, DEFAULT_CONSORTIUM_RULES as D } from '#src/matching/consortium-builder.ts';
import { normalizeCountry } from '#src/matching/consortium-rules.ts';
import { matchFiltersSchema, matchReasonSchema } from '#src/matching/match-schema.ts';
import { MAX_MATCH_TEXT } from '#src/matching/match-types.ts';
import { organizationTypeSchema } from '#src/registry/organization-schema.ts';

export const MAX_CONSORTIUM_SIZE = 50;

const roleSchema = z.enum(CONSORTIUM_ROLES).openapi({
  description: 'sme: an SME of any type; company; research: university or research institute; clinical: hospital; public: public body or association',
});
const countryCode = z.string().trim().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE').transform(normalizeCountry);
const size = (description: string) => z.number().int().min(1).max(MAX_CONSORTIUM_SIZE).optional().openapi({ description });

export const consortiumRulesSchema = z
  .object({
    minPartners: size(`members including the requester; default ${D.minPartners}`),
    maxPartners: size(`members including the requester; default ${D.maxPartners}, or minPartners if larger`),
    minCountries: z.number().int().min(0).max(MAX_CONSORTIUM_SIZE).optional()
      .openapi({ description: `distinct countries within the country scope; default ${D.minCountries}` }),
    minMemberStates: z.number().int().min(0).max(27).optional()
      .openapi({ description: `distinct EU member states; default ${D.minMemberStates} (Horizon Europe)` }),
    countryScope: z.union([z.enum(['eligible', 'any']), z.array(countryCode).min(1).max(100)]).optional().openapi({
      description: 'where partners may come from: eligible (EU member states and Horizon Europe associated countries, the default), any, or a list of ISO codes (EL and UK accepted)',
    }),
    requiredRoles: z.array(z.object({ role: roleSchema, count: z.number().int().min(1).max(MAX_CONSORTIUM_SIZE) })).max(CONSORTIUM_ROLES.length).optional()
      .openapi({ description: 'roles the consortium must hold, each at least `count` times; the requester counts too, an SME company counts as SME and as company' }),
  })
  .strict()
  .superRefine((r, ctx) => {
    const max = r.maxPartners ?? Math.max(D.maxPartners, r.minPartners ?? D.minPartners);
    if (r.maxPartners !== undefined && r.maxPartners < (r.minPartners ?? D.minPartners)) {
      ctx.addIssue({ code: 'custom', path: ['maxPartners'], message: 'must be at least minPartners' });
    }
    if ((r.minCountries ?? D.minCountries) > max) ctx.addIssue({ code: 'custom', path: ['minCountries'], message: 'must not exceed maxPartners' });
    if ((r.minMemberStates ?? D.minMemberStates) > max) ctx.addIssue({ code: 'custom', path: ['minMemberStates'], message: 'must not exceed maxPartners' });
    const seen = new Set<string>();
    r.requiredRoles?.forEach(({ role }, i) => {
      if (seen.has(role)) ctx.addIssue({ code: 'custom', path: ['requiredRoles', i, 'role'], message: 'role listed twice' });
      seen.add(role);
    });
  })
  .openapi('ConsortiumRules');

export const consortiumRequestSchema = z
  .object({
    text: z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
      .trim().min(1, 'must not be empty').max(MAX_MATCH_TEXT, `must be at most ${MAX_MATCH_TEXT} characters`)
      .openapi({ description: 'the call topic or project idea (English, German or Danish)' }),
    requesterId: z.uuid({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an organisation id (uuid)') })
      .openapi({ description: 'the organisation the consortium is built around' }),
    rules: consortiumRulesSchema.optional(),
    filters: matchFiltersSchema.optional().openapi({ description: 'limit the candidates as in a partner search' }),
  })
  .strict()
  .openapi('ConsortiumRequest');
export type ConsortiumRequest = z.output<typeof consortiumRequestSchema>;

export const consortiumExportQuery = z.object({ format: z.enum(['csv', 'json']).default('csv') });

const organizationFields = {
  orgId: z.string(),
  cordisId: z.string().nullable(),
  name: z.string(),
  type: organizationTypeSchema,
  isSme: z.boolean(),
  country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-2 (GR and GB, not EL and UK)' }),
  city: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  score: z.number().nullable().openapi({ description: 'match score; null for the requester' }),
  reasons: z.array(matchReasonSchema).openapi({ description: 'strongest evidence first; empty for the requester' }),
  roles: z.array(roleSchema).openapi({ description: 'every role the organisation can fill' }),
  countryStatus: z.enum(['member', 'associated', 'third', 'unknown']).openapi({ description: 'EU member state, Horizon Europe associated country, other, or no country' }),
};
export const consortiumOrganizationSchema = z.object(organizationFields).openapi('ConsortiumOrganization');
export const consortiumMemberSchema = z
  .object({
    ...organizationFields,
    slot: z.number().openapi({ description: '0 is the requester' }),
    chosenFor: z.enum(['requester', 'role', 'country', 'minPartners', 'strong'])
      .openapi({ description: 'role: fills a required role; country: brings a country the rules need; minPartners: fills the minimum size; strong: scores close to the best partner' }),
    covers: z.array(roleSchema).openapi({ description: 'the required roles this member counts toward' }),
    alternatives: z.array(consortiumOrganizationSchema).openapi({ description: 'up to three candidates that could take this slot without breaking a rule that holds' }),
  })
  .openapi('ConsortiumMember');
export const consortiumCheckSchema = z
  .object({
    rule: z.enum(['minPartners', 'maxPartners', 'minCountries', 'minMemberStates', 'countryScope', 'role']),
    role: roleSchema.optional(),
    required: z.number(),
    actual: z.number(),
    satisfied: z.boolean(),
    detail: z.string().openapi({ description: 'in plain English; for a failed rule also why the candidates could not meet it' }),
  })
  .openapi('ConsortiumCheck');
export const consortiumOutSchema = z
  .object({
    language: z.enum(['en', 'de', 'da']).openapi({ description: 'the language the text was read in' }),
    rules: z.object({
      minPartners: z.number(), maxPartners: z.number(), minCountries: z.number(), minMemberStates: z.number(),
      countryScope: z.union([z.enum(['eligible', 'any']), z.array(z.string())]),
      requiredRoles: z.array(z.object({ role: roleSchema, count: z.number() })),
    }).openapi({ description: 'the rules applied, defaults filled in' }),
    complete: z.boolean().openapi({ description: 'every check satisfied' }),
    members: z.array(consortiumMemberSchema),
    checks: z.array(consortiumCheckSchema),
    poolSize: z.number().openapi({ description: 'candidates considered' }),
  })
  .openapi('Consortium');
export type ConsortiumOut = z.infer<typeof consortiumOutSchema>;
