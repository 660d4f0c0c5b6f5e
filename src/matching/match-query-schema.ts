// The query rules `klynge match` and the HTTP API share, in plain zod: the CLI validates its JSON Lines with them
// without loading the HTTP schema machinery (@hono/zod-openapi and hono), which match-schema.ts adds on top.
import { z } from 'zod';
import { MAX_MATCH_TEXT } from '#src/matching/match-types.ts';

/** A required string whose missing and mistyped forms are told apart in the message. */
export const requiredString = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') });

/** The idea, need or call topic: not blank, at most MAX_MATCH_TEXT characters once trimmed. */
export const matchTextRule = () => requiredString().trim().min(1, 'must not be empty').max(MAX_MATCH_TEXT, `must be at most ${MAX_MATCH_TEXT} characters`);

/** One line of `klynge match --queries FILE`; organisations by CORDIS id (identifiers are strings). */
export const batchQueryLine = z.object({
  id: requiredString().min(1, 'must not be empty'),
  text: matchTextRule(),
  requester: z.string({ error: 'must be a string (a CORDIS organisation id)' }).nullish().transform((v) => v ?? undefined),
  exclude: z.array(z.string({ error: 'must be a string (a CORDIS organisation id)' }), { error: 'must be an array of CORDIS organisation ids' })
    .nullish()
    .transform((v) => v ?? undefined),
});
export type BatchQueryLine = z.infer<typeof batchQueryLine>;
