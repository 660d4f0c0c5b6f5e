// A cluster's published news as an Atom 1.0 feed (RFC 4287): one entry per post in the reader's language or the
// fallback, the summary as text and the body as escaped HTML, absolute links to the articles.
import { escapeHtml } from '#src/news/markdown.ts';

export type FeedEntry = {
  id: string;
  url: string;
  language: string;
  title: string;
  summary: string;
  html: string;
  author: string;
  published: Date;
  updated: Date;
};

export type Feed = { id: string; title: string; language: string; selfUrl: string; siteUrl: string; author: string; updated: Date; entries: FeedEntry[] };

// XML 1.0 allows no control characters but tab, line feed and carriage return.
const allowed = (c: string) => c.charCodeAt(0) >= 0x20 || c === '\t' || c === '\n' || c === '\r';
const xml = (text: string) => escapeHtml([...text].filter(allowed).join(''));

/** The feed document. */
export function atomFeed(feed: Feed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.language)}">`,
    `  <id>${xml(feed.id)}</id>`,
    `  <title type="text">${xml(feed.title)}</title>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.siteUrl)}"/>`,
    `  <author><name>${xml(feed.author)}</name></author>`,
    '  <generator>klynge</generator>',
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry xml:lang="${xml(e.language)}">`,
      `    <id>${xml(e.id)}</id>`,
      `    <title type="text">${xml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" hreflang="${xml(e.language)}" href="${xml(e.url)}"/>`,
      `    <published>${e.published.toISOString()}</published>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <author><name>${xml(e.author)}</name></author>`,
      ...(e.summary ? [`    <summary type="text">${xml(e.summary)}</summary>`] : []),
      `    <content type="html">${xml(e.html)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
