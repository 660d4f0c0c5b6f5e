// The CORDIS import service on real files: counts, idempotency, updates, bad input, permissions.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anonymous, system, type Actor } from '#src/auth/actor.ts';
import type { Ctx } from '#src/context.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { AppError } from '#src/errors.ts';
import { CORDIS_2024_ZIP, extractCordisFiles, makeTempDir, readCordisEntries, writeCordisFiles } from '#src/importers/cordis-fixtures.ts';
import { mayBypassTriggers } from '#src/importers/cordis-repo.ts';
import { importCordis } from '#src/importers/cordis-service.ts';
import { createLogger } from '#src/log.ts';

// Small 2024 projects with 3-8 participants and several euroSciVoc categories, one sharing partners.
const NAMES = ['240280', '244537', '244831', '250056', '250060', '250869', '255345', '238733'].map((n) => `xml/${n}.xml`);
const TABLES = ['projects', 'organizations', 'participations', 'project_topics', 'competences', 'organization_competences'];

let t: Awaited<ReturnType<typeof createTestDb>>;
let folder: Awaited<ReturnType<typeof extractCordisFiles>>;
const as = (actor: Actor): Ctx => ({ db: t.db, actor, clock: () => new Date(), log: createLogger('silent') });

beforeAll(async () => {
  t = await createTestDb();
  folder = await extractCordisFiles(CORDIS_2024_ZIP, NAMES);
});
afterAll(async () => {
  await folder.remove();
  await t.close();
});
beforeEach(async () => {
  await sql`truncate projects, organizations, participations, project_topics, organization_competences, import_runs cascade`.execute(t.db);
  await sql`delete from competences where scheme = 'euroscivoc'`.execute(t.db);
});

/** What the files hold, counted with regular expressions rather than the importer's parser. */
function countIndependently(texts: string[]) {
  const organizations = new Set<string>();
  const participations = new Set<string>();
  const projects = new Set<string>();
  for (const xml of texts) {
    const project = /<project>[\s\S]*?<id>(\d+)<\/id>/.exec(xml)![1]!;
    projects.add(project);
    const orgs = xml.matchAll(/<organization [^>]*type="(coordinator|participant|associatedPartner|thirdParty)"[^>]*>[\s\S]*?<id>(\d+)<\/id>/g);
    for (const [, role, id] of orgs) {
      organizations.add(id!);
      participations.add(`${project} ${id} ${role}`);
    }
  }
  return { projects: projects.size, organizations: organizations.size, participations: participations.size };
}

async function counts() {
  const row = await sql<Record<string, number>>`select
    (select count(*) from projects) as projects, (select count(*) from organizations) as organizations,
    (select count(*) from participations) as participations`.execute(t.db);
  return row.rows[0]!;
}

/** One checksum per table over every column, so any written row (even an unchanged one) shows. */
async function checksums() {
  const sums: Record<string, string> = {};
  for (const table of TABLES) {
    const r = await sql<{ sum: string | null }>`select md5(string_agg(x::text, '|' order by x::text)) as sum from ${sql.table(table)} x`.execute(t.db);
    sums[table] = r.rows[0]!.sum ?? '';
  }
  return sums;
}

/** Compares the derived organisation competences with a count of our own: weight = projects with that topic. */
async function competenceMismatches() {
  const r = await sql<{ mismatches: number; total: number }>`
    with expected as (
      select pa.organization_id, t.competence_id, count(distinct pa.project_id) as weight
      from participations pa join project_topics t using (project_id) group by 1, 2)
    select (select count(*) from expected e full join (select * from organization_competences where source = 'projects') oc
              using (organization_id, competence_id) where e.weight is distinct from oc.weight) as mismatches,
           (select count(*) from expected) as total`.execute(t.db);
  return r.rows[0]!;
}

