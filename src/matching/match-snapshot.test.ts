// The matching index as bytes and as a file: a round trip gives the same index and ranking, garbage is refused,
// and a stored index is only read back at the data version it was built at.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusOrganization, CorpusProject } from '#src/matching/match-corpus.ts';
import {
  hasStoredMatchIndex, keepsMatchIndexFile, readIndexStamp, readStoredMatchIndex, storeMatchIndex, useMatchIndexDirectory, writeIndexStamp,
} from '#src/matching/match-index-file.ts';
import { buildMatchIndex } from '#src/matching/match-index-build.ts';
import { rankPartners } from '#src/matching/match-rank.ts';
import { decodeMatchIndex, encodeMatchIndex, matchIndexChunks } from '#src/matching/match-snapshot.ts';

const org = (id: string, extra: Partial<CorpusOrganization>): CorpusOrganization => ({
  id, cordisId: null, name: `Org ${id}`, type: 'company', isSme: false, country: null, nutsCode: null, city: null,
  lat: null, lon: null, visibility: 'public', vector: null, ...extra,
});
const project = (id: string, start: number | null, vector: string): CorpusProject => ({
  id, acronym: id.toUpperCase(), title: `Project ${id} – “Grüße”`, start, visibility: 'public', vector,
});

const index = buildMatchIndex({
  organizations: [
    org('r', { cordisId: '900001', type: 'university', country: 'DK', nutsCode: 'DK011', city: 'København', lat: 55.68, lon: 12.57, vector: "'robot':1" }),
    org('a', { cordisId: '900002', isSme: true, country: 'DK', visibility: 'members' }),
    org('b', { name: 'Bø & "Quotes" AS', country: 'NO', vector: "'o''brien':1 'wound':2" }),
    org('c', { type: 'hospital' }),
  ],
  projects: [project('p1', 2022.5, "'wound':1A 'heal':2A"), project('p2', null, "'wound':1 'skin':2"), project('p3', 2019, "'heart':1")],
  participations: [
    { projectId: 'p1', organizationId: 'r', role: 'coordinator' },
    { projectId: 'p1', organizationId: 'a', role: 'participant' },
    { projectId: 'p2', organizationId: 'b', role: 'participant' },
    { projectId: 'p2', organizationId: 'a', role: 'associatedPartner' },
    { projectId: 'p3', organizationId: 'c', role: 'participant' },
  ],
}, { titleWeight: 2 });

describe('encodeMatchIndex / decodeMatchIndex', () => {
  const decoded = decodeMatchIndex(encodeMatchIndex(index));

  it('gives back the same index: arrays of the same kind, strings, NaN coordinates and starts', () => {
    expect(decoded).toEqual(index);
    expect(decoded.organizations.lat).toBeInstanceOf(Float64Array);
    expect(decoded.projectPostings.impact).toBeInstanceOf(Float32Array);
    expect(decoded.orgProjects).toBeInstanceOf(Int32Array);
    expect(decoded.projectRoles).toBeInstanceOf(Uint8Array);
    expect([...decoded.organizations.lat]).toEqual([55.68, Number.NaN, Number.NaN, Number.NaN]);
    expect(Number.isNaN(decoded.projects.start[1])).toBe(true);
    expect(decoded.organizations.name[2]).toBe('Bø & "Quotes" AS');
    expect(decoded.organizations.city[0]).toBe('København');
    expect(decoded.projects.title[0]).toBe('Project p1 – “Grüße”');
    expect(decoded.organizations.cordisId).toEqual(['900001', '900002', null, null]);
    expect(decoded.latestStart).toBe(2022.5);
  });

  it('rebuilds the lookups', () => {
    expect(decoded.terms).toEqual(index.terms);
    expect(decoded.terms.get("o'brien")).toBe(index.terms.get("o'brien"));
    expect(decoded.orgIndex).toEqual(new Map([['r', 0], ['a', 1], ['b', 2], ['c', 3]]));
    expect(decoded.cordisIndex).toEqual(new Map([['900001', 0], ['900002', 1]]));
  });

  it('ranks exactly as the index it came from', () => {
    const terms = (['wound', 'heal', 'skin'] as const).map((t): [number, number] => [index.terms.get(t)!, 1]);
    const input = { terms, requester: 0, exclude: new Set<number>(), allowed: undefined, preferNearby: true, k: 10 };
    const before = rankPartners(index, input);
    const after = rankPartners(decoded, input);
    expect(before.ranked.length).toBeGreaterThan(1);
    expect(after).toEqual(before);
  });

  it('builds the lookups only when first used, and leaves them out of the encoding', () => {
    const fresh = decodeMatchIndex(encodeMatchIndex(index));
    expect(Object.keys(fresh)).not.toContain('terms');
    expect(Object.keys(fresh)).not.toContain('cordisIndex');
    expect(JSON.stringify(fresh.termList)).toBe(JSON.stringify(index.termList));
    expect(fresh.terms).toBe(fresh.terms);
    expect(fresh.cordisIndex.get('900002')).toBe(1);
  });

  it('keeps the readable word of each term', () => {
    expect(decoded.termWords).toEqual(index.termWords);
    expect(decoded.termWords[decoded.terms.get('heal')!]).toBeNull();
  });

  it('reads an index that starts inside a larger buffer', () => {
    const bytes = encodeMatchIndex(index);
    const padded = new Uint8Array(bytes.length + 13);
    padded.set(bytes, 5);
    expect(decodeMatchIndex(padded.subarray(5, 5 + bytes.length))).toEqual(index);
  });

  it('refuses bytes that are not an index', () => {
    expect(() => decodeMatchIndex(new TextEncoder().encode('definitely not an index at all'))).toThrow('not a klynge matching index');
    expect(() => decodeMatchIndex(new Uint8Array([0x31, 0x49, 0x4d]))).toThrow('not a klynge matching index');
    expect(() => decodeMatchIndex(new Uint8Array(0))).toThrow('not a klynge matching index');
    // The right magic number with a broken header.
    const broken = encodeMatchIndex(index).slice();
    broken.fill(0x7b, 8, 40);
    expect(() => decodeMatchIndex(broken)).toThrow();
  });
});

