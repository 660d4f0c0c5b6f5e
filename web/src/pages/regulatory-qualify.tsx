// Step 1: the qualification check. Only the questions on the path the answers lead along, then the outcome with reasons.
import type { Lang } from '../../../src/regulatory/concepts.ts';
import {
  qualificationQuestions, qualify, type QualificationAnswers, type QualificationQuestion, type QualificationQuestionId,
} from '../../../src/regulatory/qualification.ts';
import { outcomeText, qualificationText } from '../../../src/regulatory/qualification-text.ts';
import { useT } from '../i18n.ts';
import { Quote } from './regulatory-concepts.tsx';
import { RadioQuestion, type Choice } from './regulatory-question.tsx';
import { REGULATORY } from './regulatory.messages.ts';

/** Keeps only the answers on the path the answers lead along, so a changed answer leaves no stale ones behind. */
export function pruneQualification(answers: QualificationAnswers): QualificationAnswers {
  const path = new Set(qualificationQuestions(answers).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => path.has(id as QualificationQuestionId)));
}

type Props = {
  answers: QualificationAnswers;
  lang: Lang;
  onAnswers: (answers: QualificationAnswers) => void;
  /** Continues to the device questions with the profile start the outcome gives. */
  onContinue: (profile: NonNullable<ReturnType<typeof qualify>['profile']>) => void;
  onRestart: () => void;
};

export function QualificationStep({ answers, lang, onAnswers, onContinue, onRestart }: Props) {
  const { t } = useT(REGULATORY);
  const questions = qualificationQuestions(answers);
  const result = qualify(answers, lang);

  function choicesOf(q: QualificationQuestion): Choice[] {
    if (q.kind === 'boolean') return [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }];
    const labels = (qualificationText(lang, q.id).options ?? {}) as Record<string, string>;
    return q.options.map((value) => ({ value, label: labels[value] ?? value }));
  }
  const radioOf = (value: unknown) => (value === undefined ? undefined : value === true ? 'yes' : value === false ? 'no' : String(value));
  const answer = (q: QualificationQuestion, radio: string) =>
    onAnswers(pruneQualification({ ...answers, [q.id]: q.kind === 'boolean' ? radio === 'yes' : radio }));

  return (
    <div class="regulatory-qualify">
      <p class="lead">{t('qualify.lead')}</p>
      {questions.map((q) => {
        const text = qualificationText(lang, q.id);
        return (
          <RadioQuestion
            key={q.id}
            id={`qq-${q.id}`}
            prompt={text.prompt}
            help={text.help}
            choices={choicesOf(q)}
            value={radioOf(answers[q.id])}
            onAnswer={(v) => answer(q, v)}
            concepts={q.concepts}
            lang={lang}
            next={q.id === result.next}
          />
        );
      })}
      <div role="status" aria-live="polite" class="visually-hidden">
        {result.outcome && (
          <p>
            <strong>{t('qualify.outcome')}</strong> {outcomeText(lang, result.outcome)}
          </p>
        )}
      </div>
      {result.outcome && (
        <section class={`regulatory-outcome ${result.regulation ? 'device' : 'none'}`} aria-labelledby="regulatory-outcome-title">
          <h2 id="regulatory-outcome-title">{outcomeText(lang, result.outcome)}</h2>
          <h3>{t('qualify.why')}</h3>
          <ol class="regulatory-steps">
            {result.steps.map((s) => (
              <li key={s.question}>
                <p>{s.reason}</p>
                <Quote text={s.citation.text} source={s.citation.ref} lang={lang} />
              </li>
            ))}
          </ol>
          {result.profile ? (
            <div class="form-actions">
              <button type="button" class="primary" onClick={() => onContinue(result.profile!)}>
                {t('qualify.continue', { regulation: result.regulation })}
              </button>
            </div>
          ) : (
            <>
              <p>{t(result.outcome === 'excluded' ? 'qualify.excluded' : 'qualify.notDevice')}</p>
              <div class="form-actions">
                <button type="button" onClick={onRestart}>{t('qualify.restart')}</button>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
