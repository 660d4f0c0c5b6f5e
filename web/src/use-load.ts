// Loads a page's data for a key (e.g. an id), dropping answers that arrive after the key changed; can retry.
import { useEffect, useState } from 'preact/hooks';

/** `data` is undefined while loading; `error` holds the message of a failed load; `retry` loads again. */
export function useLoad<T>(key: string, load: (key: string) => Promise<T>) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
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
