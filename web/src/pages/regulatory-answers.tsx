// The answers given, read-only: each relevant question with the answer (unanswered ones with the default they stand for).
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { questionsFor } from '../../../src/regulatory/questionnaire.ts';
import { questionText } from '../../../src/regulatory/questionnaire-text.ts';
import { qualificationQuestions, type QualificationAnswers } from '../../../src/regulatory/qualification.ts';
import { qualificationText } from '../../../src/regulatory/qualification-text.ts';
import { useT } from '../i18n.ts';
import { answerTo, type DeviceAnswers } from './regulatory-engine.ts';
import { REGULATORY } from './regulatory.messages.ts';

type Row = { id: string; prompt: string; answer: string; open: boolean };

export function AnswerList({ qualification, answers, lang }: { qualification: QualificationAnswers; answers: DeviceAnswers; lang: Lang }) {
  const { t } = useT(REGULATORY);
  const label = (value: unknown, options: Readonly<Record<string, string>> | undefined) =>
    value === true ? t('yes') : value === false ? t('no') : (options?.[String(value)] ?? String(value));

  const rows: Row[] = [];
  for (const q of qualificationQuestions(qualification)) {
    const value = qualification[q.id];
    if (value === undefined) continue;
    const text = qualificationText(lang, q.id);
    rows.push({ id: `q.${q.id}`, prompt: text.prompt, answer: label(value, text.options as Record<string, string> | undefined), open: false });
  }
  for (const q of questionsFor(answers.profile)) {
    const text = questionText(lang, q.id);
    const options = text.options as Record<string, string> | undefined;
    const value = answerTo(answers, q.id);
    if (value !== undefined) rows.push({ id: q.id, prompt: text.prompt, answer: label(value, options), open: false });
    else rows.push({ id: q.id, prompt: text.prompt, answer: label(q.kind === 'choice' ? q.options[0] : false, options), open: true });
  }

  return (
    <dl class="regulatory-answers">
      {rows.map((r) => (
        <div key={r.id} data-answer={r.id}>
          <dt>{r.prompt}</dt>
          <dd>
            {r.answer}
            {r.open && <span class="muted"> ({t('answers.unanswered')})</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
