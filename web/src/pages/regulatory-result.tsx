// Step 3: the answer. Class with its rules, the conformity route options, consultations, obligations, documentation plan.
import type { Classification } from '../../../src/regulatory/classify.ts';
import type { Lang } from '../../../src/regulatory/concepts.ts';
import type { DeviceProfile } from '../../../src/regulatory/device-profile.ts';
import type { PlanSection } from '../../../src/regulatory/documentation-plan.ts';
import { useT } from '../i18n.ts';
import { FoldedQuote } from './regulatory-concepts.tsx';
import { analyse } from './regulatory-engine.ts';
import { classLabel, RuleList } from './regulatory-rules.tsx';
import { EngineText } from './regulatory-translate.tsx';
import { refText } from './product-ref.ts';
import { REGULATORY } from './regulatory.messages.ts';

/** The plan's sections with at least one applying item, each opening to those items; the others only counted. */
function PlanGroup({ title, sections, lang }: { title: string; sections: PlanSection[]; lang: Lang }) {
  const { t } = useT(REGULATORY);
  const applying = sections.filter((s) => s.items.some((i) => i.applies));
  const others = sections.length - applying.length;
  return (
    <>
      <h3>{title}</h3>
      <ul class="regulatory-plan">
        {applying.map((s) => {
          const items = s.items.filter((i) => i.applies);
          return (
            <li key={s.id} data-section={s.id}>
              <details>
                <summary>
                  <span class="regulatory-plan-ref">{refText(s.ref, lang)}</span> <EngineText text={s.title} lang={lang} />{' '}
                  <span class="muted">({t('result.applying', { n: items.length, total: s.items.length })})</span>
                </summary>
                <ul>
                  {items.map((i) => (
                    <li key={i.id} data-item={i.id}>
                      <span class="regulatory-plan-ref">{refText(i.ref, lang)}</span> <EngineText text={i.title} lang={lang} />
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
      {others > 0 && <p class="muted">{t('result.othersApplyNot', { count: others })}</p>}
    </>
  );
}

type Props = { profile: DeviceProfile; classification: Classification; lang: Lang };

export function ResultView({ profile, classification, lang }: Props) {
  const { t } = useT(REGULATORY);
  const { route, plan } = analyse(profile, classification);
  const documentation = plan.sections.filter((s) => !s.id.startsWith('gspr-'));
  const gsprs = plan.sections.filter((s) => s.id.startsWith('gspr-'));
  return (
    <div class="regulatory-result">
      <p class="regulatory-result-class">
        <span class="regulatory-class-big">{classLabel(classification)}</span>
        <span>{t(`result.classUnder.${classification.regulation}`, { cls: classLabel(classification) })}</span>
      </p>

      <section aria-labelledby="result-rules">
        <h2 id="result-rules">{t('result.rules')}</h2>
        <RuleList classification={classification} lang={lang} />
      </section>

      <section aria-labelledby="result-route">
        <h2 id="result-route">{t('result.route')}</h2>
        <p>{t(`route.body.${route.notifiedBody}`)}</p>
        <ol class="regulatory-options">
          {route.options.map((o, i) => (
            <li key={`${o.id}-${i}`} class="card" data-option={o.id}>
              <h3>
                {i === 0 ? t('result.default') : t('result.alternative')}: <EngineText text={o.title} lang={lang} />
              </h3>
              <p>
                <strong>{t('result.procedure')}</strong> <EngineText text={o.procedure} lang={lang} />
              </p>
              {o.tasks.length > 0 && (
                <>
                  <p class="regulatory-sub">{t('result.tasks')}</p>
                  <ul>
                    {o.tasks.map((task) => (
                      <li key={task.id}>
                        <EngineText text={task.text} lang={lang} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <FoldedQuote text={o.citation.text} source={o.citation.ref} lang={lang} />
            </li>
          ))}
        </ol>
      </section>

      {route.consultations.length > 0 && (
        <section aria-labelledby="result-consultations">
          <h2 id="result-consultations">{t('result.consultations')}</h2>
          <ul class="regulatory-duties">
            {route.consultations.map((c) => (
              <li key={c.id} data-consultation={c.id}>
                <h3><EngineText text={c.title} lang={lang} /></h3>
                <p><EngineText text={c.text} lang={lang} /></p>
                <FoldedQuote text={c.citation.text} source={c.citation.ref} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="result-obligations">
        <h2 id="result-obligations">{t('result.obligations')}</h2>
        <ul class="regulatory-duties">
          {route.obligations.map((o) => (
            <li key={o.id} data-obligation={o.id}>
              <h3>
                <EngineText text={o.title} lang={lang} />
                {o.frequency && <span class="tag">{t(`result.frequency.${o.frequency}`)}</span>}
              </h3>
              <p><EngineText text={o.text} lang={lang} /></p>
              <FoldedQuote text={o.citation.text} source={o.citation.ref} lang={lang} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="result-plan">
        <h2 id="result-plan">{t('result.plan')}</h2>
        <p class="muted">{t('result.planLead')}</p>
        <PlanGroup title={t('result.documentation')} sections={documentation} lang={lang} />
        <PlanGroup title={t('result.gsprs')} sections={gsprs} lang={lang} />
      </section>
    </div>
  );
}
