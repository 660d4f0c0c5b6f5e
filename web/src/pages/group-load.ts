// Loading for the group pages that keeps showing the last answer while a newer one loads (after a change), so lists and
// open editors do not flash away; a different `base` (another group, another user) starts afresh.
import { useEffect, useState } from 'preact/hooks';
import { useLoad } from '../use-load.ts';

/** Loads `load(base)` again whenever `version` changes; `data` stays the last answer for the same base meanwhile. */
export function useKeptLoad<T>(base: string, version: number, load: (base: string) => Promise<T>) {
  const result = useLoad(base ? `${base}|${version}` : '', (key) => (key ? load(base) : new Promise<T>(() => {})));
  const [kept, setKept] = useState<{ base: string; data: T } | null>(null);
  useEffect(() => {
    if (result.data !== undefined) setKept({ base, data: result.data });
  }, [result.data]);
  return { ...result, data: result.data ?? (kept?.base === base ? kept.data : undefined) };
}
