// Markdown to safe HTML for news articles and the cluster's public pages: markdown-it with raw HTML switched off
// (any HTML in the text is shown as text, never run) and its link check (no javascript:, vbscript:, file: or data:
// links other than images). External links open without handing the opener or the referrer to the other site.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt('default', { html: false, linkify: true, typographer: false, breaks: false });

const renderLink = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (/^https?:\/\//i.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noopener noreferrer');
  return renderLink(tokens, idx, options, env, self);
};

// Text embedded in a page (a workshop's agenda under the page's h3) starts its headings lower, so the page's outline holds.
const renderHeading = markdown.renderer.rules.heading_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.heading_open = (tokens, idx, options, env, self) => {
  const shift = (Number((env as { headingBase?: number } | undefined)?.headingBase) || 1) - 1;
  for (const token of [tokens[idx]!, tokens[idx + 2]!]) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
  return renderHeading(tokens, idx, options, env, self);
};

/**
 * Renders Markdown (CommonMark with tables and strikethrough, bare URLs linked) to HTML that is safe to insert.
 * `headingBase` is the level a `#` heading gets (1 by default).
 */
export function renderMarkdown(md: string, { headingBase = 1 }: { headingBase?: number } = {}): string {
  return markdown.render(md, { headingBase });
}

/** The plain text of Markdown (for summaries and plain-text e-mail): no markup, whitespace collapsed. */
export function markdownToText(md: string): string {
  return markdown
    .render(md)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
