// A small, safe Markdown reader for agendas and minutes (headings, lists, quotes, code, emphasis, links) that builds
// elements, never HTML strings; and a Markdown text area with a preview.
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { GROUPS } from './groups.messages.ts';

const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*|__[^_]+__)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?])/g;

/** Only web and mail links are followed; anything else (javascript:, data:) stays text. */
const safeHref = (href: string) => (/^(https?:\/\/|mailto:)/i.test(href) ? href : null);

function inline(text: string, key = 'i'): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const k = `${key}-${n++}`;
    const [whole, code, strong, em, link, bare] = m;
    if (code) out.push(<code key={k}>{code.slice(1, -1)}</code>);
    else if (strong) out.push(<strong key={k}>{inline(strong.slice(2, -2), k)}</strong>);
    else if (em) out.push(<em key={k}>{inline(em.slice(1, -1), k)}</em>);
    else if (link) {
      const [, label = '', href = ''] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(link) ?? [];
      const safe = safeHref(href);
      out.push(safe ? <a key={k} href={safe} rel="noopener noreferrer">{inline(label, k)}</a> : whole);
    } else if (bare) out.push(<a key={k} href={bare} rel="noopener noreferrer">{bare}</a>);
    last = at + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph' | 'quote'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

/** Splits Markdown into blocks: headings, paragraphs, lists, quotes, fenced code and rules. */
export function markdownBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (line.trim().startsWith('```')) {
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.trim().startsWith('```')) code.push(lines[i]!);
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.replace(/\s#+\s*$/, '') });
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      blocks.push({ kind: 'rule' });
      continue;
    }
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      const ordered = /\d/.test(item[1]!);
      const items = [item[2]!];
      while (i + 1 < lines.length) {
        const next = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(lines[i + 1]!);
        if (next && /\d/.test(next[1]!) === ordered) items.push(next[2]!);
        else if (lines[i + 1]!.trim() !== '' && /^\s{2,}/.test(lines[i + 1]!)) items[items.length - 1] += ` ${lines[i + 1]!.trim()}`;
        else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    const quote = line.startsWith('>');
    const text = [line.replace(/^>\s?/, '')];
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && lines[i + 1]!.startsWith('>') === quote && !/^(#{1,6}\s|\s*([-*+]|\d+[.)])\s|```)/.test(lines[i + 1]!)) {
      text.push(lines[++i]!.replace(/^>\s?/, ''));
    }
    blocks.push({ kind: quote ? 'quote' : 'paragraph', text: text.map((t) => t.trim()).join(' ') });
  }
  return blocks;
}

/** Renders Markdown; `#` becomes a heading of level `headingBase` (so agendas fit the page's outline). */
export function Markdown({ text, headingBase = 4 }: { text: string; headingBase?: number }) {
  return (
    <div class="markdown">
      {markdownBlocks(text).map((b, i) => {
        if (b.kind === 'heading') {
          const Tag = `h${Math.min(6, headingBase + b.level - 1)}` as 'h4';
          return <Tag key={i}>{inline(b.text)}</Tag>;
        }
        if (b.kind === 'list') {
          const items = b.items.map((item, j) => <li key={j}>{inline(item)}</li>);
          return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
        }
        if (b.kind === 'code') return <pre key={i}><code>{b.text}</code></pre>;
        if (b.kind === 'rule') return <hr key={i} />;
        if (b.kind === 'quote') return <blockquote key={i}><p>{inline(b.text)}</p></blockquote>;
        return <p key={i}>{inline(b.text)}</p>;
      })}
    </div>
  );
}

/** A labelled Markdown text area with "Write" and "Preview" switches. */
export function MarkdownField({ id, label, value, onInput, hint, error }: { id: string; label: string; value: string; onInput: (value: string) => void; hint?: string; error?: string | null }) {
  const { t } = useT(GROUPS);
  const [preview, setPreview] = useState(false);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const onText = (e: JSX.TargetedEvent<HTMLTextAreaElement>) => onInput(e.currentTarget.value);
  return (
    <div class={error ? 'field has-error markdown-field' : 'field markdown-field'}>
      <div class="markdown-field-head">
        <label for={id}>{label}</label>
        <div class="markdown-switch" role="group" aria-label={t('markdown.mode', { label })}>
          <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>{t('markdown.write')}</button>
          <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>{t('markdown.preview')}</button>
        </div>
      </div>
      <textarea id={id} rows={8} value={value} hidden={preview} aria-invalid={error ? 'true' : undefined} aria-describedby={described} onInput={onText} />
      {preview && (
        <div class="markdown-preview" aria-live="polite">
          {value.trim() ? <Markdown text={value} /> : <p class="muted">{t('markdown.empty')}</p>}
        </div>
      )}
      {hint && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
    </div>
  );
}
