// The regulatory navigator's questionnaire: qualification, device facts with the class live beside them, the answer.
// The whole state lives in the URL (reload, back and a copied link land on the same answers).
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { useT } from '../i18n.ts';
import { ResultActions } from './regulatory-actions.tsx';
import { AnswerList } from './regulatory-answers.tsx';
import { DeviceQuestions } from './regulatory-device.tsx';
import { evaluate, openQuestions, settle } from './regulatory-engine.ts';
import { LivePanel } from './regulatory-live.tsx';
import { QualificationStep } from './regulatory-qualify.tsx';
import { ResultView } from './regulatory-result.tsx';
import { classLabel } from './regulatory-rules.tsx';
import { assessUrl, startState, STEPS, stateFromQuery, type AssessState, type Step } from './regulatory-state.ts';
import { REGULATORY } from './regulatory.messages.ts';
import '../components/form-styles.css';
import './regulatory.css';

function StepNav({ state }: { state: AssessState }) {
  const { t } = useT(REGULATORY);
  const reachable = (step: Step) => step === 'qualify' || state.device.profile.regulation !== undefined;
  return (
    <nav aria-label={t('steps.label')}>
      <ol class="regulatory-stepper">
        {STEPS.map((step, i) => (
          <li key={step} class={step === state.step ? 'current' : undefined}>
            {reachable(step) && step !== state.step ? (
              <a href={assessUrl({ ...state, step })}>
                <span class="regulatory-step-number">{i + 1}</span> {t(`steps.${step}`)}
              </a>
            ) : (
              <span aria-current={step === state.step ? 'step' : undefined}>
                <span class="regulatory-step-number">{i + 1}</span> {t(`steps.${step}`)}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function RegulatoryAssessPage() {
  const { t, language } = useT(REGULATORY);
  const lang = language as Lang;
  const { url, query, route } = useLocation();
  const state = useMemo(() => stateFromQuery(query), [url]);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  const evaluation = useMemo(() => evaluate(state.device.profile), [url]);

  useEffect(() => {
    document.title = `${t(`steps.${state.step}`)} · ${t('title')} · klynge`;
  }, [language, state.step]);
  // A new step starts at its heading (not on the first render: the frame focuses main then).
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [state.step]);

  /** Answers replace the history entry; moving between steps adds one, so back returns to the previous step. */
  const go = (next: AssessState, push = false) => route(assessUrl(next), !push);

  return (
    <div class="page regulatory-page">
      <p class="regulatory-crumb">
        <a href="/regulatory">{t('title')}</a>
      </p>
      <h1>{t('assess.title')}</h1>
      <StepNav state={state} />
      <h2 ref={heading} tabIndex={-1} class="regulatory-step-title">
        {t(`steps.${state.step}`)}
      </h2>

      {state.step === 'qualify' && (
        <QualificationStep
          answers={state.qualification}
          lang={lang}
          onAnswers={(qualification) => go({ ...state, qualification })}
          onContinue={(start) => {
            const same = state.device.profile.regulation === start.regulation;
            const device = same ? settle({ ...state.device, profile: { ...start, ...state.device.profile } }) : { profile: start, declined: [] };
            go({ ...state, step: 'device', device }, true);
          }}
          onRestart={() => go(startState(), true)}
        />
      )}

      {state.step === 'device' && (
        <div class="regulatory-layout">
          <div class="regulatory-main">
            <p class="lead">{t('device.lead')}</p>
            <DeviceQuestions answers={state.device} lang={lang} onAnswers={(device) => go({ ...state, device })} />
            {evaluation.ok && (
              <a class="regulatory-live-jump" href="#regulatory-live-title">
                {t('classIs', { cls: classLabel(evaluation.classification) })} · {t('live.jump')}
              </a>
            )}
            <div class="form-actions regulatory-step-actions">
              <button type="button" onClick={() => go({ ...state, step: 'qualify' }, true)}>{t('device.back')}</button>
              <button type="button" class="primary" disabled={!evaluation.ok} onClick={() => go({ ...state, step: 'result' }, true)}>
                {t('device.toResult')}
              </button>
            </div>
          </div>
          <LivePanel evaluation={evaluation} open={openQuestions(state.device)} lang={lang} />
        </div>
      )}

      {state.step === 'result' && (
        evaluation.ok ? (
          <>
            <ResultView profile={evaluation.profile} classification={evaluation.classification} lang={lang} />
            <details class="regulatory-answers-box">
              <summary>{t('answers.title')}</summary>
              <AnswerList qualification={state.qualification} answers={state.device} lang={lang} />
            </details>
            <ResultActions state={state} onState={(next) => go(next)} />
            <p class="regulatory-step-actions">
              <a href={assessUrl({ ...state, step: 'device' })}>{t('result.change')}</a>
            </p>
          </>
        ) : (
          <p class="notice">
            {t('result.incomplete')} <a href={assessUrl({ ...state, step: 'device' })}>{t('result.change')}</a>
          </p>
        )
      )}
    </div>
  );
}
