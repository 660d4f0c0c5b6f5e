// Loads a page's data for a key (e.g. an id), dropping answers that arrive after the key changed; can retry.
// A server-rendered page (/site/..., src/site/site-render.tsx) starts with the data it was rendered with.
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Data a page starts with, by useLoad key: on the client what the server embedded in <script id="preload">; on the
 * server also `request`, which starts the loads a render asks for. A key names its data: the same key, the same load.
 */
export type Preload = { data: Map<string, unknown>; request?: (key: string, load: () => Promise<unknown>) => void };

function embedded(): Preload {
  const text = globalThis.document?.getElementById('preload')?.textContent;
  return { data: new Map(text ? Object.entries(JSON.parse(text) as Record<string, unknown>) : []) };
}

let preload = embedded();

/** The server renderer sets the preload of the page it renders (renders are synchronous, so one at a time). */
export function setPreload(next: Preload): void {
  preload = next;
}

/** `data` is undefined while loading; `error` holds the message of a failed load; `retry` loads again. */
export function useLoad<T>(key: string, load: (key: string) => Promise<T>) {
  const fromServer = useRef(false);
  const [data, setData] = useState<T | undefined>(() => {
    if (!preload.data.has(key)) {
      preload.request?.(key, () => load(key));
      return undefined;
    }
    fromServer.current = true;
    const value = preload.data.get(key) as T;
    // On the client the embedded data serves the first render only; a later visit loads afresh.
    if (!preload.request) preload.data.delete(key);
    return value;
  });
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (fromServer.current) {
      fromServer.current = false;
      return;
    }
    let current = true;
    setData(undefined);
    setError(null);
    load(key).then((d) => current && setData(d), (err: Error) => current && setError(err.message));
    return () => {
      current = false;
    };
    // `load` is a module function: only the key and a retry start a new load.
  }, [key, attempt]);

  return { data, error, retry: () => setAttempt((n) => n + 1) };
}
