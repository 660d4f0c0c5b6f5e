// The atlas search: one field with results as you type over every kind, facets with counts, all of it in the URL.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { formatNumber, useT } from '../i18n.ts';
import {
  activeFilters,
  appendPage,
  fetchResults,
  FILTERS,
  isAbort,
  KINDS,
  stateFromQuery,
  urlOfState,
  type AtlasState,
  type SearchResults,
} from './atlas-data.ts';
import { AtlasFacets } from './atlas-facets.tsx';
import { AtlasResults } from './atlas-results.tsx';
import { ATLAS } from './atlas.messages.ts';
import './atlas.css';

const TYPING_PAUSE_MS = 200;

export function AtlasPage() {
  const { t } = useT(ATLAS);
  const { query, route } = useLocation();
  const state = stateFromQuery(query);
  const url = urlOfState(state);

  const [text, setText] = useState(state.q);
  const [results, setResults] = useState<SearchResults | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [panelOpen, setPanelOpen] = useState(false);
  const request = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // Back and forward change the words in the URL: the field follows unless the user is typing in it.
  useEffect(() => {
    if (document.activeElement !== input.current) setText(state.q);
  }, [state.q]);

  // Typing replaces the URL (one history entry per search, not per key) once the user pauses.
  useEffect(() => {
    if (text.trim() === state.q) return;
    const timer = setTimeout(() => route(urlOfState({ ...state, q: text.trim() }), true), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // Each new URL asks again; the answer to a stale request is dropped by aborting it.
  useEffect(() => {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setLoading(true);
    setError(null);
    fetchResults(state, null, controller.signal).then(
      (answer) => {
        setResults(answer);
        setLoading(false);
      },
      (err: Error) => {
        if (isAbort(err)) return;
        setError(err.message);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [url, attempt]);

  function loadMore() {
    if (!results?.nextCursor || !request.current) return;
    const signal = request.current.signal;
    setLoadingMore(true);
    fetchResults(state, results.nextCursor, signal).then(
      (next) => {
        setResults((shown) => (shown ? appendPage(shown, next) : next));
        setLoadingMore(false);
      },
      (err: Error) => {
        if (isAbort(err)) return;
        setError(err.message);
        setLoadingMore(false);
      },
    );
  }

  // Filters make a history entry each, so back undoes the last one.
  const change = (patch: Partial<AtlasState>) => route(urlOfState({ ...state, q: text.trim(), ...patch }));
  const clearFilters = () => change(Object.fromEntries(FILTERS.map((f) => [f, ''])));

  const total = results?.counts[state.kind] ?? 0;
  const shown = results ? results[state.kind].length : 0;
  const filters = activeFilters(state);
  const status = error
    ? t('failed', { message: error })
    : loading && !results
      ? t('loading')
      : t(`found.${state.kind}`, { count: total, n: formatNumber(total) });

  return (
    <div class="page atlas-page">
      <h1>{t('title')}</h1>
      <p class="lead">{t('lead')}</p>
      <form
        role="search"
        class="atlas-search"
        onSubmit={(e) => {
          e.preventDefault();
          route(urlOfState({ ...state, q: text.trim() }), true);
        }}
      >
        <label for="atlas-q">{t('searchLabel')}</label>
        <input
          id="atlas-q"
          ref={input}
          type="search"
          value={text}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          aria-describedby="atlas-status"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </form>
      <nav class="atlas-kinds" aria-label={t('kinds')}>
        <ul>
          {KINDS.map((kind) => (
            <li key={kind}>
              <a href={urlOfState({ ...state, kind })} aria-current={kind === state.kind ? 'page' : undefined}>
                {t(`kind.${kind}`)} <span class="atlas-count">{results ? formatNumber(results.counts[kind]) : '…'}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p id="atlas-status" class="atlas-status" role="status" aria-live="polite" data-loading={String(loading)}>
        {status}
      </p>
      <div class="atlas-layout">
        <aside class="atlas-panel" aria-label={t('filters')}>
          <button type="button" class="atlas-panel-toggle" aria-expanded={panelOpen} aria-controls="atlas-panel-body" onClick={() => setPanelOpen(!panelOpen)}>
            {t(panelOpen ? 'hideFilters' : 'showFilters')}
            {filters > 0 && ` (${t('filtersActive', { count: filters })})`}
          </button>
          <div id="atlas-panel-body" class={panelOpen ? 'atlas-panel-body open' : 'atlas-panel-body'}>
            <div class="atlas-panel-head">
              <h2>{t('filters')}</h2>
              {filters > 0 && (
                <button type="button" class="link-button" onClick={clearFilters}>{t('clear')}</button>
              )}
            </div>
            {state.kind !== 'organizations' && <p class="atlas-note">{t('organizationsOnly')}</p>}
            <AtlasFacets state={state} facets={results?.facets ?? null} onChange={change} />
          </div>
        </aside>
        <section class="atlas-main" aria-label={t(`kind.${state.kind}`)} aria-busy={loading}>
          {error && (
            <div class="notice atlas-error">
              <p>{t('failed', { message: error })}</p>
              <button type="button" onClick={() => setAttempt(attempt + 1)}>{t('retry')}</button>
            </div>
          )}
          {!error && results && total === 0 && !loading && (
            <div class="atlas-empty">
              <p><strong>{t('empty')}</strong></p>
              <p class="muted">{t('emptyHint')}</p>
            </div>
          )}
          {results && total > 0 && <AtlasResults results={results} />}
          {results && total > 0 && (
            <div class="atlas-more">
              <p class="muted">{t('shown', { shown: formatNumber(shown), total: formatNumber(total) })}</p>
              {results.nextCursor && (
                <button type="button" onClick={loadMore} disabled={loadingMore}>{loadingMore ? t('loading') : t('more')}</button>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
