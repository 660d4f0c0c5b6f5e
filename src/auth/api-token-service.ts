// API tokens for programs: issued to a user, shown once, listed and revoked by their owner (or an admin).
import type { Actor } from '#src/auth/actor.ts';
import * as repo from '#src/auth/auth-repo.ts';
import { issueTokenSchema, presentApiToken, type ApiToken } from '#src/auth/auth-schema.ts';
import { parseInput, requireId } from '#src/auth/auth-service.ts';
import { isAdmin, requireAdmin, requireUser } from '#src/auth/policy.ts';
import { hashToken, newApiToken } from '#src/auth/tokens.ts';
import type { Ctx } from '#src/context.ts';
import { invalid, notFound } from '#src/errors.ts';

/** The signed-in user's id; the operator has no account of their own, so it must name one. */
function ownUserId(actor: Actor): string {
  const user = requireUser(actor);
  if (user.kind === 'system') throw invalid('email: the operator has no account; name the user the token is for', [{ field: 'email', message: 'required' }]);
  return user.userId;
}

/**
 * Issues an API token for the acting user, or (admins and the operator) for the user with `forEmail`;
 * returns the token itself exactly once.
 */
export async function issueApiToken(
  ctx: Ctx,
  input: { name: string; expiresAt?: string; forEmail?: string },
): Promise<{ token: string; apiToken: ApiToken }> {
  requireUser(ctx.actor);
  const data = parseInput(issueTokenSchema, { name: input.name, expiresAt: input.expiresAt });
  let userId: string;
  if (input.forEmail === undefined) {
    userId = ownUserId(ctx.actor);
  } else {
    requireAdmin(ctx.actor);
    const email = input.forEmail.trim().toLowerCase();
    const user = await repo.findUserByEmail(ctx.db, email);
    if (!user) throw invalid(`email: no user with e-mail ${email}`, [{ field: 'email', message: 'no such user' }]);
    userId = user.id;
  }
  const expiresAt = data.expiresAt === undefined ? null : new Date(data.expiresAt);
  if (expiresAt && expiresAt <= ctx.clock()) throw invalid('expiresAt: must lie in the future', [{ field: 'expiresAt', message: 'must lie in the future' }]);
  const token = newApiToken();
  const row = await repo.insertApiToken(ctx.db, { userId, name: data.name, tokenHash: hashToken(token), expiresAt });
  return { token, apiToken: presentApiToken(row) };
}

/** The acting user's API tokens (never the tokens themselves). */
export async function listApiTokens(ctx: Ctx): Promise<ApiToken[]> {
  const userId = ownUserId(ctx.actor);
  return (await repo.listApiTokens(ctx.db, userId)).map(presentApiToken);
}

/** Revokes an API token of the acting user (admins: anyone's); others' tokens are reported as not found. */
export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  requireUser(ctx.actor);
  requireId(id, 'id');
  const owner = await repo.findApiTokenOwner(ctx.db, id);
  if (owner === undefined || (!isAdmin(ctx.actor) && owner !== ownUserId(ctx.actor))) throw notFound('API token', id);
  await repo.deleteApiToken(ctx.db, id);
}
