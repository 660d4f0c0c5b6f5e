// Idea rounds, ballots, results and strategy papers over HTTP: request schemas, API objects and presenters.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { StrategyPapersTable, StrategyRoundsTable } from '#src/db/types-cluster.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import { localizedOutSchema, localizedSchema, localizedTitleSchema } from '#src/strategy/strategy-schema.ts';

const instant = z.iso.datetime({ offset: true });

export const roundCreateSchema = z
  .object({
    themeId: z.uuid().nullable().default(null).openapi({ description: 'one theme of the cluster, or null for a cluster-wide round' }),
    title: localizedTitleSchema,
    description: localizedSchema(5000).default({}),
    voteBudget: z.number().int().min(1).max(1000).openapi({ description: 'votes each member organisation (or member without one) may spread' }),
    opensAt: instant.optional().openapi({ description: 'default: now' }),
    closesAt: instant,
  })
  .strict()
  .openapi('RoundCreate');

export const roundUpdateSchema = z
  .object({ title: localizedTitleSchema, description: localizedSchema(5000), closesAt: instant })
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'give at least one field to change')
  .openapi('RoundUpdate');

export const voteSchema = z
  .object({
    votes: z.number().int().min(0).max(1000).openapi({ description: 'the votes this idea gets from your party (0 takes them back)' }),
    organizationId: z.uuid().optional().openapi({ description: 'the member organisation you vote for, when you edit several' }),
  })
  .strict()
  .openapi('Vote');

export const ballotQuerySchema = z.object({ organizationId: z.uuid().optional() });
export const voteParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  ideaId: z.uuid().openapi({ param: { name: 'ideaId', in: 'path' } }),
});

export const roundStateSchema = z.enum(['upcoming', 'open', 'closed']);

export const roundOutSchema = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    themeId: z.string().nullable(),
    title: localizedOutSchema,
    description: localizedOutSchema,
    voteBudget: z.number(),
    opensAt: z.string(),
    closesAt: z.string(),
    closedAt: z.string().nullable().openapi({ description: 'when a manager closed it early' }),
    state: roundStateSchema,
  })
  .openapi('Round');
export const roundListOutSchema = z.object({ items: z.array(roundOutSchema) }).openapi('RoundList');

const partySchema = z.object({ kind: z.enum(['organization', 'user']), id: z.string(), name: z.string() }).openapi('VotingParty');
export const ballotOutSchema = z
  .object({
    roundId: z.string(),
    state: roundStateSchema,
    budget: z.number(),
    used: z.number(),
    remaining: z.number(),
    party: partySchema.nullable().openapi({ description: 'whom you vote for; null when you may not vote' }),
    parties: z.array(partySchema).openapi({ description: 'every party you may vote for' }),
    votes: z.array(z.object({ ideaId: z.string(), votes: z.number() })),
    eligibleIdeaIds: z.array(z.string()).openapi({ description: 'the ideas that take votes in this round' }),
  })
  .openapi('Ballot');

export const resultsOutSchema = z
  .object({
    roundId: z.string(),
    closedAt: z.string(),
    voters: z.number().openapi({ description: 'parties (member organisations, or members without one) that cast any vote' }),
    votesCast: z.number(),
    items: z.array(z.object({
      rank: z.number().openapi({ description: 'competition rank: equal votes share a rank, the next rank skips' }),
      ideaId: z.string(),
      themeId: z.string(),
      title: z.string(),
      organizationName: z.string().nullable(),
      status: z.enum(['open', 'hidden', 'adopted']),
      votes: z.number(),
      voters: z.number(),
    })),
  })
  .openapi('RoundResults');

export const paperGenerateSchema = z
  .object({ language: z.enum(['de', 'en', 'da']).default('en'), title: z.string().trim().min(1).max(300).optional() })
  .strict()
  .openapi('PaperGenerate');
export const paperUpdateSchema = z
  .object({ title: z.string().trim().min(1).max(300), body: z.string().max(200_000), status: z.enum(['draft', 'final']) })
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'give at least one field to change')
  .openapi('PaperUpdate');
export const paperOutSchema = z
  .object({ id: z.string(), clusterId: z.string(), roundId: z.string().nullable(), title: z.string(), body: z.string(), status: z.enum(['draft', 'final']), createdAt: z.string(), updatedAt: z.string() })
  .openapi('StrategyPaper');
export const paperListOutSchema = z.object({ items: z.array(paperOutSchema) }).openapi('StrategyPaperList');

export type RoundCreate = z.infer<typeof roundCreateSchema>;
export type RoundUpdate = z.infer<typeof roundUpdateSchema>;
export type RoundRow = Selectable<StrategyRoundsTable>;
export type RoundState = z.infer<typeof roundStateSchema>;
export type PaperRow = Selectable<StrategyPapersTable>;
export type Party = z.infer<typeof partySchema>;
export type Results = z.infer<typeof resultsOutSchema>;

/** When the round stops taking votes: a manager's early close, else its closing time. */
export const closedAtOf = (row: Pick<RoundRow, 'closed_at' | 'closes_at'>): Date => row.closed_at ?? row.closes_at;

/** Where the round stands at `now`: not yet open, open, or closed (closed early or past its closing time). */
export function roundState(row: Pick<RoundRow, 'opens_at' | 'closes_at' | 'closed_at'>, now: Date): RoundState {
  if (closedAtOf(row) <= now) return 'closed';
  return row.opens_at > now ? 'upcoming' : 'open';
}

/** Turns a round row into the API object. */
export const presentRound = (row: RoundRow, now: Date): z.infer<typeof roundOutSchema> => ({
  id: row.id, clusterId: row.cluster_id, themeId: row.theme_id, title: row.title, description: row.description, voteBudget: row.vote_budget,
  opensAt: isoTime(row.opens_at), closesAt: isoTime(row.closes_at), closedAt: row.closed_at === null ? null : isoTime(row.closed_at), state: roundState(row, now),
});

/** Turns a paper row into the API object. */
export const presentPaper = (row: PaperRow): z.infer<typeof paperOutSchema> => ({
  id: row.id, clusterId: row.cluster_id, roundId: row.round_id, title: row.title, body: row.body, status: row.status,
  createdAt: isoTime(row.created_at), updatedAt: isoTime(row.updated_at),
});