describe('importCordis', () => {
  it('imports a folder of real files with the counts the XML holds', async () => {
    const expected = countIndependently(await readCordisEntries(CORDIS_2024_ZIP, NAMES));
    const summary = await importCordis(as(system), folder.path);
    expect(summary).toMatchObject({ ...expected, skipped: 0 });
    expect(summary.seconds).toBeGreaterThanOrEqual(0);
    expect(await counts()).toEqual({ projects: expected.projects, organizations: expected.organizations, participations: expected.participations });

    const uio = await t.db.selectFrom('organizations').selectAll().where('cordis_id', '=', '999975814').executeTakeFirstOrThrow();
    expect(uio).toMatchObject({ name: 'UNIVERSITETET I OSLO', type: 'university', country: 'NO', nuts_code: 'NO081', lat: 60.0518829 });
    const runs = await t.db.selectFrom('import_runs').selectAll().execute();
    expect(runs).toMatchObject([{ kind: 'cordis', status: 'done', summary: { projects: expected.projects } }]);
  });

  it('puts every euroSciVoc level into the taxonomy and derives organisation competences from projects', async () => {
    await importCordis(as(system), folder.path);
    const pde = await t.db.selectFrom('competences').selectAll().where('id', '=', 'esv:/23/51/359/1067/1637/1817').executeTakeFirstOrThrow();
    expect(pde).toMatchObject({
      scheme: 'euroscivoc', code: '/23/51/359/1067/1637/1817', parent_id: 'esv:/23/51/359/1067/1637', depth: 6,
      path: '/natural sciences/mathematics/pure mathematics/mathematical analysis/differential equations/partial differential equations',
      label: { en: 'partial differential equations' },
    });
    const root = await t.db.selectFrom('competences').selectAll().where('id', '=', 'esv:/23').executeTakeFirstOrThrow();
    expect(root).toMatchObject({ parent_id: null, depth: 1, path: '/natural sciences', label: { en: 'natural sciences' } });

    expect(await competenceMismatches()).toEqual({ mismatches: 0, total: expect.any(Number) });
    expect((await competenceMismatches()).total).toBeGreaterThan(0);
  });

  it('changes nothing when the same files are imported again', async () => {
    const first = await importCordis(as(system), folder.path);
    const before = await checksums();
    const second = await importCordis(as(system), folder.path);
    expect({ ...second, seconds: 0 }).toEqual({ ...first, seconds: 0 });
    expect(await checksums()).toEqual(before);
  });

  it('updates a project from a newer file and replaces its participations and topics', async () => {
    await importCordis(as(system), folder.path);
    const file = join(folder.path, '250056.xml');
    const original = await readFile(file, 'utf8');
    try {
      // Newer stamp, new title, and the first associated partner gone.
      const first = /<organization [^>]*type="associatedPartner"[\s\S]*?<\/organization>\s*/.exec(original)![0];
      const gone = /<id>(\d+)<\/id>/.exec(first)![1]!;
      const newer = original
        .replace(/<lastUpdateDate>[^<]*<\/lastUpdateDate>/, '<lastUpdateDate>2099-01-01 00:00:00</lastUpdateDate>')
        .replace(/<title>[^<]*<\/title>/, '<title>Renamed by a newer export</title>')
        .replace(first, '');
      await writeFile(file, newer);
      const projectId = (await t.db.selectFrom('projects').select('id').where('rcn', '=', '250056').executeTakeFirstOrThrow()).id;
      const partnersBefore = await t.db.selectFrom('participations').select('organization_id').where('project_id', '=', projectId).execute();

      await importCordis(as(system), folder.path);
      const project = await t.db.selectFrom('projects').selectAll().where('id', '=', projectId).executeTakeFirstOrThrow();
      expect(project).toMatchObject({ title: 'Renamed by a newer export', source_updated_at: '2099-01-01 00:00:00' });
      const partnersAfter = await t.db
        .selectFrom('participations')
        .innerJoin('organizations', 'organizations.id', 'participations.organization_id')
        .select('cordis_id')
        .where('project_id', '=', projectId)
        .execute();
      expect(partnersAfter.map((p) => p.cordis_id)).not.toContain(gone);
      expect(partnersAfter.length).toBe(partnersBefore.length - 1);
      expect(await competenceMismatches()).toMatchObject({ mismatches: 0 }); // the dropped partner's were recomputed
    } finally {
      await writeFile(file, original);
    }
  });

  it('leaves no orphan rows although it inserts child rows with the foreign-key triggers off, and turns them on again', async () => {
    if (t.engine === 'pglite') expect(await mayBypassTriggers(t.db)).toBe(true); // so this test covers that path
    await importCordis(as(system), folder.path);
    await importCordis(as(system), folder.path); // the second run replaces nothing, but derives again
    const orphans = await sql<Record<string, number>>`select
      (select count(*) from participations pa where not exists (select 1 from projects p where p.id = pa.project_id)
        or not exists (select 1 from organizations o where o.id = pa.organization_id)) as participations,
      (select count(*) from project_topics pt where not exists (select 1 from projects p where p.id = pt.project_id)
        or not exists (select 1 from competences c where c.id = pt.competence_id)) as project_topics,
      (select count(*) from organization_competences oc where not exists (select 1 from organizations o where o.id = oc.organization_id)
        or not exists (select 1 from competences c where c.id = oc.competence_id)) as organization_competences`.execute(t.db);
    expect(orphans.rows[0]).toEqual({ participations: 0, project_topics: 0, organization_competences: 0 });
    expect((await counts()).participations).toBeGreaterThan(0);

    const project = await t.db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
    const orphan = { project_id: project.id, organization_id: '00000000-0000-0000-0000-0000000000ff', role: 'participant' as const };
    await expect(t.db.insertInto('participations').values(orphan).execute()).rejects.toThrow(/foreign key/);
  });

  it('rejects a malformed file naming file and line, and writes nothing', async () => {
    const bad = await makeTempDir();
    try {
      const [good] = await readCordisEntries(CORDIS_2024_ZIP, ['xml/240280.xml']);
      await writeCordisFiles(bad.path, [
        { name: '1-good.xml', text: good! },
        { name: '2-bad.xml', text: '<?xml version="1.0"?>\n<project>\n  <id>1</id>\n  <title>open\n</project>\n' },
      ]);
      const err = await importCordis(as(system), bad.path).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('invalid');
      expect((err as AppError).message).toMatch(/2-bad\.xml line 5: /);
      expect(await counts()).toEqual({ projects: 0, organizations: 0, participations: 0 });
      const runs = await t.db.selectFrom('import_runs').select(['status', 'summary']).execute();
      expect(runs).toMatchObject([{ status: 'failed', summary: { error: expect.stringContaining('2-bad.xml line 5') } }]);

      const skipped: string[] = [];
      const summary = await importCordis(as(system), bad.path, { skipBad: true, onSkipped: (e) => skipped.push(e.message) });
      expect(summary).toMatchObject({ projects: 1, skipped: 1 });
      expect(skipped).toEqual([expect.stringMatching(/2-bad\.xml line 5: /)]);
      expect((await counts()).projects).toBe(1);
    } finally {
      await bad.remove();
    }
  });

  it('rejects a truncated zip naming the file, and writes nothing', async () => {
    const dir = await makeTempDir();
    try {
      const zip = join(dir.path, 'cut.zip');
      await writeFile(zip, (await readFile(CORDIS_2024_ZIP)).subarray(0, 1_000_000));
      await expect(importCordis(as(system), zip)).rejects.toThrow(/cut\.zip: not a readable zip file/);
      expect(await counts()).toEqual({ projects: 0, organizations: 0, participations: 0 });
    } finally {
      await dir.remove();
    }
  });

  it('refuses visitors and users who are not platform admins', async () => {
    await expect(importCordis(as(anonymous), folder.path)).rejects.toMatchObject({ code: 'unauthenticated' });
    const editor: Actor = { kind: 'user', userId: '00000000-0000-0000-0000-000000000001', email: 'e@example.org', isAdmin: false, roles: [] };
    await expect(importCordis(as(editor), folder.path)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await t.db.selectFrom('import_runs').selectAll().execute()).toEqual([]);
  });
});
