// The matching index of a database: read page by page into the same index as read whole, stored with a stamp that
// spares the next process the data version's scan until anything is written, and never prepared without a file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCommitSnapshot, readNetworkDataVersion } from '#src/atlas/network-repo.ts';
import { createTestDb } from '#src/db/test-db.ts';
import type { ParticipationRole } from '#src/db/types.ts';
import { readMatchCorpus } from '#src/matching/match-corpus.ts';
import { createMatchIndexBuilder } from '#src/matching/match-index-build.ts';
import { currentMatchIndex, refreshMatchIndex } from '#src/matching/match-index-cache.ts';
import { hasStoredMatchIndex, readIndexStamp, useMatchIndexDirectory, writeIndexStamp } from '#src/matching/match-index-file.ts';
import { encodeMatchIndex } from '#src/matching/match-snapshot.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { buildOrganization } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let dir: string;
const org: Record<string, string> = {};

async function buildProject(title: string, start: string, participants: Array<[string, ParticipationRole]>, visibility: 'public' | 'private' = 'public') {
  const { id } = await t.db
    .insertInto('projects')
    .values({ acronym: title.slice(0, 6).toUpperCase(), title, objective: `${title}, and more about it.`, start_date: start, keywords: [], visibility })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('participations')
    .values(participants.map(([o, role], i) => ({ project_id: id, organization_id: o, role, ec_contribution: null, position: i + 1 })))
    .execute();
}

/** The database as a new process sees it: a handle of its own, so no version or index is remembered for it yet. */
const aProcess = () => t.db.withoutPlugins();

async function indexRead(pageSize: number) {
  const builder = createMatchIndexBuilder({ titleWeight: 3 });
  const read = await readMatchCorpus(t.db, builder, pageSize);
  return { read, bytes: encodeMatchIndex(builder.finish()) };
}

beforeAll(async () => {
  t = await createTestDb();
  for (const name of ['Retina University', 'Eye Hospital', 'Vector Biotech', 'Plasma Institute', 'Wound Care ApS']) {
    org[name] = await buildOrganization(t.db, { name, keywords: [name.split(' ')[0]!.toLowerCase()] });
  }
  await buildProject('Gene therapy vectors for the retina', '2022-01-01', [[org['Retina University']!, 'coordinator'], [org['Eye Hospital']!, 'participant'], [org['Vector Biotech']!, 'participant']]);
  // One organisation in two roles of one project: the participations' pages go by project, organisation and role.
  await buildProject('Cold plasma for chronic wounds', '2023-03-01', [[org['Plasma Institute']!, 'coordinator'], [org['Wound Care ApS']!, 'participant'], [org['Wound Care ApS']!, 'thirdParty']]);
  await buildProject('Retinal implants', '2021-05-01', [[org['Eye Hospital']!, 'coordinator'], [org['Retina University']!, 'participant']]);
  await buildProject('A private plan', '2023-05-01', [[org['Vector Biotech']!, 'coordinator']], 'private');
  await refreshSearchIndex(t.db, 'all');
});
afterAll(() => t.close());
afterEach(() => {
  useMatchIndexDirectory(undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reading the corpus', () => {
  it('builds, page by page, the same index as from one page, leaving private projects out', async () => {
    const whole = await indexRead(1000);
    for (const pageSize of [1, 2, 3]) {
      const paged = await indexRead(pageSize);
      expect(paged.read).toEqual({ organizations: 5, projects: 3 });
      expect(Buffer.from(paged.bytes).equals(Buffer.from(whole.bytes))).toBe(true);
    }
  });
});

describe('refreshMatchIndex', () => {
  it('prepares nothing when no file keeps the index (PostgreSQL): each process builds its own when asked', async () => {
    const progress: string[] = [];
    await refreshMatchIndex(t.db, (m) => progress.push(m));
    expect(progress).toEqual([]);
  });
});

// The stamp belongs to the embedded engine, the only one whose index is kept in a file (on a server the snapshot
// also moves with every other database's writes).
describe.runIf(!process.env.DATABASE_URL)('the stamp beside a stored index', () => {
  it('is written with the data version; a new process at the same commit snapshot takes the version from it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'klynge-match-cache-'));
    useMatchIndexDirectory(dir);
    const version = await readNetworkDataVersion(t.db);
    await currentMatchIndex(aProcess());
    expect(hasStoredMatchIndex(version)).toBe(true);
    const snapshot = await readCommitSnapshot(t.db);
    expect(readIndexStamp()).toEqual({ snapshot, version });

    // A stamp that says otherwise at this very snapshot is believed: a new process does not scan the tables.
    writeIndexStamp({ snapshot, version: 'from-the-stamp' });
    await currentMatchIndex(aProcess());
    expect(hasStoredMatchIndex('from-the-stamp')).toBe(true);
  });

  it('is not believed once anything was written: the next process reads the version and sees the change', async () => {
    dir = mkdtempSync(join(tmpdir(), 'klynge-match-cache-'));
    useMatchIndexDirectory(dir);
    await currentMatchIndex(aProcess());
    const before = readIndexStamp()!;
    writeIndexStamp({ snapshot: before.snapshot, version: 'stale' });
    const added = await buildOrganization(t.db, { name: 'Newcomer Labs' });

    const index = await currentMatchIndex(aProcess());
    expect(index.organizations.id).toContain(added);
    const version = await readNetworkDataVersion(t.db);
    expect(version).not.toBe(before.version);
    expect(readIndexStamp()).toEqual({ snapshot: await readCommitSnapshot(t.db), version });
    expect(hasStoredMatchIndex(version)).toBe(true);
    expect(hasStoredMatchIndex('stale')).toBe(false);
  });

  it('is neither read nor written inside a transaction, whose writes may yet be rolled back', async () => {
    dir = mkdtempSync(join(tmpdir(), 'klynge-match-cache-'));
    useMatchIndexDirectory(dir);
    await t.db.transaction().execute(async (trx) => {
      await buildOrganization(trx, { name: 'Rolled Back GmbH' });
      await currentMatchIndex(trx);
      expect(readIndexStamp()).toBeNull();
      throw new Error('roll back');
    }).catch(() => undefined);
    expect(readIndexStamp()).toBeNull();
  });
});
