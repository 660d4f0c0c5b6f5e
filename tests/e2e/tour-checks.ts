// What a page tour checks on every page: texts that look like untranslated i18next keys, English interface texts on a
// German or Danish page, headings that run out of their box, horizontal overflow, serious accessibility violations.
// The interface texts come from the web app's own message catalogues, loaded here as the app loads them.
import i18next from 'i18next';
import type { Page } from 'playwright-core';
import '../../web/src/components/form-messages.ts';
import { initI18n, LANGUAGE_NAMES, type Language } from '../../web/src/i18n.ts';
import { seriousAccessibilityViolations } from './browser.ts';

import.meta.glob('../../web/src/**/*.messages.ts', { eager: true });
await initI18n('en');

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') into.set(`${prefix}${key}`, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

/** Every namespace's texts in `language`, flattened to "key.path" → text. */
function texts(language: Language): Map<string, Map<string, string>> {
  const data = i18next.getDataByLanguage(language) as Record<string, Tree>;
  return new Map(Object.entries(data).map(([ns, tree]) => [ns, flatten(tree)]));
}

/**
 * The English texts that must not appear on a page in `language`: those the catalogue translates differently, without
 * placeholders, and that are no text of that language elsewhere (German and English share "Workshop", "Roadmap" …).
 * The language picker names each language in itself ("English" on a German page).
 */
function englishOnly(language: Language): Set<string> {
  const en = texts('en');
  const other = texts(language);
  const own = new Set([...other.values()].flatMap((m) => [...m.values()]).concat(Object.values(LANGUAGE_NAMES)));
  const found = new Set<string>();
  for (const [ns, messages] of en) {
    for (const [key, text] of messages) {
      const translated = other.get(ns)?.get(key);
      if (translated !== undefined && translated !== text && !text.includes('{{') && !own.has(text)) found.add(text);
    }
  }
  return found;
}

const ENGLISH_ONLY: Partial<Record<Language, Set<string>>> = { de: englishOnly('de'), da: englishOnly('da') };

/** The loading texts of every page in every language: a page showing one has not settled yet. */
const LOADING_TEXTS = [...new Set((['en', 'de', 'da'] as const).flatMap((l) => [...texts(l).values()].flatMap((m) => [...m].filter(([k]) => /(^|\.)loading$/.test(k)).map(([, v]) => v))))];

/** A catalogue text, as the app renders it in `language`. */
export const message = (language: Language, ns: string, key: string) => i18next.getFixedT(language, ns)(key);

/** Waits until the page has its heading and no loading text is left. */
export async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction((loading) => {
    const all = document.querySelectorAll('body *');
    return ![...all].some((e) => e.childElementCount === 0 && loading.includes((e.textContent ?? '').trim()));
  }, LOADING_TEXTS);
}

/** An i18next key rendered as text ("list.title", "signIn") or a placeholder left in ("{{count}}"); not a domain name. */
const KEY_LIKE = [/^[a-z]+(\.[a-zA-Z0-9_]+)+$/, /^[a-z]{2,}[A-Z][a-zA-Z]*$/];
// Domain names and file names (an uploaded "workshop.png" on the site editor) have the shape of a key too.
const NOT_A_KEY = /\.(org|com|net|eu|de|dk|io|png|jpe?g|gif|webp|pdf|docx?|xlsx?|pptx?|odt|txt|csv|zip|ics|md)$/i;
const looksLikeKey = (text: string) => text.includes('{{') || (KEY_LIKE.some((r) => r.test(text)) && !NOT_A_KEY.test(text));

/** The problems a page shows in `language`, as readable lines (empty when it is fine). */
export async function pageProblems(page: Page, language: Language): Promise<string[]> {
  const seen = await page.evaluate(() => {
    const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    const nodes: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement?.closest('script, style, noscript, template, code, pre') && norm(n.textContent)) nodes.push(norm(n.textContent));
    }
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => norm(e.getAttribute(a))).filter(Boolean));
    const labels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, button, a, label, th, legend, summary, option, caption')].map((e) => norm(e.textContent));
    // A heading or control whose text runs out of its box (over its neighbours, or cut off); boxes that scroll or
    // end in an ellipsis on purpose are left alone.
    const spilled = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, button, legend, summary, th')].filter((e) => {
      const style = getComputedStyle(e);
      return e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && style.overflowX === 'visible' && style.textOverflow !== 'ellipsis';
    }).map((e) => `${e.tagName.toLowerCase()} "${norm(e.textContent)}" (${e.scrollWidth} px in ${e.clientWidth} px)`);
    return { nodes, attributes, labels, spilled, scrollWidth: document.scrollingElement!.scrollWidth };
  });
  const problems = [...new Set([...seen.nodes, ...seen.attributes].filter(looksLikeKey))].map((t) => `key-like text: ${t}`);
  const english = ENGLISH_ONLY[language];
  if (english) problems.push(...[...new Set([...seen.labels, ...seen.nodes, ...seen.attributes].filter((t) => english.has(t)))].map((t) => `English on a ${language} page: ${t}`));
  problems.push(...seen.spilled.map((s) => `text runs out of its box: ${s}`));
  const width = page.viewportSize()!.width;
  if (seen.scrollWidth > width + 1) problems.push(`overflows horizontally: ${seen.scrollWidth} px wide in ${width} px`);
  for (const v of await seriousAccessibilityViolations(page)) problems.push(`axe ${v.id} (${v.help}): ${v.nodes.slice(0, 3).join(', ')}`);
  return problems;
}
