// Step 2: the device facts. Only the questions the answers so far make relevant, grouped by topic, each with its concepts.
import type { Lang } from '../../../src/regulatory/concepts.ts';
import type { Question } from '../../../src/regulatory/questionnaire.ts';
import { questionText } from '../../../src/regulatory/questionnaire-text.ts';
import { useT } from '../i18n.ts';
import { answer, answerTo, sectionOf, visibleQuestions, type DeviceAnswers, type Section } from './regulatory-engine.ts';
import { RadioQuestion, type Choice } from './regulatory-question.tsx';
import { REGULATORY } from './regulatory.messages.ts';

const domId = (id: string) => `rq-${id.replace('.', '-')}`;

/** The question's answer as a radio value (yes/no for yes-no questions and groups). */
function radioValue(answers: DeviceAnswers, q: Question): string | undefined {
  const value = answerTo(answers, q.id);
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value ? 'yes' : 'no';
}

type Props = { answers: DeviceAnswers; lang: Lang; onAnswers: (answers: DeviceAnswers) => void };

export function DeviceQuestions({ answers, lang, onAnswers }: Props) {
  const { t } = useT(REGULATORY);
  const shown = visibleQuestions(answers);
  const sections: Array<{ section: Section; questions: Question[] }> = [];
  for (const q of shown) {
    const section = sectionOf(q, answers.profile);
    const last = sections.at(-1);
    if (last?.section === section) last.questions.push(q);
    else sections.push({ section, questions: [q] });
  }
  const waiting = shown.at(-1);
  const yesNo: Choice[] = [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }];

  function choicesOf(q: Question): Choice[] {
    if (q.kind !== 'choice') return yesNo;
    const labels = (questionText(lang, q.id).options ?? {}) as Record<string, string>;
    return q.options.map((value) => ({ value, label: labels[value] ?? value }));
  }

  const onAnswer = (q: Question, radio: string) => onAnswers(answer(answers, q, q.kind === 'choice' ? radio : radio === 'yes'));

  return (
    <div class="regulatory-device-questions">
      {sections.map(({ section, questions }, i) => (
        <section key={`${section}-${i}`} class="regulatory-section" aria-labelledby={`rs-${section}-${i}`}>
          <h3 id={`rs-${section}-${i}`}>{t(`sections.${section}`)}</h3>
          {questions.map((q) => {
            const text = questionText(lang, q.id);
            const value = radioValue(answers, q);
            return (
              <RadioQuestion
                key={q.id}
                id={domId(q.id)}
                prompt={text.prompt}
                help={text.help}
                choices={choicesOf(q)}
                value={value}
                onAnswer={(v) => onAnswer(q, v)}
                concepts={q.concepts}
                lang={lang}
                next={q === waiting && value === undefined}
              />
            );
          })}
        </section>
      ))}
    </div>
  );
}
