// The head of a product's page: its name, class badge, the rule that decides the class and the notified body.
import { useT } from '../i18n.ts';
import type { ProductDetail } from './product-api.ts';
import { ClassBadge } from './product-badges.tsx';
import { classLabel } from './regulatory-rules.tsx';
import { REGULATORY_RULES } from './regulatory-rules.messages.ts';
import { PRODUCT } from './product.messages.ts';

/** "Rule 8: implantable and long-term surgically invasive devices", for a numbered or an implementing rule. */
function useRuleTitle() {
  const { t: tr } = useT(REGULATORY_RULES);
  return (regulation: string, rule: string) =>
    `${rule.includes('.') ? tr('implementingRule', { rule }) : tr('rule', { rule })}: ${tr(`${regulation}.r${rule.replace('.', '_')}`)}`;
}

export function ProductHeader({ product }: { product: ProductDetail }) {
  const { t } = useT(PRODUCT);
  const ruleTitle = useRuleTitle();
  const c = product.classification;
  // The class is the highest of all applying rules (MDR Annex VIII 3.5, IVDR 1.9): the rules giving it decide.
  const deciding = c.rules.filter((r) => r.class === c.class);
  return (
    <header class="product-header">
      <div class="product-heading">
        <p class="profile-kicker">
          {t(`regulations.${product.regulation}`)}
          {product.emdn && <span class="tag">EMDN {product.emdn.code}</span>}
        </p>
        <h1>{product.name}</h1>
        <div class="product-verdict">
          <ClassBadge product={product} large />
          <div>
            <p class="product-verdict-class">{t(`classUnder.${product.regulation}`, { cls: classLabel(c) })}</p>
            {deciding.length > 0 && (
              <p class="product-verdict-rule">
                {t('decidedBy', { count: deciding.length })}{' '}
                {deciding.map((r, i) => (
                  <span key={r.rule}>
                    {i > 0 && '; '}
                    <a href="#why" onClick={(e) => focusRule(e, r.rule)}>{ruleTitle(c.regulation, r.rule)}</a>
                  </span>
                ))}
              </p>
            )}
            <p class="product-verdict-body">{t(`notifiedBody.${product.notifiedBody}`)}</p>
          </div>
        </div>
      </div>
    </header>
  );
}

/** Scrolls to a rule of the "why" list and moves the focus there (the list items carry data-rule, not ids). */
function focusRule(event: Event, rule: string) {
  const target = document.querySelector<HTMLElement>(`.regulatory-rules [data-rule="${CSS.escape(rule)}"]`);
  if (!target) return;
  event.preventDefault();
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
