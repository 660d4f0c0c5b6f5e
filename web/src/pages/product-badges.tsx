// Small pieces shared by the product pages: the class badge, the checklist progress as text and as a bar.
import { formatNumber, useT } from '../i18n.ts';
import { classLabel } from './regulatory-rules.tsx';
import type { Product, Progress } from './product-api.ts';
import { PRODUCT } from './product.messages.ts';

/** The class as written in practice ("Is", "IIb", "C"), read out as "class Is". */
export function ClassBadge({ product, large = false }: { product: Pick<Product, 'class' | 'subclasses' | 'regulation'>; large?: boolean }) {
  const { t } = useT(PRODUCT);
  const label = classLabel(product);
  return (
    <span class={large ? 'product-class product-class-large' : 'product-class'} data-class={product.class}>
      <span class="visually-hidden">{t('classOf', { cls: label })}</span>
      <span aria-hidden="true">{label}</span>
    </span>
  );
}

/** Items the user still has to do: those that apply, less those they marked not applicable. */
const todo = (p: Progress) => p.applicable - p.notApplicable;

/** "12 of 40 done" (with the items marked not applicable, when there are any). */
export function ProgressText({ progress }: { progress: Progress }) {
  const { t } = useT(PRODUCT);
  return (
    <span class="product-progress-text">
      {t('progress.done', { done: formatNumber(progress.done), total: formatNumber(todo(progress)) })}
      {progress.notApplicable > 0 && <span class="muted"> · {t('progress.excluded', { count: progress.notApplicable })}</span>}
    </span>
  );
}

/** The progress as a bar with its figures beside it. */
export function ProgressBar({ progress, id }: { progress: Progress; id: string }) {
  const { t } = useT(PRODUCT);
  const total = Math.max(todo(progress), 0);
  const share = total === 0 ? 0 : Math.round((progress.done / total) * 100);
  return (
    <div class="product-progress">
      <div class="product-progress-label" id={`${id}-label`}>
        <strong>{t('progress.title')}</strong> <ProgressText progress={progress} />
        {progress.inProgress > 0 && <span class="muted"> · {t('progress.inProgress', { count: progress.inProgress })}</span>}
      </div>
      <div
        class="product-progress-track"
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={progress.done}
        aria-valuetext={t('progress.percent', { percent: share })}
      >
        <div class="product-progress-fill" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
