// The questionnaire's texts: types that make a missing question or option text a type error, and the accessor.
// Pure: no node: or DB imports, relative imports only (the web app imports it).
import type { Lang } from './concepts.ts';
import type { IvdrQuestionId, MdrQuestionId, OptionOf, QuestionId } from './questionnaire.ts';
import { QUESTION_TEXTS_DA } from './questionnaire-text-da.ts';
import { QUESTION_TEXTS_DE } from './questionnaire-text-de.ts';
import { QUESTION_TEXTS_EN } from './questionnaire-text-en.ts';
import { IVDR_QUESTION_TEXTS_DA } from './questionnaire-text-ivdr-da.ts';
import { IVDR_QUESTION_TEXTS_DE } from './questionnaire-text-ivdr-de.ts';
import { IVDR_QUESTION_TEXTS_EN } from './questionnaire-text-ivdr-en.ts';

/** A question in one language: the prompt, one line of help and, for a single choice, a label per value. */
export type QuestionText<Id extends QuestionId> = { prompt: string; help: string } & ([OptionOf<Id>] extends [never]
  ? { options?: never }
  : { options: Record<OptionOf<Id>, string> });
export type MdrQuestionTexts = { [Id in MdrQuestionId]: QuestionText<Id> };
export type IvdrQuestionTexts = { [Id in IvdrQuestionId]: QuestionText<Id> };

type AnyQuestionText = { prompt: string; help: string; options?: Readonly<Record<string, string>> };
const TEXTS: Record<Lang, Record<QuestionId, AnyQuestionText>> = {
  en: { ...QUESTION_TEXTS_EN, ...IVDR_QUESTION_TEXTS_EN },
  de: { ...QUESTION_TEXTS_DE, ...IVDR_QUESTION_TEXTS_DE },
  da: { ...QUESTION_TEXTS_DA, ...IVDR_QUESTION_TEXTS_DA },
};

/** A question's prompt, help line and option labels in the language asked for. */
export function questionText<Id extends QuestionId>(lang: Lang, id: Id): QuestionText<Id> {
  return TEXTS[lang][id] as QuestionText<Id>;
}
