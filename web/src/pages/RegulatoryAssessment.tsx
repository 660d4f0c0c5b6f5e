// Resumes a saved questionnaire: loads it, then continues in the questionnaire with its answers (saving updates it).
import { useEffect } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { getAssessment, type Assessment } from './regulatory-api.ts';
import { settle } from './regulatory-engine.ts';
import { assessUrl } from './regulatory-state.ts';
import { REGULATORY_START } from './regulatory-start.messages.ts';
import { REGULATORY } from './regulatory.messages.ts';
import './regulatory.css';

/** Loads the assessment, telling "sign in first" apart from other failures. */
const load = (id: string) =>
  getAssessment(id).catch((err: unknown) => {
    throw err instanceof ApiError && err.status === 401 ? new Error('signIn') : err;
  });

/** The questionnaire URL of a saved assessment: the device questions once a regulation is known. */
function resumeUrl(a: Assessment): string {
  const device = settle({ profile: a.profile, declined: [] });
  const step = device.profile.regulation ? 'device' : 'qualify';
  return assessUrl({ step, qualification: a.answers, device, name: a.name, assessment: a.id });
}

export function RegulatoryAssessmentPage() {
  const { t } = useT(REGULATORY);
  const { t: ts } = useT(REGULATORY_START);
  const { params } = useRoute();
  const { url, route } = useLocation();
  const { data, error, retry } = useLoad(params.id ?? '', load);

  useEffect(() => {
    if (data) route(resumeUrl(data), true);
  }, [data]);

  return (
    <div class="page regulatory-page">
      <h1>{ts('resume.title')}</h1>
      {error === 'signIn' ? (
        <p class="notice">
          {ts('resume.signIn')} <a href={`/sign-in?next=${encodeURIComponent(url)}`}>{t('signIn')}</a>
        </p>
      ) : error ? (
        <>
          <p class="notice">{ts('resume.failed', { message: error })}</p>
          <p>
            <button type="button" onClick={retry}>{t('retry')}</button> <a href="/regulatory">{ts('shared.toStart')}</a>
          </p>
        </>
      ) : (
        <p>{t('loading')}</p>
      )}
    </div>
  );
}
