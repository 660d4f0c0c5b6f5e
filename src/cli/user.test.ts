// `klynge user add` and `klynge token create` as a person runs them: exit codes, stdout JSON, the account in the database.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveActor } from '#src/auth/auth-service.ts';
import { verifyPassword } from '#src/auth/password.ts';
import { openDatabase, type DatabaseHandle } from '#src/db/connect.ts';
import { createTestDb } from '#src/db/test-db.ts';

const bin = new URL('../../bin/klynge.js', import.meta.url).pathname;
/** On the server: a fresh test database the CLI reaches by URL; embedded: a data directory the CLI opens itself. */
let server: Awaited<ReturnType<typeof createTestDb>> | undefined;
let dataDir = '';

function klynge(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KLYNGE_LOG: 'warn', KLYNGE_PASSWORD: '', DATABASE_URL: server?.url ?? '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Opens what the CLI wrote (after it has exited: embedded PGlite has one process at a time). */
async function withDb<T>(body: (db: DatabaseHandle['db']) => Promise<T>): Promise<T> {
  if (server) return body(server.db);
  const handle = await openDatabase({ dataDir });
  try {
    return await body(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'klynge-cli-user-'));
  if (process.env.DATABASE_URL) server = await createTestDb();
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('klynge user add', () => {
  it('creates an admin (exit 0, the user as JSON), generating a password it prints once on stderr; token create then works', async () => {
    const added = klynge(['user', 'add', '--email', 'First.Admin@Example.org', '--role', 'admin', '--name', 'First Admin']);
    expect(added.stderr).toMatch(/generated password for first\.admin@example\.org \(shown once\): \S{20}\n/);
    expect(added.status).toBe(0);
    const user = JSON.parse(added.stdout) as { id: string; email: string; isAdmin: boolean; name: string };
    expect(user).toMatchObject({ email: 'first.admin@example.org', isAdmin: true, name: 'First Admin' });
    const password = /\(shown once\): (\S+)/.exec(added.stderr)?.[1] ?? '';

    const issued = klynge(['token', 'create', '--email', 'first.admin@example.org', '--name', 'ci']);
    expect(issued.status).toBe(0);
    const token = issued.stdout.trim();
    expect(token).toMatch(/^klg_\S{43}$/);

    await withDb(async (db) => {
      const row = await db.selectFrom('users').select(['password_hash', 'is_admin']).where('id', '=', user.id).executeTakeFirstOrThrow();
      expect(row.is_admin).toBe(true);
      expect(await verifyPassword(password, row.password_hash)).toBe(true);
      expect(await resolveActor(db, { bearerToken: token }, new Date())).toMatchObject({ kind: 'user', userId: user.id, isAdmin: true });
    });
  }, 180_000); // three cold starts of the CLI and the database, the first one migrating: slow on a loaded 2-core machine

  it.each([
    [['--email', 'not-an-address', '--role', 'admin'], /^klynge: --email: "not-an-address" is not an e-mail address\n$/],
    [['--email', 'x@example.org', '--role', 'superuser'], /^klynge: --role: expected one of admin, cluster_manager, organization_editor, member/],
    [['--email', 'x@example.org', '--role', 'member'], /^klynge: --scope: the member role needs a scope/],
    [['--email', 'x@example.org', '--role', 'admin', '--password', 'short'], /^klynge: --password: must be at least 10 characters\n$/],
  ])('exits 2 naming the option for %j', (args, message) => {
    const result = klynge(['user', 'add', ...args]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
