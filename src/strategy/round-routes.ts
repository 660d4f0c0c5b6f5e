// HTTP routes of idea rounds, votes, results and strategy papers (tag `strategy`), registered onto the strategy router.
import { createRoute, z } from '@hono/zod-openapi';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';
import { deletePaper, exportPaper, generatePaper, getPaper, listPapers, updatePaper } from '#src/strategy/paper-service.ts';
import {
  ballotOutSchema,
  ballotQuerySchema,
  paperGenerateSchema,
  paperListOutSchema,
  paperOutSchema,
  paperUpdateSchema,
  resultsOutSchema,
  roundCreateSchema,
  roundListOutSchema,
  roundOutSchema,
  roundUpdateSchema,
  voteParamSchema,
  voteSchema,
} from '#src/strategy/round-schema.ts';
import { closeRound, createRound, getRound, listRounds, updateRound } from '#src/strategy/round-service.ts';
import { body, deleted, json, tags, type StrategyRouter } from '#src/strategy/strategy-http.ts';
import { idParamSchema } from '#src/strategy/strategy-schema.ts';
import { castVotes, getBallot, getResults } from '#src/strategy/vote-service.ts';

const params = idParamSchema;
const ref = clusterRefParamSchema;
const round = json(roundOutSchema, 'the round');
const paper = json(paperOutSchema, 'the paper');

/** Adds the round, vote and paper routes to `router`. */
export function registerRoundRoutes(router: StrategyRouter): void {
  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/strategy/rounds', tags, summary: 'The cluster’s idea rounds, newest first (members)', request: { params: ref }, responses: { 200: json(roundListOutSchema, 'the rounds') } }),
    async (c) => c.json(await listRounds(c.var.ctx, c.req.valid('param').ref), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/clusters/{ref}/strategy/rounds', tags, summary: 'Open an idea round with a vote budget and a closing time (managers); members are notified', request: { params: ref, ...body(roundCreateSchema) }, responses: { 201: round } }),
    async (c) => c.json(await createRound(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/strategy-rounds/{id}', tags, summary: 'An idea round (members)', request: { params }, responses: { 200: round } }),
    async (c) => c.json(await getRound(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/strategy-rounds/{id}', tags, summary: 'Change a round before it closes (managers)', request: { params, ...body(roundUpdateSchema) }, responses: { 200: round } }),
    async (c) => c.json(await updateRound(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/strategy-rounds/{id}/close', tags, summary: 'Close a round early (managers); its results show and members are notified', request: { params }, responses: { 200: round } }),
    async (c) => c.json(await closeRound(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/strategy-rounds/{id}/ballot', tags, summary: 'Your own votes in a round and the budget left (members)', request: { params, query: ballotQuerySchema }, responses: { 200: json(ballotOutSchema, 'your ballot') } }),
    async (c) => c.json(await getBallot(c.var.ctx, c.req.valid('param').id, c.req.valid('query').organizationId), 200),
  );
  router.openapi(
    createRoute({
      method: 'put', path: '/strategy-rounds/{id}/votes/{ideaId}', tags,
      summary: 'Set the votes your party gives an idea while the round is open (members); the total stays within the budget',
      request: { params: voteParamSchema, ...body(voteSchema) }, responses: { 200: json(ballotOutSchema, 'your ballot') },
    }),
    async (c) => {
      const { id, ideaId } = c.req.valid('param');
      return c.json(await castVotes(c.var.ctx, id, ideaId, c.req.valid('json')), 200);
    },
  );
  router.openapi(
    createRoute({ method: 'get', path: '/strategy-rounds/{id}/results', tags, summary: 'Votes, voters and rank per idea, once the round has closed (members; 409 before)', request: { params }, responses: { 200: json(resultsOutSchema, 'the results') } }),
    async (c) => c.json(await getResults(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({ method: 'post', path: '/strategy-rounds/{id}/paper', tags, summary: 'Generate a draft strategy paper from a closed round (managers)', request: { params, ...body(paperGenerateSchema) }, responses: { 201: paper } }),
    async (c) => c.json(await generatePaper(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/strategy/papers', tags, summary: 'Strategy papers: all for managers, the final ones for members', request: { params: ref }, responses: { 200: json(paperListOutSchema, 'the papers') } }),
    async (c) => c.json(await listPapers(c.var.ctx, c.req.valid('param').ref), 200),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/strategy-papers/{id}', tags, summary: 'A strategy paper (managers; members when final)', request: { params }, responses: { 200: paper } }),
    async (c) => c.json(await getPaper(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/strategy-papers/{id}', tags, summary: 'Edit a paper or mark it final (managers)', request: { params, ...body(paperUpdateSchema) }, responses: { 200: paper } }),
    async (c) => c.json(await updatePaper(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/strategy-papers/{id}', tags, summary: 'Delete a paper (managers)', request: { params }, responses: deleted }),
    async (c) => {
      await deletePaper(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({ method: 'get', path: '/strategy-papers/{id}/paper.md', tags, summary: 'A paper as Markdown', request: { params }, responses: { 200: { content: { 'text/markdown': { schema: z.string() } }, description: 'Markdown' } } }),
    async (c) => {
      const { body: text, filename } = await exportPaper(c.var.ctx, c.req.valid('param').id, 'md');
      return c.body(text as string, 200, { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` });
    },
  );
  router.openapi(
    createRoute({ method: 'get', path: '/strategy-papers/{id}/paper.pdf', tags, summary: 'A paper as PDF', request: { params }, responses: { 200: { content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } }, description: 'PDF' } } }),
    async (c) => {
      const { body: pdf, filename } = await exportPaper(c.var.ctx, c.req.valid('param').id, 'pdf');
      return c.body(new Uint8Array(pdf as Buffer), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${filename}"` });
    },
  );
}
