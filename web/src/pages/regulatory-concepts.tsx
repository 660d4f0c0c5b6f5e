// A question's concepts on demand: one toggle button per concept, opening its plain words and the regulation's definition.
import { useState } from 'preact/hooks';
import { conceptText, type ConceptId, type Lang } from '../../../src/regulatory/concepts.ts';
import { useT } from '../i18n.ts';
import { citationRef } from './product-ref.ts';
import { REGULATORY } from './regulatory.messages.ts';

/** Where a quotation stands, worded for `lang` (marked English where the reference has no wording). */
export function Cite({ source, lang }: { source: string; lang: Lang }) {
  const ref = citationRef(source, lang);
  return ref.lang === lang ? <cite>{ref.text}</cite> : <cite lang="en">{ref.text}</cite>;
}

/** A quotation of the regulation (kept in English, the only wording the navigator holds) with where it stands. */
export function Quote({ text, source, lang }: { text: string; source: string; lang: Lang }) {
  const { t } = useT(REGULATORY);
  return (
    <figure class="regulatory-quote">
      <blockquote lang="en">{text}</blockquote>
      <figcaption>
        <Cite source={source} lang={lang} />
        {lang !== 'en' && <span class="muted"> · {t('quote.english')}</span>}
      </figcaption>
    </figure>
  );
}

/** A quotation folded behind its reference, for lists where every entry cites one (routes, obligations). */
export function FoldedQuote({ text, source, lang }: { text: string; source: string; lang: Lang }) {
  const { t } = useT(REGULATORY);
  return (
    <details class="regulatory-source">
      <summary>{t('quote.source', { ref: citationRef(source, lang).text })}</summary>
      <Quote text={text} source={source} lang={lang} />
    </details>
  );
}

/** The concept buttons of a question and, under them, the explanations the user opened. */
export function ConceptHelp({ id, concepts, lang }: { id: string; concepts: readonly ConceptId[]; lang: Lang }) {
  const { t } = useT(REGULATORY);
  const [open, setOpen] = useState<ConceptId[]>([]);
  if (concepts.length === 0) return null;
  const toggle = (c: ConceptId) => setOpen((now) => (now.includes(c) ? now.filter((x) => x !== c) : [...now, c]));
  return (
    <div class="regulatory-concepts">
      <p class="regulatory-concepts-label" id={`${id}-concepts`}>{t('concepts.label')}</p>
      <ul class="regulatory-concept-buttons" aria-labelledby={`${id}-concepts`}>
        {concepts.map((c) => (
          <li key={c}>
            <button
              type="button"
              class="regulatory-concept-button"
              aria-expanded={open.includes(c)}
              aria-controls={`${id}-concept-${c}`}
              onClick={() => toggle(c)}
            >
              {conceptText(lang, c).term}
            </button>
          </li>
        ))}
      </ul>
      {concepts.map((c) => {
        const concept = conceptText(lang, c);
        return (
          <div key={c} id={`${id}-concept-${c}`} class="regulatory-concept" hidden={!open.includes(c)}>
            <p>
              <strong>{concept.term}:</strong> {concept.plain}
            </p>
            <Quote text={concept.definition.text} source={concept.definition.ref} lang={lang} />
          </div>
        );
      })}
    </div>
  );
}
