// The matching index as bytes, so that a process loads a stored index in a fraction of a second instead of
// rebuilding it from the registry (5 s for the 2021-2023 registry): typed arrays as raw sections, the rest as JSON.
import type { MatchIndex } from '#src/matching/match-index.ts';

type ArrayKind = 'Int32Array' | 'Float32Array' | 'Float64Array' | 'Uint8Array';
const CONSTRUCTORS = { Int32Array, Float32Array, Float64Array, Uint8Array } as const;
type Section = { $array: ArrayKind; offset: number; length: number };

/** The derived lookups, rebuilt on load rather than stored. */
type Stored = Omit<MatchIndex, 'terms' | 'orgIndex' | 'cordisIndex'>;

const MAGIC = 0x4b4d4931; // "KMI1"

/**
 * Encodes the index: [magic u32][header length u32][header JSON][padding to 8][array sections, 8-aligned], into
 * memory from `allocate` (a SharedArrayBuffer's, for worker threads).
 */
export function encodeMatchIndex(index: MatchIndex, allocate: (bytes: number) => Uint8Array = (n) => new Uint8Array(n)): Uint8Array {
  const { terms: _terms, orgIndex: _orgIndex, cordisIndex: _cordisIndex, ...stored } = index;
  const arrays: ArrayBufferView[] = [];
  let offset = 0;
  const header = JSON.stringify(stored satisfies Stored, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const section: Section = { $array: value.constructor.name as ArrayKind, offset, length: (value as Int32Array).length };
      arrays.push(value);
      offset += Math.ceil(value.byteLength / 8) * 8;
      return section;
    }
    return value;
  });
  const headerBytes = new TextEncoder().encode(header);
  const start = Math.ceil((8 + headerBytes.length) / 8) * 8;
  const out = allocate(start + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let at = start;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += Math.ceil(a.byteLength / 8) * 8;
  }
  return out;
}

/**
 * Decodes what encodeMatchIndex wrote. The arrays are copied out, so the input may be released; with `share`
 * (the input starts 8-aligned, e.g. a whole SharedArrayBuffer) they are views on it instead.
 */
export function decodeMatchIndex(bytes: Uint8Array, options: { share?: boolean } = {}): MatchIndex {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a klynge matching index');
  const headerLength = view.getUint32(4, true);
  const header = new TextDecoder().decode(bytes.subarray(8, 8 + headerLength));
  const start = Math.ceil((8 + headerLength) / 8) * 8;
  const stored = JSON.parse(header, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && '$array' in value) {
      const { $array, offset, length } = value as Section;
      const Kind = CONSTRUCTORS[$array];
      const from = bytes.byteOffset + start + offset;
      if (options.share && from % 8 === 0) return new Kind(bytes.buffer as ArrayBuffer, from, length);
      return new Kind(bytes.buffer.slice(from, from + length * Kind.BYTES_PER_ELEMENT) as ArrayBuffer);
    }
    return value;
  }) as Stored;
  return withLookups(stored);
}

/** Adds the lookups (term → number, organisation id → number, CORDIS id → number) to a stored index. */
export function withLookups(stored: Stored): MatchIndex {
  const terms = new Map(stored.termList.map((t, i) => [t, i]));
  const orgIndex = new Map(stored.organizations.id.map((id, i) => [id, i]));
  const cordisIndex = new Map<string, number>();
  stored.organizations.cordisId.forEach((id, i) => id !== null && cordisIndex.set(id, i));
  return { ...stored, terms, orgIndex, cordisIndex };
}
