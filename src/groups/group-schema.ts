// Working and strategy groups over HTTP: request schemas, API objects and presenters of groups and their members.
import { z } from '@hono/zod-openapi';
import type { LocalizedText } from '#src/db/types.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

const text = (max: number) => z.string().trim().max(max);
/** Text in the interface languages; a title needs at least one of them. */
export const groupTextSchema = (max: number) => z.object({ de: text(max).optional(), en: text(max).optional(), da: text(max).optional() }).strict();
const titleSchema = groupTextSchema(300).refine((t) => Object.values(t).some((v) => v !== undefined && v !== ''), 'give the title in at least one language');
const textOut = z.object({ de: z.string().optional(), en: z.string().optional(), da: z.string().optional() }).openapi('GroupText');

export const groupKindSchema = z.enum(['working_group', 'strategy_group']);
export const memberRoleSchema = z.enum(['lead', 'member']);
const nonEmpty = (body: object) => Object.keys(body).length > 0;

const groupFields = {
  kind: groupKindSchema,
  title: titleSchema,
  description: groupTextSchema(5000),
  themeId: z.uuid().nullable().openapi({ description: 'a strategy theme (field of action or focus theme) of the cluster' }),
  leadPersonId: z.uuid().nullable().openapi({ description: 'the lead as a person of the registry (shown publicly only with their consent)' }),
  leadOrganizationId: z.uuid().nullable(),
  position: z.number().int().min(0).max(10_000),
};

export const groupCreateSchema = z
  .object({
    ...groupFields,
    kind: groupFields.kind.default('working_group'),
    description: groupFields.description.default({}),
    themeId: groupFields.themeId.default(null),
    leadPersonId: groupFields.leadPersonId.default(null),
    leadOrganizationId: groupFields.leadOrganizationId.default(null),
    position: groupFields.position.default(0),
  })
  .strict()
  .openapi('GroupCreate');

export const groupUpdateSchema = z.object(groupFields).partial().strict().refine(nonEmpty, 'give at least one field to change').openapi('GroupUpdate');

export const groupListQuerySchema = z.object({ kind: groupKindSchema.optional() });
export const groupIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const memberParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  userId: z.uuid().openapi({ param: { name: 'userId', in: 'path' } }),
});
export const joinSchema = z
  .object({
    userId: z.uuid().optional().openapi({ description: 'add someone else (managers and leads); yourself when left out' }),
    role: memberRoleSchema.optional().openapi({ description: 'lead or member (managers only; member when left out)' }),
  })
  .strict()
  .openapi('GroupJoin');
export const memberRoleUpdateSchema = z.object({ role: memberRoleSchema }).strict().openapi('GroupMemberRole');

const leadOut = z.object({
  personId: z.string().nullable(),
  personName: z.string().nullable().openapi({ description: 'only when the person consented to be listed and you may see them' }),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
});

export const groupOutSchema = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    kind: groupKindSchema,
    title: textOut,
    description: textOut,
    themeId: z.string().nullable(),
    lead: leadOut,
    position: z.number(),
    memberCount: z.number().nullable().openapi({ description: 'members of the cluster only; null for the public' }),
    myRole: memberRoleSchema.nullable().openapi({ description: 'your role in the group, null when you are not in it' }),
    runs: z.boolean().openapi({ description: 'whether you run the group (its leads and the cluster managers)' }),
  })
  .openapi('Group');

export const groupListOutSchema = z
  .object({ access: z.enum(['manager', 'member', 'public']), items: z.array(groupOutSchema) })
  .openapi('GroupList');

export const memberOutSchema = z
  .object({ userId: z.string(), name: z.string(), organizations: z.array(z.string()), role: memberRoleSchema, joinedAt: z.string() })
  .openapi('GroupMember');
export const memberListOutSchema = z.object({ items: z.array(memberOutSchema) }).openapi('GroupMemberList');

export type GroupCreate = z.infer<typeof groupCreateSchema>;
export type GroupUpdate = z.infer<typeof groupUpdateSchema>;
export type GroupOut = z.infer<typeof groupOutSchema>;

/** A group row with its lead's names, as the repo reads it. */
export type GroupView = {
  id: string;
  cluster_id: string;
  kind: 'working_group' | 'strategy_group';
  title: LocalizedText;
  description: LocalizedText;
  theme_id: string | null;
  lead_person_id: string | null;
  lead_organization_id: string | null;
  position: number;
  person_given_name: string | null;
  person_family_name: string | null;
  person_consent: boolean | null;
  person_visibility: 'public' | 'members' | 'private' | null;
  lead_organization_name: string | null;
};

/** What the viewer may see and do in a group, by their standing. */
export type Viewer = { insider: boolean; readable: string[]; myRole: 'lead' | 'member' | null; runs: boolean; memberCount: number | null };

/** Turns a group into the API object: the lead person's name only with their consent and at a level the viewer reads. */
export function presentGroup(row: GroupView, viewer: Viewer): GroupOut {
  const personVisible = row.person_consent === true && row.person_visibility !== null && viewer.readable.includes(row.person_visibility);
  return {
    id: row.id, clusterId: row.cluster_id, kind: row.kind, title: row.title, description: row.description, themeId: row.theme_id, position: row.position,
    lead: {
      personId: personVisible ? row.lead_person_id : null,
      personName: personVisible ? `${row.person_given_name ?? ''} ${row.person_family_name ?? ''}`.trim() : null,
      organizationId: row.lead_organization_id,
      organizationName: row.lead_organization_name,
    },
    memberCount: viewer.insider ? viewer.memberCount : null,
    myRole: viewer.myRole,
    runs: viewer.runs,
  };
}

/** A member as the cluster's members see them. */
export function presentMember(row: { user_id: string; name: string; organizations: string[]; role: 'lead' | 'member'; joined_at: unknown }): z.infer<typeof memberOutSchema> {
  return { userId: row.user_id, name: row.name, organizations: row.organizations, role: row.role, joinedAt: isoTime(row.joined_at) };
}
