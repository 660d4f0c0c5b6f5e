// Who is acting: an anonymous visitor or a signed-in user with their scoped roles.
import type { ScopedRole } from '#src/db/types.ts';

export type RoleGrant = { role: ScopedRole; scopeId: string };

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; email: string; isAdmin: boolean; roles: RoleGrant[] }
  | { kind: 'system' };

export const anonymous: Actor = { kind: 'anonymous' };

/** The actor of the CLI and background jobs run by the operator: may do everything. */
export const system: Actor = { kind: 'system' };
