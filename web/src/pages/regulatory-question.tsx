// One question of the navigator: a radio group with its prompt, help line, concepts on demand and its answer.
import type { ConceptId, Lang } from '../../../src/regulatory/concepts.ts';
import { ConceptHelp } from './regulatory-concepts.tsx';

export type Choice = { value: string; label: string };

type Props = {
  /** A DOM-safe id, unique on the page. */
  id: string;
  prompt: string;
  help?: string;
  choices: Choice[];
  /** The chosen value; undefined while unanswered. */
  value: string | undefined;
  onAnswer: (value: string) => void;
  concepts?: readonly ConceptId[];
  lang: Lang;
  /** Marks the question as the one the questionnaire waits for. */
  next?: boolean;
};

export function RadioQuestion({ id, prompt, help, choices, value, onAnswer, concepts = [], lang, next }: Props) {
  const classes = ['regulatory-question', value === undefined ? 'open' : 'answered', next ? 'next' : ''].filter(Boolean).join(' ');
  return (
    <fieldset class={classes} id={id} aria-describedby={help ? `${id}-help` : undefined} data-question={id}>
      <legend>{prompt}</legend>
      {help && (
        <p class="field-hint" id={`${id}-help`}>
          {help}
        </p>
      )}
      <ConceptHelp id={id} concepts={concepts} lang={lang} />
      <div class={choices.length > 2 ? 'regulatory-choices long' : 'regulatory-choices'}>
        {choices.map((c) => (
          <label key={c.value}>
            <input type="radio" name={id} value={c.value} checked={value === c.value} onChange={() => onAnswer(c.value)} />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
