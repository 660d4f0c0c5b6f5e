// Who works with whom: an organisation's closest collaborators and projects, a project's partners with their places.
import type { Ctx } from '#src/context.ts';
import { notFound } from '#src/errors.ts';
import { findCollaborators, findOrganizationProjects, findPartnerPlaces } from '#src/registry/collaborator-repo.ts';
import { presentCollaborator, presentOrganizationProject } from '#src/registry/collaborator-schema.ts';
import { decodeCursor, pageOf } from '#src/registry/cursor.ts';
import { findOrganization } from '#src/registry/organization-repo.ts';
import { getProject } from '#src/registry/project-service.ts';
import { viewerOf, type Viewer } from '#src/registry/visibility.ts';

/** The viewer, once organisation `id` is known to be visible to them (else not found, so hidden ones stay hidden). */
async function viewerOfOrganization(ctx: Ctx, id: string): Promise<Viewer> {
  const viewer = await viewerOf(ctx);
  if (!(await findOrganization(ctx.db, id, viewer))) throw notFound('organisation', id);
  return viewer;
}

/** The organisations sharing the most projects with organisation `id`. */
export async function listCollaborators(ctx: Ctx, id: string, query: { limit: number }) {
  const viewer = await viewerOfOrganization(ctx, id);
  return { items: (await findCollaborators(ctx.db, viewer, id, query.limit)).map(presentCollaborator) };
}

/** A page of organisation `id`'s projects with its role and contribution, newest first. */
export async function listOrganizationProjects(ctx: Ctx, id: string, query: { limit: number; cursor?: string | undefined }) {
  const viewer = await viewerOfOrganization(ctx, id);
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
  const rows = await findOrganizationProjects(ctx.db, viewer, id, after, query.limit);
  return pageOf(rows, query.limit, (r) => [r.start_date ?? '0001-01-01', r.id], presentOrganizationProject);
}

/** The visible partners of project `id` with their roles and places (the project's own visibility rule applies). */
export async function listProjectPartners(ctx: Ctx, id: string) {
  const project = await getProject(ctx, id);
  const places = new Map((await findPartnerPlaces(ctx.db, project.participants.map((p) => p.organizationId))).map((r) => [r.id, r]));
  return {
    items: project.participants.flatMap((p) => {
      const place = places.get(p.organizationId);
      if (!place) return [];
      const location = place.lat === null || place.lon === null ? null : { lat: place.lat, lon: place.lon };
      return [{ organizationId: p.organizationId, name: p.name, type: place.type, city: place.city, country: p.country, location, role: p.role, ecContribution: p.ecContribution }];
    }),
  };
}
