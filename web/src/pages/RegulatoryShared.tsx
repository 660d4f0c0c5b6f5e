// A shared questionnaire, read-only: the answers and the answer they give, with "start from this" to go on with a copy.
import { useEffect, useMemo } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { qualify } from '../../../src/regulatory/qualification.ts';
import { outcomeText } from '../../../src/regulatory/qualification-text.ts';
import { formatDate, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { AnswerList } from './regulatory-answers.tsx';
import { getShared } from './regulatory-api.ts';
import { evaluate, settle } from './regulatory-engine.ts';
import { ResultView } from './regulatory-result.tsx';
import { assessUrl } from './regulatory-state.ts';
import { REGULATORY_START } from './regulatory-start.messages.ts';
import { REGULATORY } from './regulatory.messages.ts';
import './regulatory.css';

export function RegulatorySharedPage() {
  const { t, language } = useT(REGULATORY);
  const { t: ts } = useT(REGULATORY_START);
  const lang = language as Lang;
  const { params } = useRoute();
  const { data, error, retry } = useLoad(params.token ?? '', getShared);
  const device = useMemo(() => settle({ profile: data?.profile ?? {}, declined: [] }), [data]);
  const evaluation = useMemo(() => evaluate(device.profile), [device]);

  useEffect(() => {
    document.title = `${data?.name ?? ts('shared.title')} · ${t('title')} · klynge`;
  }, [language, data]);

  if (error) {
    return (
      <div class="page regulatory-page">
        <h1>{ts('shared.title')}</h1>
        <p class="notice">{ts('shared.missing')}</p>
        <p>
          <button type="button" onClick={retry}>{t('retry')}</button> <a href="/regulatory">{ts('shared.toStart')}</a>
        </p>
      </div>
    );
  }
  if (!data) return <div class="page regulatory-page"><p>{t('loading')}</p></div>;

  const qualification = Object.keys(data.answers).length > 0 ? qualify(data.answers, lang) : null;
  const start = assessUrl({
    step: device.profile.regulation ? 'device' : 'qualify',
    qualification: data.answers,
    device,
    name: data.name,
    assessment: '',
  });

  return (
    <div class="page regulatory-page">
      <p class="regulatory-crumb">
        <a href="/regulatory">{t('title')}</a>
      </p>
      <h1>{data.name}</h1>
      <p class="muted">{ts('shared.lead', { date: formatDate(data.updatedAt) })}</p>
      <p>
        <a class="regulatory-start-from" href={start}>{ts('shared.startFrom')}</a>
      </p>
      {qualification?.outcome && (
        <p>
          <strong>{t('qualify.outcome')}</strong> {outcomeText(lang, qualification.outcome)}
        </p>
      )}
      {evaluation.ok ? (
        <ResultView profile={evaluation.profile} classification={evaluation.classification} lang={lang} />
      ) : (
        <p class="notice">{ts('shared.incomplete')}</p>
      )}
      <section aria-labelledby="shared-answers">
        <h2 id="shared-answers">{t('answers.title')}</h2>
        <AnswerList qualification={data.answers} answers={device} lang={lang} />
      </section>
    </div>
  );
}
