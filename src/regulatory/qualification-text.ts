// The qualification check's texts: types that make a missing question, option or reason text a type error, and
// the accessors. Pure: no node: or DB imports, relative imports only (the web app imports it).
import type { Lang } from './concepts.ts';
import type { AnswerKey } from './qualification-citations.ts';
import type { QualificationAnswers, QualificationOutcome, QualificationQuestionId } from './qualification.ts';
import { QUALIFICATION_TEXTS_DA } from './qualification-text-da.ts';
import { QUALIFICATION_TEXTS_DE } from './qualification-text-de.ts';
import { QUALIFICATION_TEXTS_EN } from './qualification-text-en.ts';

/** A question in one language: prompt, help line, option labels (choices only) and the reason each answer gives. */
export type QualificationQuestionText<Id extends QualificationQuestionId> = {
  prompt: string;
  help: string;
  reasons: Record<AnswerKey<Id>, string>;
} & (NonNullable<QualificationAnswers[Id]> extends boolean ? { options?: never } : { options: Record<AnswerKey<Id>, string> });

export type QualificationTexts = {
  questions: { [Id in QualificationQuestionId]: QualificationQuestionText<Id> };
  outcomes: Record<QualificationOutcome, string>;
};

const TEXTS: Record<Lang, QualificationTexts> = { en: QUALIFICATION_TEXTS_EN, de: QUALIFICATION_TEXTS_DE, da: QUALIFICATION_TEXTS_DA };

/** A qualification question's prompt, help line, option labels and reasons in the language asked for. */
export function qualificationText<Id extends QualificationQuestionId>(lang: Lang, id: Id): QualificationQuestionText<Id> {
  return TEXTS[lang].questions[id] as QualificationQuestionText<Id>;
}

/** Why an answer leads where it does, in plain words. */
export function qualificationReason(lang: Lang, id: QualificationQuestionId, key: AnswerKey): string {
  return (TEXTS[lang].questions[id].reasons as Record<string, string>)[key] as string;
}

/** The name of a qualification outcome. */
export function outcomeText(lang: Lang, outcome: QualificationOutcome): string {
  return TEXTS[lang].outcomes[outcome];
}
