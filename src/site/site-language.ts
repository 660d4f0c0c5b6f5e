// The language a visitor reads the public site in: `?lang=`, else the choice remembered in a cookie, else
// Accept-Language, else English. A valid `?lang=` (a language button, also without JavaScript, or an hreflang link)
// is remembered, so a link followed, a reload or a new tab keeps it (decision 014).
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLanguage, LANGUAGE_COOKIE, type Language } from '../../web/src/i18n.ts';

export type LanguageChoice = { asked?: string | undefined; remembered?: string | undefined; acceptLanguage?: string | undefined };

/** The first of `asked`, `remembered` that names one of ours, else the first of ours in Accept-Language (by weight), else English. */
export function siteLanguage({ asked, remembered, acceptLanguage }: LanguageChoice): Language {
  if (isLanguage(asked)) return asked;
  if (isLanguage(remembered)) return remembered;
  const ranges = (acceptLanguage ?? '').split(',').map((part, i) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q), i };
  });
  ranges.sort((a, b) => b.q - a.q || a.i - b.i);
  return ranges.find((r) => r.q > 0 && isLanguage(r.lang))?.lang as Language | undefined ?? 'en';
}

/**
 * The language of the site page `c` asks for; a valid `?lang=` is remembered in the language cookie (the browser
 * writes the same cookie when the app switches language: web/src/i18n.ts). `remembered` says whether it was set.
 */
export function chooseSiteLanguage(c: Context, secureCookies: boolean): { lang: Language; remembered: boolean } {
  const asked = c.req.query('lang');
  const lang = siteLanguage({ asked, remembered: getCookie(c, LANGUAGE_COOKIE.name), acceptLanguage: c.req.header('accept-language') });
  if (lang !== asked) return { lang, remembered: false };
  const { name, path, maxAge, sameSite } = LANGUAGE_COOKIE;
  setCookie(c, name, lang, { path, maxAge, sameSite, secure: secureCookies });
  return { lang, remembered: true };
}
