// People (contacts of organisations) over HTTP: input schemas, the API object and its presenter.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { PeopleTable } from '#src/db/types.ts';
import { isoTime, visibilitySchema } from '#src/registry/competence-schema.ts';
import { pageQueryShape } from '#src/registry/cursor.ts';

const personFields = {
  organizationId: z.uuid(),
  givenName: z.string().trim().min(1).max(200),
  familyName: z.string().trim().min(1).max(200),
  jobTitle: z.string().trim().max(300).nullable(),
  email: z.email().max(320).nullable(),
  phone: z.string().trim().regex(/^\+?[0-9 ()./-]{3,40}$/, 'must be a phone number').nullable(),
  consentListed: z.boolean().openapi({ description: 'the person agreed to be listed; without it they are never public' }),
  visibility: visibilitySchema,
};

export const personCreateSchema = z
  .object({
    ...personFields,
    jobTitle: personFields.jobTitle.optional(),
    email: personFields.email.optional(),
    phone: personFields.phone.optional(),
    consentListed: personFields.consentListed.default(false),
    visibility: personFields.visibility.default('members'),
  })
  .strict()
  .openapi('PersonCreate');

export const personUpdateSchema = z
  .object(personFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('PersonUpdate');

export const personListQuerySchema = z.object({
  organization: z.uuid().optional(),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: 'matches given and family name' }),
  ...pageQueryShape,
});

export const personIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const personOutSchema = z
  .object({
    id: z.string(),
    organizationId: z.string().nullable(),
    organizationName: z.string().nullable(),
    givenName: z.string(),
    familyName: z.string(),
    jobTitle: z.string().nullable(),
    email: z.string().nullable().openapi({ description: 'only for signed-in users when the person consented, or the organisation’s editors' }),
    phone: z.string().nullable(),
    consentListed: z.boolean(),
    visibility: visibilitySchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Person');

export const personListOutSchema = z.object({ items: z.array(personOutSchema), nextCursor: z.string().nullable() }).openapi('PersonList');

export type PersonCreate = z.infer<typeof personCreateSchema>;
export type PersonUpdate = z.infer<typeof personUpdateSchema>;
export type PersonRow = Selectable<PeopleTable> & { organization_name: string | null };

/** Turns a person row into the API object; contact data only when `showContact`. */
export function presentPerson(row: PersonRow, showContact: boolean): z.infer<typeof personOutSchema> {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    givenName: row.given_name,
    familyName: row.family_name,
    jobTitle: row.job_title,
    email: showContact ? row.email : null,
    phone: showContact ? row.phone : null,
    consentListed: row.consent_listed,
    visibility: row.visibility,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}
