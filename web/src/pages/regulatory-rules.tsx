// The class and its reasons: every applying rule with its class, why it applies and the sentence that makes it apply.
import type { AppliedRule, Classification } from '../../../src/regulatory/classify.ts';
import type { Lang } from '../../../src/regulatory/concepts.ts';
import type { ConformityRoute } from '../../../src/regulatory/conformity-route.ts';
import { useT } from '../i18n.ts';
import { Quote } from './regulatory-concepts.tsx';
import { EngineText } from './regulatory-translate.tsx';
import { REGULATORY_RULES } from './regulatory-rules.messages.ts';
import { REGULATORY } from './regulatory.messages.ts';

/** The class as written in practice: class I with its qualifiers appended (Is, Im, Ir, Ism...). */
export const classLabel = (c: Pick<Classification, 'class' | 'subclasses'>) => `${c.class}${c.subclasses.join('')}`;

/** The i18n key of a rule's title: numbered rules and implementing rules (3.3; 1.4-1.6) alike. */
const ruleKey = (regulation: string, rule: string) => `${regulation}.r${rule.replace('.', '_')}`;

export function RuleList({ classification, lang, headingLevel = 3 }: { classification: Classification; lang: Lang; headingLevel?: 3 | 4 }) {
  const { t } = useT(REGULATORY);
  const { t: tr } = useT(REGULATORY_RULES);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const label = (r: AppliedRule) => (r.rule.includes('.') ? tr('implementingRule', { rule: r.rule }) : tr('rule', { rule: r.rule }));
  return (
    <ol class="regulatory-rules">
      {classification.rules.map((r) => (
        <li key={r.rule} class={r.class === classification.class ? 'decisive' : undefined} data-rule={r.rule}>
          <Heading class="regulatory-rule-head">
            <span>
              {label(r)}: {tr(ruleKey(classification.regulation, r.rule))}
            </span>
            <span class="regulatory-class-chip" aria-label={t('classIs', { cls: r.class })}>{r.class}</span>
          </Heading>
          <p class="regulatory-because">
            <EngineText text={r.because} lang={lang} reasons />
          </p>
          <Quote text={r.citation.text} source={r.citation.ref} lang={lang} />
        </li>
      ))}
    </ol>
  );
}

/** Whether a notified body is needed, and the default procedure with the number of alternatives. */
export function RouteSummary({ route, lang }: { route: ConformityRoute; lang: Lang }) {
  const { t } = useT(REGULATORY);
  const first = route.options[0];
  return (
    <dl class="regulatory-route-summary">
      <div>
        <dt>{t('route.notifiedBody')}</dt>
        <dd>{t(`route.body.${route.notifiedBody}`)}</dd>
      </div>
      {first && (
        <div>
          <dt>{t('route.procedure')}</dt>
          <dd>
            <EngineText text={first.title} lang={lang} />
            {first.annexes.length > 0 && <> ({t('route.annexes', { count: first.annexes.length, annexes: first.annexes.join(', ') })})</>}
            {route.options.length > 1 && <span class="muted"> · {t('route.alternatives', { count: route.options.length - 1 })}</span>}
          </dd>
        </div>
      )}
      {route.consultations.length > 0 && (
        <div>
          <dt>{t('route.consultations')}</dt>
          <dd>
            <ul>
              {route.consultations.map((c) => (
                <li key={c.id}>
                  <EngineText text={c.title} lang={lang} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
