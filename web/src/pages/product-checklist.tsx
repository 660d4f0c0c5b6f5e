// A product's documentation plan as a checklist: Annex II/III and Annex I sections, the items that apply first with
// their status, the others folded away with the reason; progress, a filter for open items, Markdown and PDF exports.
import { useState } from 'preact/hooks';
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { formatNumber, useT } from '../i18n.ts';
import { countProgress, exportUrl, type ChecklistEntry, type PlanItem, type PlanSection, type ProductDetail } from './product-api.ts';
import { ProgressBar } from './product-badges.tsx';
import { ChecklistItem } from './product-checklist-item.tsx';
import { refText } from './product-ref.ts';
import { EngineText } from './regulatory-translate.tsx';
import { PRODUCT_PLAN } from './product-plan.messages.ts';

type Props = { product: ProductDetail; lang: Lang; onlyOpen: boolean; onFilter: (onlyOpen: boolean) => void };

const isOpen = (i: PlanItem) => i.status === 'open' || i.status === 'in-progress';

export function ProductChecklist({ product, lang, onlyOpen, onFilter }: Props) {
  const { t } = useT(PRODUCT_PLAN);
  const [sections, setSections] = useState(product.documentationPlan.sections);
  // Items changed while the "open" filter is on stay in view until the filter is chosen again (no item vanishes under the cursor).
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState('');
  const progress = countProgress(sections);
  const retired = product.documentationPlan.retired;

  const onChange = (itemId: string, entry: Partial<ChecklistEntry>) => {
    setSections((list) => list.map((s) => ({ ...s, items: s.items.map((i) => (i.id === itemId ? { ...i, ...entry } : i)) })));
    setKept((set) => (set.has(itemId) ? set : new Set(set).add(itemId)));
  };
  const filter = (open: boolean) => {
    setKept(new Set());
    onFilter(open);
  };
  const shown = (i: PlanItem) => i.applies && (!onlyOpen || isOpen(i) || kept.has(i.id));
  const groups = [
    { key: 'documentation', sections: sections.filter((s) => !s.id.startsWith('gspr-')) },
    { key: 'gspr', sections: sections.filter((s) => s.id.startsWith('gspr-')) },
  ];

  return (
    <section id="plan" aria-labelledby="plan-title" class="product-section">
      <h2 id="plan-title">{t('plan.title')}</h2>
      <p class="muted">{t('plan.lead')}</p>
      <ProgressBar progress={progress} id="plan-progress" />
      <div class="product-plan-tools">
        <fieldset class="product-filter">
          <legend>{t('plan.show')}</legend>
          <label>
            <input type="radio" name="plan-filter" checked={onlyOpen} onChange={() => filter(true)} />
            {t('plan.showOpen', { count: progress.open + progress.inProgress })}
          </label>
          <label>
            <input type="radio" name="plan-filter" checked={!onlyOpen} onChange={() => filter(false)} />
            {t('plan.showAll')}
          </label>
        </fieldset>
        <div class="product-exports" role="group" aria-labelledby="plan-export-label">
          <span id="plan-export-label" class="product-exports-label">{t('plan.export')}</span>
          <a class="button-link" href={exportUrl(product.id, 'md')} download data-export="md">{t('plan.markdown')}</a>
          <a class="button-link" href={exportUrl(product.id, 'pdf')} download data-export="pdf">{t('plan.pdf')}</a>
        </div>
      </div>
      <p class="form-status" role="status" aria-live="polite">{message}</p>

      {groups.map((g) => {
        const visible = g.sections.filter((s) => !onlyOpen || s.items.some(shown));
        return (
          <div key={g.key} class="product-plan-group" data-group={g.key}>
            <h3>{t(`plan.groups.${g.key}.${product.regulation}`)}</h3>
            {visible.length === 0 && <p class="muted">{t('plan.nothingOpen')}</p>}
            {visible.map((s) => (
              <SectionView key={s.id} section={s} shown={shown} onlyOpen={onlyOpen} lang={lang}>
                {(item) => (
                  <ChecklistItem key={item.id} productId={product.id} item={item} canEdit={product.canEdit} lang={lang} onChange={onChange} announce={setMessage} />
                )}
              </SectionView>
            ))}
          </div>
        );
      })}

      {retired.length > 0 && (
        <details class="product-retired">
          <summary>{t('plan.retired', { count: retired.length })}</summary>
          <p class="muted">{t('plan.retiredLead')}</p>
          <ul>
            {retired.map((r) => (
              <li key={r.id}>
                <code>{r.id}</code> · {t(`status.${r.status}`)}
                {r.evidence.length > 0 && <> · {r.evidence.map((e) => <a key={e.url} href={e.url} rel="noopener noreferrer">{e.label ?? e.url}</a>)}</>}
                {r.note && <> · {r.note}</>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

type SectionProps = {
  section: PlanSection;
  shown: (i: PlanItem) => boolean;
  onlyOpen: boolean;
  lang: Lang;
  children: (item: PlanItem) => preact.JSX.Element;
};

/** One section: its applying items, then the items that do not apply, folded, each with the reason. */
function SectionView({ section, shown, onlyOpen, lang, children }: SectionProps) {
  const { t } = useT(PRODUCT_PLAN);
  const applying = section.items.filter((i) => i.applies);
  const notApplying = section.items.filter((i) => !i.applies);
  const done = applying.filter((i) => i.status === 'done').length;
  const headingId = `plan-${section.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <section class="product-plan-section" aria-labelledby={headingId} data-section={section.id}>
      <h4 id={headingId}>
        <span class="product-ref">{refText(section.ref, lang)}</span> <EngineText text={section.title} lang={lang} />
      </h4>
      <p class="product-meta">
        {applying.length === 0 ? t('plan.noneApply') : t('plan.sectionDone', { done: formatNumber(done), total: formatNumber(applying.length) })}
      </p>
      {applying.some(shown) && <ul class="product-items">{applying.filter(shown).map(children)}</ul>}
      {!onlyOpen && notApplying.length > 0 && (
        <details class="product-not-applying">
          <summary>{t('plan.notApplying', { count: notApplying.length })}</summary>
          <ul>
            {notApplying.map((i) => (
              <li key={i.id} data-item={i.id}>
                <span class="product-ref">{refText(i.ref, lang)}</span> <EngineText text={i.title} lang={lang} />
                {i.why && (
                  <p class="product-why">
                    <EngineText text={i.why} lang={lang} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
