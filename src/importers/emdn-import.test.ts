// The EMDN import: the real nomenclature file, idempotence, and bad lines rejected with nothing written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, system, type Actor } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { importEmdn } from '#src/importers/emdn-import.ts';
import { createLogger } from '#src/log.ts';

// The shared reference data sits beside the repository (../shared).
const EMDN = fileURLToPath(new URL('../../../shared/data/nomenclature/emdn-v2.tsv', import.meta.url));
let t: Awaited<ReturnType<typeof createTestDb>>;
const ctx = (actor: Actor = system) => ({ db: t.db, actor, clock: () => new Date(), log: createLogger('silent') });
const emdnCount = async () =>
  (await t.db.selectFrom('competences').select((eb) => eb.fn.countAll<number>().as('n')).where('scheme', '=', 'emdn').executeTakeFirstOrThrow()).n;

function tsv(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'klynge-emdn-'));
  const file = join(dir, 'bad.tsv');
  writeFileSync(file, ['EMDN V2\t\t\t\t\t', 'CATEGORY \tCATEGORY DESCRIPTION\tCODE\tTERM\tLEVEL \tTERMINAL LEVEL YES/NO ', ...lines].join('\n'));
  return file;
}
const row = (code: string, term: string, level: number | string) => `${code[0]}\tCAT\t${code}\t${term}\t${level}\tNO`;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('importing EMDN', () => {
  it('refuses anonymous visitors and non-admin users', async () => {
    await expect(importEmdn(ctx(anonymous), EMDN)).rejects.toMatchObject({ code: 'unauthenticated' });
    const user: Actor = { kind: 'user', userId: 'u', email: 'u@example.org', isAdmin: false, roles: [] };
    await expect(importEmdn(ctx(user), EMDN)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('rejects a line whose level does not match its code, naming file and line, writing nothing', async () => {
    const file = tsv([row('A', 'CAT A', 1), row('A01', 'NEEDLES', 2), row('A0101', 'FOR INFUSION', 4)]);
    await expect(importEmdn(ctx(), file)).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/^bad\.tsv:5: LEVEL "4"/) });
    expect(await emdnCount()).toBe(23);
  });

  it('rejects a missing parent, a duplicate code and a short line with their lines', async () => {
    await expect(importEmdn(ctx(), tsv([row('A', 'CAT', 1), row('A0101', 'ORPHAN', 3)]))).rejects.toThrow(/^bad\.tsv:4: parent code A01 of A0101 is missing/);
    await expect(importEmdn(ctx(), tsv([row('A', 'CAT', 1), row('A', 'AGAIN', 1)]))).rejects.toThrow(/^bad\.tsv:4: duplicate code A \(first on line 3\)/);
    await expect(importEmdn(ctx(), tsv([row('A', 'CAT', 1), 'A\tCAT\tA01']))).rejects.toThrow(/^bad\.tsv:4: expected 6 tab-separated columns, found 3/);
    await expect(importEmdn(ctx(), join(tmpdir(), 'no-such-emdn.tsv'))).rejects.toMatchObject({ code: 'invalid' });
    expect(await emdnCount()).toBe(23);
  });

  it('loads the whole nomenclature with its seven levels and the tree from the code structure', async () => {
    const summary = await importEmdn(ctx(), EMDN);
    expect(summary.levels).toEqual({ 1: 23, 2: 180, 3: 926, 4: 2017, 5: 2795, 6: 2142, 7: 371 });
    expect(summary).toMatchObject({ rows: 8454, inserted: 8431, updated: 0, unchanged: 23 });
    expect(await emdnCount()).toBe(8454);
    const pick = (id: string) => t.db.selectFrom('competences').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(await pick('emdn:A01')).toMatchObject({ parent_id: 'emdn:A', depth: 2, path: 'A01' });
    expect(await pick('emdn:H010101030303')).toMatchObject({ parent_id: 'emdn:H0101010303', depth: 7 });
    // The one term that spans two lines in the file, in quotes.
    expect((await pick('emdn:H01010102')).label).toEqual({ en: 'MULTIFILAMENT SYNTHETIC ABSORBABLE SUTURES' });
    const orphans = await t.db
      .selectFrom('competences as c')
      .leftJoin('competences as p', 'p.id', 'c.parent_id')
      .select('c.id')
      .where('c.scheme', '=', 'emdn')
      .where('c.parent_id', 'is not', null)
      .where('p.id', 'is', null)
      .execute();
    expect(orphans).toEqual([]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const summary = await importEmdn(ctx(), EMDN);
    expect(summary).toMatchObject({ rows: 8454, inserted: 0, updated: 0, unchanged: 8454 });
    expect(await emdnCount()).toBe(8454);
  });
});
