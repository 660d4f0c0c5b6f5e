// The network cache: per database, per key, valid for one data version, shared while computing, failures not kept.
import { describe, expect, it } from 'vitest';
import { cachedNetwork, currentDataVersion, NETWORK_CACHE_SIZE } from '#src/atlas/network-cache.ts';
import type { Db } from '#src/db/connect.ts';

const newDb = () => ({}) as Db;

describe('the network cache', () => {
  it('computes once per key and version, again when the version changes', async () => {
    const db = newDb();
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cachedNetwork(db, 'k', 'v1', compute)).toBe(1);
    expect(await cachedNetwork(db, 'k', 'v1', compute)).toBe(1);
    expect(await cachedNetwork(db, 'k', 'v2', compute)).toBe(2);
    expect(await cachedNetwork(db, 'other', 'v2', compute)).toBe(3);
    expect(await cachedNetwork(newDb(), 'k', 'v2', compute)).toBe(4);
  });

  it('lets concurrent callers share one computation', async () => {
    const db = newDb();
    let runs = 0;
    const compute = () => new Promise<number>((resolve) => setTimeout(() => resolve(++runs), 10));
    expect(await Promise.all([cachedNetwork(db, 'k', 'v', compute), cachedNetwork(db, 'k', 'v', compute)])).toEqual([1, 1]);
  });

  it('does not keep a failed computation', async () => {
    const db = newDb();
    await expect(cachedNetwork(db, 'k', 'v', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cachedNetwork(db, 'k', 'v', async () => 7)).toBe(7);
  });

  it('forgets the least recently used scope beyond its size', async () => {
    const db = newDb();
    let runs = 0;
    const compute = async () => ++runs;
    for (let i = 0; i <= NETWORK_CACHE_SIZE; i++) await cachedNetwork(db, `k${i}`, 'v', compute);
    await cachedNetwork(db, 'k1', 'v', compute);
    expect(runs).toBe(NETWORK_CACHE_SIZE + 1);
    await cachedNetwork(db, 'k0', 'v', compute);
    expect(runs).toBe(NETWORK_CACHE_SIZE + 2);
  });
});

describe('the data version', () => {
  it('is read again only after the commit snapshot changed', async () => {
    const db = newDb();
    let snapshot = 's1';
    let reads = 0;
    const version = () => currentDataVersion(db, async () => snapshot, async () => `v${++reads}`);
    expect(await version()).toBe('v1');
    expect(await version()).toBe('v1');
    snapshot = 's2';
    expect(await version()).toBe('v2');
    expect(reads).toBe(2);
  });
});
