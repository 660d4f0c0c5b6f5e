// HTTP routes of the innovation pipeline (tag `pipeline`): a cluster's board and projects, stage moves, partners, funding.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { addFunding, deleteFunding, setPartners, updateFunding } from '#src/pipeline/pipeline-parts-service.ts';
import {
  boardOutSchema,
  boardQuerySchema,
  fundingCreateSchema,
  fundingParamSchema,
  fundingUpdateSchema,
  partnersInputSchema,
  projectCreateSchema,
  projectDetailSchema,
  projectIdParamSchema,
  projectUpdateSchema,
  stageMoveSchema,
} from '#src/pipeline/pipeline-schema.ts';
import { createProject, deleteProject, getBoard, getProject, updateProject } from '#src/pipeline/pipeline-service.ts';
import { moveStage } from '#src/pipeline/pipeline-stage-service.ts';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';

const tags = ['pipeline'];
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const project = json(projectDetailSchema, 'the project with partners, funding and stage history');
const params = projectIdParamSchema;

/** The /clusters/{ref}/pipeline and /pipeline-projects routes. */
export function createPipelineRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/pipeline', tags,
      summary: 'The pipeline board of a cluster (with its hubs): projects you may read, counts per stage, days per stage',
      description: 'Visitors see public projects, members the members’ ones too, managers all. Filters: theme, kind, TRL range, organisation (lead or partner).',
      request: { params: clusterRefParamSchema, query: boardQuerySchema },
      responses: { 200: json(boardOutSchema, 'the board') },
    }),
    async (c) => c.json(await getBoard(c.var.ctx, c.req.valid('param').ref, c.req.valid('query')), 200),
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/clusters/{ref}/pipeline', tags,
      summary: 'Create a project (members for an organisation they edit; managers any, and lead projects)',
      request: { params: clusterRefParamSchema, body: body(projectCreateSchema) },
      responses: { 201: project },
    }),
    async (c) => c.json(await createProject(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/pipeline-projects/{id}', tags, summary: 'A project with partners, funding, linked product and stage history', request: { params }, responses: { 200: project } }),
    async (c) => c.json(await getProject(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/pipeline-projects/{id}', tags, summary: 'Change a project (managers, the lead organisation’s editors)', request: { params, body: body(projectUpdateSchema) }, responses: { 200: project } }),
    async (c) => c.json(await updateProject(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/pipeline-projects/{id}', tags, summary: 'Delete a project with its partners, funding and history', request: { params }, responses: { 204: { description: 'deleted' } } }),
    async (c) => {
      await deleteProject(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/pipeline-projects/{id}/stage', tags,
      summary: 'Move a project to another stage; 409 when it is no longer in the stage `from` (someone moved it meanwhile)',
      request: { params, body: body(stageMoveSchema) },
      responses: { 200: project, 409: { description: 'the project is in another stage now (details.currentStage)' } },
    }),
    async (c) => c.json(await moveStage(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'put', path: '/pipeline-projects/{id}/partners', tags, summary: 'Replace the partners besides the lead organisation', request: { params, body: body(partnersInputSchema) }, responses: { 200: project } }),
    async (c) => c.json(await setPartners(c.var.ctx, c.req.valid('param').id, c.req.valid('json').partners), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/pipeline-projects/{id}/funding', tags, summary: 'Add funding applied for or won', request: { params, body: body(fundingCreateSchema) }, responses: { 201: project } }),
    async (c) => c.json(await addFunding(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/pipeline-projects/{id}/funding/{fundingId}', tags, summary: 'Change a funding row', request: { params: fundingParamSchema, body: body(fundingUpdateSchema) }, responses: { 200: project } }),
    async (c) => {
      const { id, fundingId } = c.req.valid('param');
      return c.json(await updateFunding(c.var.ctx, id, fundingId, c.req.valid('json')), 200);
    },
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/pipeline-projects/{id}/funding/{fundingId}', tags, summary: 'Remove a funding row', request: { params: fundingParamSchema }, responses: { 200: project } }),
    async (c) => {
      const { id, fundingId } = c.req.valid('param');
      return c.json(await deleteFunding(c.var.ctx, id, fundingId), 200);
    },
  );

  return router;
}
