// The monthly digest as an e-mail newsletter: HTML that mail clients render (tables for layout, inline styles, no
// scripts, no external CSS, absolute links) and the same content as plain text.
import { escapeHtml } from '#src/news/markdown.ts';
import type { NewsLanguage } from '#src/news/news-schema.ts';

export type DigestItem = { title: string; summary: string; url: string; date: Date; organization: string | null; fallback: boolean };
export type DigestEvent = { title: string; date: Date; where: string; url: string | null };
export type Digest = {
  language: NewsLanguage;
  clusterName: string;
  month: string;
  newsUrl: string;
  items: DigestItem[];
  workshops: DigestEvent[];
  calls: DigestEvent[];
};

const LOCALES: Record<NewsLanguage, string> = { en: 'en-GB', de: 'de-DE', da: 'da-DK' };

export const DIGEST_TEXTS = {
  en: {
    heading: 'News from {cluster}', intro: 'What happened in {month}.', readMore: 'Read more', none: 'No news was published this month.',
    workshops: 'Upcoming workshops', calls: 'Funding calls closing soon', deadline: 'deadline', all: 'All news', from: 'from {organization}',
    otherLanguage: '(not available in English)', footer: 'You receive this newsletter as a member of {cluster}.',
  },
  de: {
    heading: 'Neuigkeiten aus {cluster}', intro: 'Was im {month} geschah.', readMore: 'Weiterlesen', none: 'In diesem Monat wurden keine Neuigkeiten veröffentlicht.',
    workshops: 'Kommende Workshops', calls: 'Förderaufrufe mit baldiger Frist', deadline: 'Frist', all: 'Alle Neuigkeiten', from: 'von {organization}',
    otherLanguage: '(nicht auf Deutsch verfügbar)', footer: 'Sie erhalten diesen Newsletter als Mitglied von {cluster}.',
  },
  da: {
    heading: 'Nyheder fra {cluster}', intro: 'Det skete i {month}.', readMore: 'Læs mere', none: 'Der blev ikke offentliggjort nyheder i denne måned.',
    workshops: 'Kommende workshops', calls: 'Støtteopslag med snarlig frist', deadline: 'frist', all: 'Alle nyheder', from: 'fra {organization}',
    otherLanguage: '(findes ikke på dansk)', footer: 'Du modtager dette nyhedsbrev som medlem af {cluster}.',
  },
} as const;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** "November 2026" / "November 2026" / "november 2026" in the digest's language. */
export function monthName(month: string, language: NewsLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

const day = (date: Date, language: NewsLanguage) => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const BRAND = '#0b6e69';

function eventRows(title: string, events: DigestEvent[], d: Digest, deadline: boolean): string {
  if (events.length === 0) return '';
  const t = DIGEST_TEXTS[d.language];
  const rows = events.map((e) => {
    const name = e.url ? `<a href="${escapeHtml(e.url)}" style="color:${BRAND};">${escapeHtml(e.title)}</a>` : escapeHtml(e.title);
    const when = `${deadline ? `${t.deadline} ` : ''}${day(e.date, d.language)}${e.where ? ` · ${escapeHtml(e.where)}` : ''}`;
    return `<tr><td style="${FONT}font-size:15px;line-height:22px;color:#1a1a1a;padding:0 0 10px 0;">${name}<br><span style="color:#555555;font-size:13px;">${when}</span></td></tr>`;
  });
  return `<tr><td style="padding:8px 32px 16px 32px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="${FONT}font-size:18px;font-weight:bold;color:#1a1a1a;padding:0 0 10px 0;">${escapeHtml(title)}</td></tr>
${rows.join('\n')}
</table></td></tr>`;
}

/** The newsletter as HTML e-mail: a 600-pixel table, inline styles, every link absolute. */
export function digestHtml(d: Digest): string {
  const t = DIGEST_TEXTS[d.language];
  const heading = fill(t.heading, { cluster: d.clusterName });
  const items = d.items.map((item) => {
    const meta = [day(item.date, d.language), item.organization ? fill(t.from, { organization: item.organization }) : '', item.fallback ? t.otherLanguage : ''].filter(Boolean).join(' · ');
    return `<tr><td style="padding:0 32px 24px 32px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="${FONT}font-size:20px;line-height:26px;font-weight:bold;color:#1a1a1a;padding:0 0 4px 0;"><a href="${escapeHtml(item.url)}" style="color:#1a1a1a;text-decoration:none;">${escapeHtml(item.title)}</a></td></tr>
<tr><td style="${FONT}font-size:13px;color:#555555;padding:0 0 8px 0;">${escapeHtml(meta)}</td></tr>
<tr><td style="${FONT}font-size:15px;line-height:22px;color:#1a1a1a;padding:0 0 8px 0;">${escapeHtml(item.summary)}</td></tr>
<tr><td style="${FONT}font-size:15px;padding:0;"><a href="${escapeHtml(item.url)}" style="color:${BRAND};font-weight:bold;">${escapeHtml(t.readMore)} &rarr;</a></td></tr>
</table></td></tr>`;
  });
  const none = `<tr><td style="${FONT}font-size:15px;color:#1a1a1a;padding:0 32px 24px 32px;">${escapeHtml(t.none)}</td></tr>`;
  return `<!DOCTYPE html>
<html lang="${d.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(heading)}</title></head>
<body style="margin:0;padding:0;background-color:#f2f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f4f4" style="background-color:#f2f4f4;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:600px;background-color:#ffffff;">
<tr><td bgcolor="${BRAND}" style="background-color:${BRAND};padding:24px 32px;${FONT}font-size:24px;font-weight:bold;color:#ffffff;">${escapeHtml(heading)}</td></tr>
<tr><td style="padding:24px 32px 16px 32px;${FONT}font-size:15px;color:#555555;">${escapeHtml(fill(t.intro, { month: monthName(d.month, d.language) }))}</td></tr>
${d.items.length > 0 ? items.join('\n') : none}
${eventRows(t.workshops, d.workshops, d, false)}
${eventRows(t.calls, d.calls, d, true)}
<tr><td style="padding:8px 32px 24px 32px;${FONT}font-size:15px;"><a href="${escapeHtml(d.newsUrl)}" style="color:${BRAND};">${escapeHtml(t.all)}</a></td></tr>
<tr><td bgcolor="#e6eaea" style="background-color:#e6eaea;padding:16px 32px;${FONT}font-size:12px;color:#555555;">${escapeHtml(fill(t.footer, { cluster: d.clusterName }))}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

/** The newsletter as plain text (the alternative part of the e-mail). */
export function digestText(d: Digest): string {
  const t = DIGEST_TEXTS[d.language];
  const heading = fill(t.heading, { cluster: d.clusterName });
  const out = [heading, '='.repeat(heading.length), '', fill(t.intro, { month: monthName(d.month, d.language) }), ''];
  if (d.items.length === 0) out.push(t.none, '');
  for (const item of d.items) {
    const meta = [day(item.date, d.language), item.organization ? fill(t.from, { organization: item.organization }) : '', item.fallback ? t.otherLanguage : ''].filter(Boolean).join(' · ');
    out.push(item.title, '-'.repeat(Math.min(item.title.length, 72)), meta, '', item.summary, '', `${t.readMore}: ${item.url}`, '');
  }
  for (const [title, events, deadline] of [[t.workshops, d.workshops, false], [t.calls, d.calls, true]] as const) {
    if (events.length === 0) continue;
    out.push(title, '-'.repeat(title.length));
    for (const e of events) out.push(`* ${e.title}: ${deadline ? `${t.deadline} ` : ''}${day(e.date, d.language)}${e.where ? `, ${e.where}` : ''}${e.url ? ` <${e.url}>` : ''}`);
    out.push('');
  }
  out.push(`${t.all}: ${d.newsUrl}`, '', '--', fill(t.footer, { cluster: d.clusterName }), '');
  return out.join('\n');
}
