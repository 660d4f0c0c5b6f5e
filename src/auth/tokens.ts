// Bearer secrets for sessions and API tokens: 32 random bytes handed out once, only their SHA-256 kept.
import { createHash, randomBytes } from 'node:crypto';

/** Every API token starts with this, so leaked tokens are easy to recognise (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'klg_';

/** A new session token for the `klynge_session` cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new API token: `klg_` and 32 random bytes. */
export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The form a token is stored and looked up in; a fast hash suffices because the token has 256 random bits. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
