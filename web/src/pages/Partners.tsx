// Find partners: describe an idea, get ranked organisations with reasons, as a list, on a map and as a small network.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../api.ts';
import { currentLanguage, formatNumber, useT } from '../i18n.ts';
import { fetchClusters, type ClusterOption } from './map-data.ts';
import { rulesFromQuery, rulesQuery, type Rules } from './partners-consortium-data.ts';
import {
  fetchOrganization,
  findPartners,
  isAbort,
  MAX_TEXT,
  regionCodes,
  stateFromQuery,
  urlOfState,
  type OrganizationOption,
  type PartnerSearchOut,
  type PartnerState,
  type View,
} from './partners-data.ts';
import { fieldOfDetail, PartnersForm, type Draft, type FieldErrors } from './partners-form.tsx';
import { PartnerExamples } from './partners-results.tsx';
import { PartnerViews } from './partners-views.tsx';
import { PARTNERS } from './partners.messages.ts';
import '../components/form-styles.css';
import './map.css';
import './network.css';
import './partners.css';

/** The search a state stands for, whatever view shows it. */
const searchKey = (s: PartnerState) => JSON.stringify({ ...s, view: '' });

/** The short name when there is one: the reasons cite the requester often. */
const shortOf = (o: OrganizationOption) => o.shortName || o.name;

export function PartnersPage() {
  const { t, language } = useT(PARTNERS);
  const { url, query, route } = useLocation();
  const state = useMemo(() => stateFromQuery(query), [url]);
  const rules = useMemo(() => rulesFromQuery(query), [url]);
  const key = searchKey(state);
  const [draft, setDraft] = useState<Draft>({ ...state, requesterName: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [answer, setAnswer] = useState<PartnerSearchOut | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [clusters, setClusters] = useState<ClusterOption[]>([]);
  const [requester, setRequester] = useState<OrganizationOption | null>(null);
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    document.title = `${t('title')} · klynge`;
  }, [language]);

  useEffect(() => {
    fetchClusters().then(setClusters, () => setClusters([]));
  }, []);

  // The requester of the URL, for its name in the field and its place on the map.
  useEffect(() => {
    if (!state.requester) {
      setRequester(null);
      return;
    }
    if (requester?.id === state.requester) return;
    let current = true;
    fetchOrganization(state.requester).then((o) => current && setRequester(o), () => current && setRequester(null));
    return () => {
      current = false;
    };
  }, [state.requester]);

  // Links and the back button change the search: the form follows.
  useEffect(() => {
    setDraft({ ...state, requesterName: requester?.id === state.requester ? requester.name : '' });
    setErrors(state.lostText ? { text: t('lostText') } : {});
  }, [key]);
  useEffect(() => {
    if (requester && draft.requester === requester.id && !draft.requesterName) setDraft((d) => ({ ...d, requesterName: requester.name }));
  }, [requester]);

  // Each search of the URL asks once; a newer one aborts the older.
  useEffect(() => {
    request.current?.abort();
    if (!state.text.trim()) {
      setAnswer(null);
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    request.current = controller;
    setLoading(true);
    setFailure(null);
    findPartners(state, controller.signal).then(
      (found) => {
        setAnswer(found);
        setLoading(false);
      },
      (err: Error) => {
        if (isAbort(err)) return;
        setLoading(false);
        setAnswer(null);
        if (err instanceof ApiError && err.status === 422 && err.details.length > 0) {
          const fields: FieldErrors = {};
          for (const d of err.details) fields[fieldOfDetail(d.field)] ??= d.message;
          setErrors(fields);
        } else {
          setFailure(err.message);
        }
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  function submit() {
    const found: FieldErrors = {};
    if (!draft.text.trim()) found.text = t('textRequired');
    else if (draft.text.length > MAX_TEXT) found.text = t('textTooLong', { max: formatNumber(MAX_TEXT) });
    if (regionCodes(draft.regions) === null) found.regions = t('regionsInvalid');
    setErrors(found);
    const first = found.text ? 'partners-text' : found.regions ? 'partners-regions' : null;
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    const next = urlOfState({ ...draft, view: state.view }, rulesQuery(rules));
    if (next === url) setAttempt((n) => n + 1);
    else route(next);
  }

  const showView = (view: View) => route(urlOfState({ ...state, view }, rulesQuery(rules)), true);
  const showRules = (next: Rules) => route(urlOfState(state, rulesQuery(next)));
  const place = requester && requester.id === state.requester
    ? { id: requester.id, name: shortOf(requester), lat: requester.location?.lat ?? null, lon: requester.location?.lon ?? null }
    : null;
  const languageName = (code: string) => new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;
  const count = answer?.results.length ?? 0;

  return (
    <div class="page partners-page">
      <h1>{t('title')}</h1>
      <p class="lead">{t('lead')}</p>
      <div class="partners-layout">
        <PartnersForm
          draft={draft}
          onDraft={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          errors={errors}
          clusters={clusters}
          busy={loading}
          onSubmit={submit}
        />
        <section class="partners-answer" aria-labelledby="partners-status" aria-busy={loading}>
          <div id="partners-status" class="partners-status" role="status" aria-live="polite" data-loading={String(loading)}>
            {loading ? (
              <p>{t('searching')}</p>
            ) : answer ? (
              <>
                <p class="partners-summary">
                  {answer.requester
                    ? t('foundFor', { count, n: formatNumber(count), name: place?.name ?? answer.requester.name })
                    : t('found', { count, n: formatNumber(count) })}
                </p>
                <p class="muted">{t('readAs', { language: languageName(answer.language) })}</p>
              </>
            ) : null}
          </div>
          {failure && (
            <div class="notice partners-failure">
              <p>{t('failed', { message: failure })}</p>
              <button type="button" onClick={() => setAttempt((n) => n + 1)}>{t('retry')}</button>
            </div>
          )}
          {!state.text.trim() && !loading && <PartnerExamples state={state} />}
          {answer && count === 0 && !loading && (
            <div class="partners-empty">
              <p><strong>{t('none')}</strong></p>
              <p class="muted">{t('noneHint')}</p>
            </div>
          )}
          {answer && count > 0 && (
            <div class={loading ? 'partners-stale' : undefined}>
              <PartnerViews answer={answer} requester={place} state={state} rules={rules} onView={showView} onRules={showRules} />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
