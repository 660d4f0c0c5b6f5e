// The matching index as bytes, so that a process loads a stored index in a fraction of a second instead of
// rebuilding it from the registry (5 s for the 2021-2023 registry): typed arrays as raw sections, the rest as JSON.
import type { MatchIndex } from '#src/matching/match-index.ts';

type ArrayKind = 'Int32Array' | 'Float32Array' | 'Float64Array' | 'Uint8Array';
const CONSTRUCTORS = { Int32Array, Float32Array, Float64Array, Uint8Array } as const;
type Section = { $array: ArrayKind; offset: number; length: number };

/** The derived lookups, rebuilt on load rather than stored. */
type Stored = Omit<MatchIndex, 'terms' | 'orgIndex' | 'cordisIndex'>;

// "KMI2": version 2 added termWords; a file of an older version is refused and rebuilt.
const MAGIC = 0x4b4d4932;

/**
 * The encoding of the index as chunks to write one after the other, without copying its arrays:
 * [magic u32][header length u32][header JSON][padding to 8][array sections, each padded to 8].
 */
export function matchIndexChunks(index: MatchIndex): Uint8Array[] {
  // The lookups are not enumerable (see withLookups): JSON leaves them out, and so never builds them.
  const stored: Stored = index;
  const arrays: Uint8Array[] = [];
  let offset = 0;
  const header = JSON.stringify(stored, function (this: unknown, _key, value: unknown) {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      // decodeMatchIndex looks for sections among object properties only.
      if (Array.isArray(this)) throw new Error('a typed array inside an array cannot be encoded');
      const section: Section = { $array: value.constructor.name as ArrayKind, offset, length: (value as Int32Array).length };
      arrays.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength), padding(value.byteLength));
      offset += Math.ceil(value.byteLength / 8) * 8;
      return section;
    }
    return value;
  });
  const headerBytes = new TextEncoder().encode(header);
  const head = new Uint8Array(8);
  const view = new DataView(head.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  return [head, headerBytes, padding(8 + headerBytes.length), ...arrays].filter((chunk) => chunk.length > 0);
}

const ZEROS = new Uint8Array(8);
const padding = (length: number) => ZEROS.subarray(0, (8 - (length % 8)) % 8);

/** Joins chunks of an encoding into one buffer from `allocate` (a SharedArrayBuffer's, for worker threads). */
function joinChunks(chunks: Uint8Array[], allocate: (bytes: number) => Uint8Array = (n) => new Uint8Array(n)): Uint8Array {
  const out = allocate(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Encodes the index into one buffer from `allocate`. */
export function encodeMatchIndex(index: MatchIndex, allocate?: (bytes: number) => Uint8Array): Uint8Array {
  return joinChunks(matchIndexChunks(index), allocate);
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
  // The sections are put in place by walking the objects only: a reviver would be called for each of the
  // header's half a million strings (names, terms), and took longer than parsing it.
  const place = (holder: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(holder)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      if (!('$array' in value)) {
        place(value as Record<string, unknown>);
        continue;
      }
      const { $array, offset, length } = value as Section;
      const Kind = CONSTRUCTORS[$array];
      const from = bytes.byteOffset + start + offset;
      holder[key] = options.share && from % 8 === 0
        ? new Kind(bytes.buffer as ArrayBuffer, from, length)
        : new Kind(bytes.buffer.slice(from, from + length * Kind.BYTES_PER_ELEMENT) as ArrayBuffer);
    }
  };
  const stored = JSON.parse(header) as Record<string, unknown>;
  place(stored);
  return withLookups(stored as Stored);
}

/**
 * Adds the lookups (term → number, organisation id → number, CORDIS id → number) to a stored index, each built
 * when first used: a batch worker ranks without any of them. They are not enumerable, so encoding skips them.
 */
export function withLookups(stored: Stored): MatchIndex {
  const index = { ...stored } as MatchIndex;
  const lazy = <K extends 'terms' | 'orgIndex' | 'cordisIndex'>(key: K, make: () => MatchIndex[K]) => {
    let value: MatchIndex[K] | undefined;
    Object.defineProperty(index, key, { get: () => (value ??= make()), enumerable: false });
  };
  lazy('terms', () => new Map(stored.termList.map((t, i) => [t, i])));
  lazy('orgIndex', () => new Map(stored.organizations.id.map((id, i) => [id, i])));
  lazy('cordisIndex', () => {
    const cordisIndex = new Map<string, number>();
    stored.organizations.cordisId.forEach((id, i) => id !== null && cordisIndex.set(id, i));
    return cordisIndex;
  });
  return index;
}
