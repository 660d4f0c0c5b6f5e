// Every definition and qualification citation quotes the Regulation or guidance word for word (ellipses aside).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONCEPT_DEFINITIONS, type Citation } from '#src/regulatory/concepts.ts';
import { QUALIFICATION_CITATIONS, type AnswerKey } from '#src/regulatory/qualification-citations.ts';
import { QUALIFICATION_QUESTIONS } from '#src/regulatory/qualification.ts';

const DIR = new URL('../../../shared/data/regulatory/', import.meta.url);
// pdftotext and HTML conversions differ in whitespace, quote marks, dashes, bullets, emphasis and footnote marks.
const normalise = (s: string) =>
  s.replace(/[‘’“”"]/g, "'").replace(/\*/g, '').replace(/[–—•-]/g, ' ').replace(/\s+/g, ' ')
    .replace(/ \d{1,2}(?=[ ,.;:])/g, '').trim().toLowerCase();
const CORPUS = normalise(readdirSync(DIR).map((f) => readFileSync(new URL(f, DIR), 'utf8')).join('\n'));

/** The pieces of a quotation between the ellipses that mark omissions. */
const fragments = (text: string) => text.split('[…]').map(normalise).map((f) => f.replace(/^[\s.,;:]+|[\s,;:]+$/g, '')).filter((f) => f.length > 0);
const missing = (c: Citation) => fragments(c.text).filter((f) => !CORPUS.includes(f));

describe('regulatory quotations', () => {
  it('notice a quotation that is not in the texts', () => {
    expect(missing({ ref: 'MDR Article 2(4)', text: 'Software shall also be deemed to be a cosmetic product;' })).toHaveLength(1);
    expect(missing({ ref: 'MDR Article 2(4)', text: 'Software shall also be deemed to be an active device;' })).toEqual([]);
  });

  it('quote every concept definition from the texts', () => {
    const bad = Object.entries(CONCEPT_DEFINITIONS)
      .map(([id, c]) => [id, missing(c)] as const)
      .filter(([, m]) => m.length > 0);
    expect(bad).toEqual([]);
  });

  it('quote every qualification citation, for every answer, from the texts', () => {
    const contexts = [{ software: true, softwareRole: 'accessory' }, { software: true, softwareRole: 'drives-or-influences' }, { software: false }] as const;
    const bad: Array<[string, string[]]> = [];
    for (const q of QUALIFICATION_QUESTIONS) {
      for (const key of q.kind === 'boolean' ? ['yes', 'no'] : q.options) {
        for (const answers of contexts) {
          const m = missing(QUALIFICATION_CITATIONS[q.id](key as AnswerKey, answers));
          if (m.length > 0) bad.push([`${q.id}=${key}`, m]);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
