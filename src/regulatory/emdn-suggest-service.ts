// EMDN codes suggested for a device name and description, from an index of the EMDN tree kept per database.
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { readCommitSnapshot } from '#src/atlas/network-repo.ts';
import { buildEmdnIndex, rankEmdn, type EmdnIndex } from '#src/regulatory/emdn-suggest-index.ts';
import { readQuery } from '#src/regulatory/emdn-suggest-reading.ts';
import { readEmdnNodes, readEmdnVersion } from '#src/regulatory/emdn-suggest-repo.ts';

type Entry = { snapshot: string; version: string; index: Promise<EmdnIndex> };
const entries = new WeakMap<Db, Entry>();

/**
 * The index of the EMDN tree as `db` holds it: the one in memory while no transaction committed since (the commit
 * snapshot tells, without a scan), or while the EMDN rows' fingerprint is unchanged; else built anew (~0.1 s for
 * the 8,000 codes; concurrent callers share the build).
 */
async function currentEmdnIndex(db: Db): Promise<EmdnIndex> {
  const snapshot = await readCommitSnapshot(db);
  const known = entries.get(db);
  if (known?.snapshot === snapshot) return known.index;
  const version = await readEmdnVersion(db);
  if (known?.version === version) {
    known.snapshot = snapshot;
    return known.index;
  }
  const entry: Entry = { snapshot, version, index: readEmdnNodes(db).then(buildEmdnIndex) };
  entries.set(db, entry);
  entry.index.catch(() => {
    if (entries.get(db) === entry) entries.delete(db);
  });
  return entry.index;
}

/** The `limit` EMDN codes that best fit a device's name and description (English, German or Danish), best first. */
export async function suggestEmdn(ctx: Ctx, query: { text: string; limit: number }) {
  const index = await currentEmdnIndex(ctx.db);
  const reading = readQuery(query.text, index);
  const id = (code: string) => `emdn:${code}`;
  return {
    language: reading.language,
    reading: reading.english.join(' '),
    items: rankEmdn(index, reading.words, query.limit).map((hit) => ({
      id: id(hit.code),
      code: hit.code,
      term: hit.term,
      terminal: hit.terminal,
      score: hit.score,
      path: hit.path.map((p) => ({ id: id(p.code), code: p.code, term: p.term })),
    })),
  };
}
