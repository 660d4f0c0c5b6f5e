// Markdown in the browser (agendas, minutes, ideas, the strategy paper) through the same renderer the server uses
// for news and the public site, and a Markdown text area with a preview.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { renderMarkdown } from '../../../src/news/markdown.ts';
import { useT } from '../i18n.ts';
import { GROUPS } from '../pages/groups.messages.ts';

/** Renders Markdown with the server's renderer (raw HTML off, unsafe links dropped); `#` becomes a heading of level
 * `headingBase`, so agendas fit the page's outline. */
export function Markdown({ text, headingBase = 4 }: { text: string; headingBase?: number }) {
  return <div class="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(text, { headingBase }) }} />;
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
