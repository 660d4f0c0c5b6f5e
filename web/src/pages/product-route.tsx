// The conformity route of a product: the procedures to choose from (annexes, what the notified body does), the
// consultations the notified body must run, and the manufacturer's obligations, each with its legal source.
import type { Lang } from '../../../src/regulatory/concepts.ts';
import type { ConformityRoute } from '../../../src/regulatory/conformity-route.ts';
import { useT } from '../i18n.ts';
import { Cite, Quote } from './regulatory-concepts.tsx';
import { EngineText } from './regulatory-translate.tsx';
import { PRODUCT_PLAN } from './product-plan.messages.ts';

/** A citation folded away: the reference visible, the quoted sentence on request. */
function Source({ citation, lang }: { citation: { ref: string; text: string }; lang: Lang }) {
  const { t } = useT(PRODUCT_PLAN);
  return (
    <details class="product-source">
      <summary>
        {t('route.source')} <Cite source={citation.ref} lang={lang} />
      </summary>
      <Quote text={citation.text} source={citation.ref} lang={lang} />
    </details>
  );
}

export function ProductRoute({ route, lang }: { route: ConformityRoute; lang: Lang }) {
  const { t } = useT(PRODUCT_PLAN);
  return (
    <section id="route" aria-labelledby="route-title" class="product-section">
      <h2 id="route-title">{t('route.title')}</h2>
      <p class="product-route-body" data-notified-body={route.notifiedBody}>{t(`route.body.${route.notifiedBody}`)}</p>

      <h3>{t('route.options', { count: route.options.length })}</h3>
      <ol class="product-options">
        {route.options.map((o, i) => (
          <li key={`${o.id}-${i}`} class="card" data-option={o.id}>
            <p class="product-option-kind">{i === 0 ? t('route.default') : t('route.alternative')}</p>
            <h4>
              <EngineText text={o.title} lang={lang} />
            </h4>
            <p>
              {o.annexes.length > 0 ? (
                <span class="tag tag-strong">{t('route.annexes', { count: o.annexes.length, annexes: o.annexes.join(', ') })}</span>
              ) : (
                <span class="tag">{t('route.noAnnex')}</span>
              )}{' '}
              <EngineText text={o.procedure} lang={lang} />
            </p>
            {o.tasks.length > 0 ? (
              <>
                <p class="product-sub">{t('route.tasks')}</p>
                <ul>
                  {o.tasks.map((task) => (
                    <li key={task.id}>
                      <EngineText text={task.text} lang={lang} />
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p class="muted">{t('route.noTasks')}</p>
            )}
            <Source citation={o.citation} lang={lang} />
          </li>
        ))}
      </ol>

      <h3>{t('route.consultations')}</h3>
      {route.consultations.length === 0 ? (
        <p class="muted">{t('route.noConsultations')}</p>
      ) : (
        <ul class="product-duties">
          {route.consultations.map((c) => (
            <li key={c.id} data-consultation={c.id}>
              <h4>
                <EngineText text={c.title} lang={lang} />
              </h4>
              <p>
                <EngineText text={c.text} lang={lang} />
              </p>
              <Source citation={c.citation} lang={lang} />
            </li>
          ))}
        </ul>
      )}

      <h3>{t('route.obligations')}</h3>
      <ul class="product-duties">
        {route.obligations.map((o) => (
          <li key={o.id} data-obligation={o.id}>
            <h4>
              <EngineText text={o.title} lang={lang} />
              {o.frequency && <span class="tag tag-strong product-frequency">{t(`route.frequency.${o.frequency}`)}</span>}
            </h4>
            <p>
              <EngineText text={o.text} lang={lang} />
            </p>
            <Source citation={o.citation} lang={lang} />
          </li>
        ))}
      </ul>
    </section>
  );
}
