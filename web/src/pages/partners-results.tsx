// The partner search's answers as a ranked list of cards with their reasons, and the examples shown before a search.
import { formatNumber, useT } from '../i18n.ts';
import { countryName } from './map-list.tsx';
import { urlOfState, type MatchResult, type PartnerState } from './partners-data.ts';
import { ReasonList } from './partners-reasons.tsx';
import { PARTNERS } from './partners.messages.ts';

/** City and country of a result, as one phrase ("Greifswald, Germany"). */
export const placeOf = (r: { city: string | null; country: string | null }) => [r.city, r.country ? countryName(r.country) : ''].filter(Boolean).join(', ');

/** The ranked results; `requester` is the name the reasons cite. */
export function PartnerCards({ results, requester }: { results: MatchResult[]; requester: string }) {
  const { t } = useT(PARTNERS);
  const { t: tf } = useT();
  const best = Math.max(Number.MIN_VALUE, ...results.map((r) => r.score));
  return (
    <ol class="partners-results">
      {results.map((r, i) => {
        const percent = Math.max(1, Math.round((r.score / best) * 100));
        return (
          <li key={r.orgId} class="card partners-card" data-org={r.orgId}>
            <div class="partners-card-head">
              <span class="partners-rank" aria-hidden="true">{formatNumber(i + 1)}</span>
              <div>
                <h3><a href={`/organizations/${r.orgId}`}>{r.name}</a></h3>
                <p class="partners-meta">
                  {[tf(`orgTypes.${r.type}`), placeOf(r)].filter(Boolean).join(' · ')}
                  {r.isSme && <span class="tag tag-strong">{tf('sme')}</span>}
                </p>
              </div>
            </div>
            <div class="partners-fit" role="img" aria-label={t('fit', { percent: formatNumber(percent / 100, { style: 'percent' }) })}>
              <span style={{ width: `${percent}%` }} />
            </div>
            <ReasonList reasons={r.reasons} requester={requester} />
          </li>
        );
      })}
    </ol>
  );
}

const EXAMPLES = ['plasma', 'diabetes', 'rehab'] as const;

/** Before the first search: what the page does and two or three ideas from the demo ecosystem to try. */
export function PartnerExamples({ state }: { state: PartnerState }) {
  const { t } = useT(PARTNERS);
  return (
    <section class="partners-examples" aria-labelledby="partners-examples-title">
      <p>{t('intro')}</p>
      <h2 id="partners-examples-title">{t('examplesTitle')}</h2>
      <ul>
        {EXAMPLES.map((key) => (
          <li key={key}>
            <a href={urlOfState({ ...state, text: t(`examples.${key}.text`), view: 'list' })}>
              <strong>{t(`examples.${key}.title`)}</strong>
              <span>{t(`examples.${key}.text`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
