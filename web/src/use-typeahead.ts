// Search as you type: one search once typing pauses, from two letters on; a search whose text has changed since is
// aborted, so a late answer never replaces a newer one.
import { useEffect } from 'preact/hooks';

const TYPING_PAUSE_MS = 200;

type Handlers<T> = {
  /** The answer for the current text. */
  found: (answer: T) => void;
  /** The search failed (an aborted one too); without it failures are ignored. */
  failed?: (err: unknown) => void;
  /** There is nothing to search for: fewer than two letters, or `skip`. */
  cleared: () => void;
};

/** Runs `search` with the trimmed `text` after a pause in typing; `skip` (read when the text changes) holds it back. */
export function useTypeahead<T>(text: string, search: (q: string, signal: AbortSignal) => Promise<T>, on: Handlers<T>, skip = false): void {
  useEffect(() => {
    const q = text.trim();
    if (q.length < 2 || skip) {
      on.cleared();
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      search(q, controller.signal).then(on.found, (err: unknown) => on.failed?.(err));
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
}
