// The site's language fallback: the asked language, then English, German, Danish; blank texts do not count.
import { describe, expect, it } from 'vitest';
import { fallbackOrder, languagesOf, pickText } from '#src/site/site-text.ts';

describe('picking a text', () => {
  it('orders the stand-ins English, German, Danish after the asked language', () => {
    expect(fallbackOrder('da')).toEqual(['da', 'en', 'de']);
    expect(fallbackOrder('en')).toEqual(['en', 'de', 'da']);
    expect(fallbackOrder('de')).toEqual(['de', 'en', 'da']);
  });

  it('takes the asked language, else the first stand-in with a non-blank text, and says which it took', () => {
    expect(pickText({ de: 'Hallo', en: 'Hello', da: 'Hej' }, 'da')).toEqual({ text: 'Hej', lang: 'da' });
    expect(pickText({ de: 'Hallo', en: '  ', da: '' }, 'da')).toEqual({ text: 'Hallo', lang: 'de' });
    expect(pickText({}, 'de')).toEqual({ text: '', lang: 'de' });
    expect(pickText(null, 'en')).toEqual({ text: '', lang: 'en' });
  });

  it('lists the languages a text is written in', () => {
    expect(languagesOf({ da: 'Hej', en: ' ', de: 'Hallo' })).toEqual(['de', 'da']);
  });
});
