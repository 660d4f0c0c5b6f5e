// The /api/v1 application: every capability's routes, the OpenAPI document and its reference page.
import { createMapRoutes } from '#src/atlas/map-routes.ts';
import { createNetworkRoutes } from '#src/atlas/network-routes.ts';
import { createOverviewRoutes } from '#src/atlas/overview-routes.ts';
import { createAuthRoutes } from '#src/auth/auth-routes.ts';
import { createUserRoutes } from '#src/auth/user-routes.ts';
import { createEventRoutes } from '#src/events/event-routes.ts';
import { createGroupRoutes } from '#src/groups/group-routes.ts';
import { createRouter } from '#src/http/env.ts';
import { createSiteManageRoutes } from '#src/site/site-manage-routes.ts';
import { createSiteRoutes } from '#src/site/site-routes.ts';
import { createJobRoutes } from '#src/jobs/job-routes.ts';
import { createOfferMatchRoutes } from '#src/matching/offer-match-routes.ts';
import { createNotificationRoutes } from '#src/notifications/notification-routes.ts';
import { createConsortiumRoutes } from '#src/matching/consortium-routes.ts';
import { renderApiReference } from '#src/http/reference.ts';
import { createMatchRoutes } from '#src/matching/match-routes.ts';
import { createClusterRoutes } from '#src/registry/cluster-routes.ts';
import { createCollaboratorRoutes } from '#src/registry/collaborator-routes.ts';
import { createCompetenceRoutes } from '#src/registry/competence-routes.ts';
import { createExchangeRoutes } from '#src/registry/exchange-routes.ts';
import { createOrganizationRoutes } from '#src/registry/organization-routes.ts';
import { createFacilityRoutes } from '#src/registry/facility-routes.ts';
import { createMembershipRoutes } from '#src/registry/membership-routes.ts';
import { createOfferRoutes } from '#src/registry/offer-routes.ts';
import { createPersonRoutes } from '#src/registry/person-routes.ts';
import { createProjectRoutes } from '#src/registry/project-routes.ts';
import { createClassifyRoutes } from '#src/regulatory/classify-routes.ts';
import { createSearchAllRoutes } from '#src/registry/search-all-routes.ts';
import { createStatsRoutes } from '#src/registry/stats-routes.ts';
import { createAssessmentRoutes } from '#src/regulatory/assessment-routes.ts';
import { createEmdnSuggestRoutes } from '#src/regulatory/emdn-suggest-routes.ts';
import { createProductRoutes } from '#src/regulatory/product-routes.ts';
import { createPipelineRoutes } from '#src/pipeline/pipeline-routes.ts';
import { createFundingRoutes } from '#src/funding/funding-routes.ts';
import { createReadinessRoutes } from '#src/readiness/readiness-routes.ts';
import { createNewsRoutes } from '#src/news/news-routes.ts';
import { createRegulatoryStatsRoutes } from '#src/regulatory/regulatory-stats-routes.ts';
import { createReportRoutes } from '#src/report/report-routes.ts';
import { createStrategyRoutes } from '#src/strategy/strategy-routes.ts';

export const API_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'klynge API',
    version: '1',
    description:
      'The registry, atlas, matching, regulatory, events and cluster-management API of klynge. ' +
      'Authenticate with a session cookie (web) or `Authorization: Bearer <token>` (programs).',
  },
  servers: [{ url: '/api/v1' }],
};

/** Builds the API sub-app mounted at /api/v1. */
export function createApi() {
  const api = createRouter();
  // Capability routers are mounted here, one line each.
  api.route('/', createCompetenceRoutes());
  api.route('/', createExchangeRoutes()); // before /organizations/{id}, which would claim /organizations/export.csv
  api.route('/', createOrganizationRoutes());
  api.route('/', createPersonRoutes());
  api.route('/', createProjectRoutes());
  api.route('/', createFacilityRoutes());
  api.route('/', createOfferRoutes());
  api.route('/', createOfferMatchRoutes());
  api.route('/', createClusterRoutes());
  api.route('/', createMembershipRoutes());
  api.route('/', createStatsRoutes());
  api.route('/', createAuthRoutes());
  api.route('/', createUserRoutes());
  api.route('/', createNetworkRoutes());
  api.route('/', createMapRoutes());
  api.route('/', createSearchAllRoutes());
  api.route('/', createCollaboratorRoutes());
  api.route('/', createOverviewRoutes());
  api.route('/', createConsortiumRoutes());
  api.route('/', createMatchRoutes());
  api.route('/', createJobRoutes());
  api.route('/', createNotificationRoutes());
  api.route('/', createClassifyRoutes());
  api.route('/', createEmdnSuggestRoutes());
  api.route('/', createProductRoutes());
  api.route('/', createAssessmentRoutes());
  api.route('/', createRegulatoryStatsRoutes());
  api.route('/', createEventRoutes());
  api.route('/', createReportRoutes());
  api.route('/', createGroupRoutes());
  api.route('/', createStrategyRoutes());
  api.route('/', createSiteRoutes());
  api.route('/', createSiteManageRoutes());
  api.route('/', createPipelineRoutes());
  api.route('/', createFundingRoutes());
  api.route('/', createReadinessRoutes());
  api.route('/', createNewsRoutes());

  api.doc31('/openapi.json', API_INFO);
  api.get('/docs', (c) => c.html(renderApiReference(api.getOpenAPI31Document(API_INFO))));
  return api;
}
