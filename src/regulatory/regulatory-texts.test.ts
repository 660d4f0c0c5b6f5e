// Every question, option, reason and concept has its text in English, German and Danish (and a gap is a type error).
import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, LANGS, conceptText, type ConceptId, type ConceptText } from '#src/regulatory/concepts.ts';
import { CONCEPTS_DA } from '#src/regulatory/concepts-da.ts';
import { QUALIFICATION_TEXTS_EN } from '#src/regulatory/qualification-text-en.ts';
import { outcomeText, qualificationText, type QualificationTexts } from '#src/regulatory/qualification-text.ts';
import { QUALIFICATION_OUTCOMES, QUALIFICATION_QUESTIONS, qualify } from '#src/regulatory/qualification.ts';
import { IVDR_QUESTION_TEXTS_DE } from '#src/regulatory/questionnaire-text-ivdr-de.ts';
import { questionText, type IvdrQuestionTexts, type QuestionText } from '#src/regulatory/questionnaire-text.ts';
import { QUESTIONS } from '#src/regulatory/questionnaire.ts';

const filled = (s: unknown) => typeof s === 'string' && s.trim().length > 0;

describe('questionnaire texts', () => {
  it.each(LANGS)('has a prompt, a help line and a label per option for every question in %s', (lang) => {
    for (const q of QUESTIONS) {
      const t = questionText(lang, q.id);
      expect([q.id, filled(t.prompt), filled(t.help)]).toEqual([q.id, true, true]);
      const labels = (t.options ?? {}) as Record<string, string>;
      expect([q.id, Object.keys(labels)]).toEqual([q.id, q.kind === 'choice' ? [...q.options] : []]);
      expect([q.id, Object.values(labels).every(filled)]).toEqual([q.id, true]);
    }
  });

  it('is translated: German and Danish prompts and help differ from the English ones', () => {
    for (const q of QUESTIONS) {
      const en = questionText('en', q.id);
      for (const lang of ['de', 'da'] as const) {
        const t = questionText(lang, q.id);
        expect([q.id, lang, t.prompt === en.prompt || t.help === en.help]).toEqual([q.id, lang, false]);
      }
    }
  });

  it('refers only to concepts that are explained', () => {
    for (const q of QUESTIONS) for (const c of q.concepts) expect(CONCEPT_IDS).toContain(c);
  });
});

describe('concept texts', () => {
  it.each(LANGS)('explain every concept in %s, with the definition and its reference', (lang) => {
    for (const id of CONCEPT_IDS) {
      const c = conceptText(lang, id);
      expect([id, filled(c.term), filled(c.plain), filled(c.definition.ref), filled(c.definition.text)]).toEqual([id, true, true, true, true]);
    }
  });

  it('use the official German and Danish terms of the Regulations', () => {
    const terms = (id: ConceptId) => [conceptText('de', id).term, conceptText('da', id).term];
    expect(terms('surgically-invasive')).toEqual(['chirurgisch-invasives Produkt', 'kirurgisk invasivt udstyr']);
    expect(terms('active-device')).toEqual(['aktives Produkt', 'aktivt udstyr']);
    expect(terms('body-orifice')).toEqual(['Körperöffnung', 'legemsåbning']);
    expect(terms('transient')).toEqual(['vorübergehend', 'forbigående']);
    expect(terms('self-testing')).toEqual(['Produkt zur Eigenanwendung', 'udstyr til selvtestning']);
    expect(terms('companion-diagnostic')).toEqual(['therapiebegleitendes Diagnostikum', 'ledsagende diagnostisk udstyr']);
    expect(conceptText('en', 'transient').definition).toEqual({
      ref: 'MDR Annex VIII, 1.1', text: '‘Transient’ means normally intended for continuous use for less than 60 minutes.',
    });
  });
});

describe('qualification texts', () => {
  it.each(LANGS)('have prompt, help, option labels and a reason per answer for every question in %s', (lang) => {
    for (const q of QUALIFICATION_QUESTIONS) {
      const t = qualificationText(lang, q.id);
      const keys = q.kind === 'boolean' ? ['yes', 'no'] : [...q.options];
      expect([q.id, filled(t.prompt), filled(t.help), Object.keys(t.reasons)]).toEqual([q.id, true, true, keys]);
      expect([q.id, Object.keys(t.options ?? {})]).toEqual([q.id, q.kind === 'choice' ? keys : []]);
      expect([q.id, Object.values(t.reasons).every(filled)]).toEqual([q.id, true]);
    }
    for (const outcome of QUALIFICATION_OUTCOMES) expect(filled(outcomeText(lang, outcome))).toBe(true);
  });

  it('gives the reasons of a qualification in the language asked for', () => {
    const answers = { software: true, softwareRole: 'independent', actionOnData: false } as const;
    expect(qualify(answers, 'da').steps.at(-1)?.reason).toMatch(/gør ikke i sig selv software til medicinsk udstyr/);
    expect(qualify(answers, 'de').steps.at(-1)?.reason).toMatch(/macht Software nicht zum Medizinprodukt/);
    expect(outcomeText('de', 'ivd')).toBe('In-vitro-Diagnostikum (IVDR)');
  });
});

describe('missing translations', () => {
  it('are type errors (checked by tsc): a question, an option label, a reason or a concept left out', () => {
    const { cancer: _cancer, ...withoutCancer } = IVDR_QUESTION_TEXTS_DE;
    // @ts-expect-error every IVDR question needs its text
    const _ivdr: IvdrQuestionTexts = withoutCancer;
    // @ts-expect-error a single-choice question labels every option
    const _duration: QuestionText<'duration'> = { prompt: 'p', help: 'h', options: { transient: 't', 'short-term': 's' } };
    // @ts-expect-error a boolean question has no option labels
    const _sterile: QuestionText<'sterile'> = { prompt: 'p', help: 'h', options: { yes: 'y' } };
    const { transient: _transient, ...withoutTransient } = CONCEPTS_DA;
    // @ts-expect-error every concept needs its text
    const _concepts: Record<ConceptId, ConceptText> = withoutTransient;
    const { 'not-a-device': _notADevice, ...withoutOutcome } = QUALIFICATION_TEXTS_EN.outcomes;
    // @ts-expect-error every outcome needs its name
    const _texts: QualificationTexts = { ...QUALIFICATION_TEXTS_EN, outcomes: withoutOutcome };
    expect(['cancer' in withoutCancer, 'transient' in withoutTransient, 'not-a-device' in withoutOutcome]).toEqual([false, false, false]);
  });
});
