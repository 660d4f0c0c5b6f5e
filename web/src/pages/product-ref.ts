// References to the regulations ("MDR Annex I, Section 17.2", "MDR Art. 52(6), second subparagraph") in the interface
// language, as the official German and Danish texts cite them (Anhang/Abschnitt/Abs./Unterabs./Spiegelstrich,
// bilag/punkt/stk./afsnit/led); a reference with a part no wording exists for stays English and says so.
import type { Lang } from '../../../src/regulatory/concepts.ts';

type Step = [RegExp, string | ((...m: string[]) => string)];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL = `(${ORDINALS.join('|')})`;
const nth = (word: string) => ORDINALS.indexOf(word) + 1;
const DE_ORDINALS = ['erster', 'zweiter', 'dritter', 'vierter', 'fünfter', 'sechster', 'siebter', 'achter', 'neunter'];
const DA_ORDINALS = ['første', 'andet', 'tredje', 'fjerde', 'femte', 'sjette', 'syvende', 'ottende', 'niende'];

const STEPS: Record<Exclude<Lang, 'en'>, Step[]> = {
  de: [
    [/\bArt(?:\.|icle) (\d+)\((\d+)\), \((\d+)\) and \((\d+)\), (\w+) subparagraphs\b/g, (_, a, p, q, r, o) => `Art. ${a} Abs. ${p}, ${q} und ${r}, jeweils Unterabs. ${nth(o!)}`],
    [/\bArt(?:\.|icle) (\d+)\((\d+)\)-\((\d+)\)/g, 'Art. $1 Abs. $2 bis $3'],
    [/\bArt(?:\.|icle) (\d+)\((\d+)\)/g, 'Art. $1 Abs. $2'],
    [/\bArt(?:\.|icle) (\d+)/g, 'Art. $1'],
    [new RegExp(`, ${ORDINAL} subparagraph\\b`, 'g'), (_, o) => ` Unterabs. ${nth(o!)}`],
    [new RegExp(`, ${ORDINAL} sentence\\b`, 'g'), (_, o) => ` Satz ${nth(o!)}`],
    [new RegExp(`\\b${ORDINAL} indent\\b`, 'g'), (_, o) => `${DE_ORDINALS[nth(o!) - 1]} Spiegelstrich`],
    [new RegExp(`\\b${ORDINAL} paragraph\\b`, 'g'), (_, o) => `${DE_ORDINALS[nth(o!) - 1]} Absatz`],
    [/(\d)\(([a-z]{1,2})\)/g, '$1 Buchst. $2'],
    [/\bAnnexes\b/g, 'Anhänge'], [/\bAnnex\b/g, 'Anhang'], [/\bSections\b/g, 'Abschnitte'], [/\bSection\b/g, 'Abschnitt'],
    [/\bChapter\b/g, 'Kapitel'], [/\bPart\b/g, 'Teil'], [/\bimplementing rule\b/g, 'Durchführungsvorschrift'], [/\bRule\b/g, 'Regel'],
  ],
  da: [
    [/\bArt(?:\.|icle) (\d+)\((\d+)\), \((\d+)\) and \((\d+)\), (\w+) subparagraphs\b/g, (_, a, p, q, r, o) => `art. ${a}, stk. ${p}, ${q} og ${r}, ${DA_ORDINALS[nth(o!) - 1]} afsnit`],
    [/\bArt(?:\.|icle) (\d+)\((\d+)\)-\((\d+)\)/g, 'art. $1, stk. $2-$3'],
    [/\bArt(?:\.|icle) (\d+)\((\d+)\)/g, 'art. $1, stk. $2'],
    [/\bArt(?:\.|icle) (\d+)/g, 'art. $1'],
    [new RegExp(`, ${ORDINAL} subparagraph\\b`, 'g'), (_, o) => `, ${DA_ORDINALS[nth(o!) - 1]} afsnit`],
    [new RegExp(`, ${ORDINAL} sentence\\b`, 'g'), (_, o) => `, ${DA_ORDINALS[nth(o!) - 1]} punktum`],
    [new RegExp(`\\b${ORDINAL} indent\\b`, 'g'), (_, o) => `${DA_ORDINALS[nth(o!) - 1]} led`],
    [new RegExp(`\\b${ORDINAL} paragraph\\b`, 'g'), (_, o) => `${DA_ORDINALS[nth(o!) - 1]} afsnit`],
    [/(\d)\(([a-z]{1,2})\)/g, '$1, litra $2)'],
    [/\bAnnexes\b/g, 'bilag'], [/\bAnnex\b/g, 'bilag'], [/\bSections\b/g, 'punkt'], [/\bSection\b/g, 'punkt'],
    [/\bChapter\b/g, 'kapitel'], [/\bPart\b/g, 'del'], [/\bimplementing rule\b/g, 'gennemførelsesbestemmelse'], [/\bRule\b/g, 'regel'],
  ],
};

// Words that mean a part of the reference has no wording yet (the reference then stays English as a whole).
const ENGLISH = /\b(Annex|Annexes|Section|Sections|Chapter|Part|Rule|rule|Article|indent|paragraph|subparagraphs?|sentence|and|Figure|step|quoted|Directive)\b|\d\(/;

/** A reference such as "MDR Annex VIII, Rule 5, second indent" in `lang`, and the language it is actually in. */
export function citationRef(ref: string, lang: Lang): { text: string; lang: Lang } {
  if (lang === 'en') return { text: ref, lang };
  const text = STEPS[lang].reduce((t, [pattern, word]) => t.replace(pattern, word as string), ref);
  return ENGLISH.test(text) ? { text: ref, lang: 'en' } : { text, lang };
}

/** A reference such as "MDR Annex II, Section 6.1(b)" worded for `lang` (English where no wording exists). */
export function refText(ref: string, lang: Lang): string {
  return citationRef(ref, lang).text;
}
