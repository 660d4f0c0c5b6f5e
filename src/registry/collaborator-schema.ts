// Who works with whom over HTTP: an organisation's closest collaborators and its projects, a project's partners on a map.
import { z } from '@hono/zod-openapi';
import type { OrganizationType, ParticipationRole } from '#src/db/types.ts';
import { pageQueryShape } from '#src/registry/cursor.ts';
import { organizationTypeSchema } from '#src/registry/organization-schema.ts';
import { participationRoleSchema } from '#src/registry/project-schema.ts';

export const collaboratorQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });
export const organizationProjectsQuerySchema = z.object(pageQueryShape);

export const collaboratorListOutSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        shortName: z.string().nullable(),
        type: organizationTypeSchema,
        city: z.string().nullable(),
        country: z.string().nullable(),
        jointProjects: z.number().int().openapi({ description: 'projects both take part in (that the caller may see)' }),
      }),
    ),
  })
  .openapi('CollaboratorList');

export const organizationProjectListOutSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        acronym: z.string().nullable(),
        title: z.string(),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
        frameworkProgramme: z.string().nullable(),
        programme: z.string().nullable(),
        role: participationRoleSchema.openapi({ description: 'the organisation’s role (its leading one if several)' }),
        ecContribution: z.number().nullable().openapi({ description: 'EU contribution to this organisation' }),
        projectEcContribution: z.number().nullable().openapi({ description: 'EU contribution to the whole project' }),
        participants: z.number().int().openapi({ description: 'organisations in the consortium the caller may see' }),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('OrganizationProjectList');

export const partnerListOutSchema = z
  .object({
    items: z.array(
      z.object({
        organizationId: z.string(),
        name: z.string(),
        type: organizationTypeSchema,
        city: z.string().nullable(),
        country: z.string().nullable(),
        location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
        role: participationRoleSchema,
        ecContribution: z.number().nullable(),
      }),
    ),
  })
  .openapi('PartnerList');

export type CollaboratorRow = {
  id: string; name: string; short_name: string | null; type: OrganizationType; city: string | null; country: string | null; joint_projects: number;
};
export type OrganizationProjectRow = {
  id: string; acronym: string | null; title: string; start_date: string | null; end_date: string | null; framework_programme: string | null;
  programme: string | null; role: ParticipationRole; ec_contribution: number | null; project_ec_contribution: number | null; participants: number;
};
export type PartnerPlaceRow = { id: string; type: OrganizationType; city: string | null; lat: number | null; lon: number | null };

/** A collaborator in the API. */
export function presentCollaborator(row: CollaboratorRow): z.infer<typeof collaboratorListOutSchema>['items'][number] {
  return { id: row.id, name: row.name, shortName: row.short_name, type: row.type, city: row.city, country: row.country, jointProjects: row.joint_projects };
}

/** One of an organisation's projects in the API. */
export function presentOrganizationProject(row: OrganizationProjectRow): z.infer<typeof organizationProjectListOutSchema>['items'][number] {
  return {
    id: row.id,
    acronym: row.acronym,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    frameworkProgramme: row.framework_programme,
    programme: row.programme,
    role: row.role,
    ecContribution: row.ec_contribution,
    projectEcContribution: row.project_ec_contribution,
    participants: row.participants,
  };
}
