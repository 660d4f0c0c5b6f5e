// zod inputs and outputs of accounts, and the presenters that turn user and token rows into API objects.
import { z } from '@hono/zod-openapi';
import { MIN_PASSWORD_LENGTH } from '#src/auth/password.ts';
import type { ScopedRole } from '#src/db/types.ts';

/** E-mail addresses are compared trimmed and lower-cased. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an e-mail address' }).max(254))
  .openapi({ example: 'admin@example.org' });

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024, 'must be at most 1024 characters');

export const idSchema = z.uuid({ message: 'must be a UUID' });

export const scopedRoles = ['cluster_manager', 'organization_editor', 'member'] as const satisfies readonly ScopedRole[];

export const roleGrantSchema = z
  .object({
    role: z.enum(scopedRoles),
    scopeId: z.uuid().openapi({ description: 'a cluster id (cluster_manager, member) or an organisation id (organization_editor)' }),
  })
  .openapi('RoleGrant');

export const createUserSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().max(200).optional(),
    password: passwordSchema,
    isAdmin: z.boolean().optional(),
    roles: z.array(roleGrantSchema).max(100).optional(),
  })
  .openapi('NewUser');
export type CreateUserInput = z.input<typeof createUserSchema>;

export const loginSchema = z
  .object({
    // Not validated as an address: a sign-in must not say more than "wrong e-mail or password".
    email: z.string().trim().toLowerCase().min(1).max(254),
    password: z.string().min(1).max(1024),
  })
  .openapi('Login');

export const issueTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: 'nightly import' }),
    expiresAt: z.iso.datetime({ offset: true }).optional().openapi({ description: 'when the token stops working; never when absent' }),
  })
  .openapi('NewApiToken');

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    isAdmin: z.boolean(),
    disabled: z.boolean(),
    roles: z.array(roleGrantSchema),
    createdAt: z.string(),
  })
  .openapi('User');
export type User = z.infer<typeof userSchema>;

/** The signed-in user, with what they may change, so the web app can offer only what the server will allow. */
export const meSchema = userSchema
  .extend({
    editableOrganizationIds: z.array(z.uuid()).openapi({ description: 'organisations they edit or whose cluster they manage (admins: see isAdmin)' }),
    managedClusterIds: z.array(z.uuid()).openapi({ description: 'clusters they manage and those clusters’ hubs (admins: see isAdmin)' }),
  })
  .openapi('Me');
export type Me = z.infer<typeof meSchema>;

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
  })
  .openapi('ApiToken');
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const issuedTokenSchema = z
  .object({ token: z.string().openapi({ description: 'shown once; send as `Authorization: Bearer <token>`' }), apiToken: apiTokenSchema })
  .openapi('IssuedApiToken');

type UserRowLike = {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  disabled: boolean;
  created_at: Date;
  roles: Array<{ role: ScopedRole; scope_id: string }>;
};

/** A user as the API shows it (never the password hash). */
export function presentUser(row: UserRowLike): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isAdmin: row.is_admin,
    disabled: row.disabled,
    roles: row.roles.map((r) => ({ role: r.role, scopeId: r.scope_id })),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** An API token as the API shows it (never the token or its hash). */
export function presentApiToken(row: {
  id: string;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
}): ApiToken {
  const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());
  return { id: row.id, name: row.name, createdAt: new Date(row.created_at).toISOString(), lastUsedAt: iso(row.last_used_at), expiresAt: iso(row.expires_at) };
}