describe('stored index file', () => {
  let dir: string;
  const bytes = encodeMatchIndex(index);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'klynge-match-index-'));
  });
  afterEach(() => {
    useMatchIndexDirectory(undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back what was stored at the same data version', () => {
    useMatchIndexDirectory(dir);
    expect(hasStoredMatchIndex('v1')).toBe(false);
    expect(readStoredMatchIndex('v1')).toBeNull();
    storeMatchIndex('v1', [bytes]);
    expect(hasStoredMatchIndex('v1')).toBe(true);
    const read = readStoredMatchIndex('v1')!;
    expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
    expect(decodeMatchIndex(read)).toEqual(index);
  });

  it('writes the encoding chunk by chunk, as matchIndexChunks gives it', () => {
    useMatchIndexDirectory(dir);
    expect(keepsMatchIndexFile()).toBe(true);
    const chunks = matchIndexChunks(index);
    expect(chunks.length).toBeGreaterThan(3);
    storeMatchIndex('v1', chunks);
    expect(Buffer.from(readStoredMatchIndex('v1')!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('counts a file of the previous encoding (no encoding version on its first line) as none', () => {
    useMatchIndexDirectory(dir);
    writeFileSync(join(dir, 'klynge-match-index.bin'), Buffer.concat([Buffer.from('klynge-match-index v1\n'), bytes]));
    expect(hasStoredMatchIndex('v1')).toBe(false);
    expect(readStoredMatchIndex('v1')).toBeNull();
  });

  it('keeps a stamp beside the index, and reads none that is missing or unreadable', () => {
    useMatchIndexDirectory(dir);
    expect(readIndexStamp()).toBeNull();
    writeIndexStamp({ snapshot: '763:763:', version: 'v1' });
    expect(readIndexStamp()).toEqual({ snapshot: '763:763:', version: 'v1' });
    writeFileSync(join(dir, 'klynge-match-index.bin.stamp'), '{"snapshot": 763');
    expect(readIndexStamp()).toBeNull();
    writeFileSync(join(dir, 'klynge-match-index.bin.stamp'), '{"snapshot": 763, "version": "v1"}');
    expect(readIndexStamp()).toBeNull();
  });

  it('reads nothing at another data version, nor at a prefix of it', () => {
    useMatchIndexDirectory(dir);
    storeMatchIndex('2024-01-01T00:00:00Z', [bytes]);
    for (const version of ['2024-01-02T00:00:00Z', '2024-01-01', '2024-01-01T00:00:00Z2', '']) {
      expect(readStoredMatchIndex(version)).toBeNull();
      expect(hasStoredMatchIndex(version)).toBe(false);
    }
  });

  it('replaces the stored index with a newer version', () => {
    useMatchIndexDirectory(dir);
    storeMatchIndex('v1', [bytes]);
    storeMatchIndex('v2', [Uint8Array.from([1, 2]), Uint8Array.from([3])]);
    expect(readStoredMatchIndex('v1')).toBeNull();
    expect([...readStoredMatchIndex('v2')!]).toEqual([1, 2, 3]);
  });

  it('answers whether an index is stored from the header line alone', () => {
    useMatchIndexDirectory(dir);
    // A right header over a body that is no index: `has` says yes without reading the body, decoding refuses it.
    writeFileSync(join(dir, 'klynge-match-index.bin'), Buffer.from('klynge-match-index 2 v7\nnot an index'));
    expect(hasStoredMatchIndex('v7')).toBe(true);
    expect(hasStoredMatchIndex('v8')).toBe(false);
    expect(() => decodeMatchIndex(readStoredMatchIndex('v7')!)).toThrow('not a klynge matching index');
    // A file shorter than the header it is asked about.
    writeFileSync(join(dir, 'klynge-match-index.bin'), 'klynge');
    expect(hasStoredMatchIndex('v7')).toBe(false);
    expect(readStoredMatchIndex('v7')).toBeNull();
  });

  it('creates the directory when it does not exist yet', () => {
    useMatchIndexDirectory(join(dir, 'nested', 'data'));
    storeMatchIndex('v1', [bytes]);
    expect(hasStoredMatchIndex('v1')).toBe(true);
  });

  it('keeps and reads nothing when no directory is configured', () => {
    useMatchIndexDirectory(dir);
    storeMatchIndex('v1', [bytes]);
    useMatchIndexDirectory(undefined);
    expect(keepsMatchIndexFile()).toBe(false);
    writeIndexStamp({ snapshot: 's', version: 'v1' });
    expect(readIndexStamp()).toBeNull();
    expect(readStoredMatchIndex('v1')).toBeNull();
    expect(hasStoredMatchIndex('v1')).toBe(false);
    storeMatchIndex('v2', [bytes]);
    useMatchIndexDirectory(dir);
    expect(hasStoredMatchIndex('v1')).toBe(true);
  });
});
