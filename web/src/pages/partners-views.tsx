// The answer of a partner search as tabs: the ranked list, the map, the small network and the consortium step.
import { useT } from '../i18n.ts';
import { VIEWS, type PartnerSearchOut, type PartnerState, type View } from './partners-data.ts';
import { ConsortiumPanel } from './partners-consortium.tsx';
import type { Rules } from './partners-consortium-data.ts';
import { PartnersMap, type RequesterPlace } from './partners-map.tsx';
import { PartnersNetwork } from './partners-network.tsx';
import { PartnerCards } from './partners-results.tsx';
import { PARTNERS } from './partners.messages.ts';

type Props = {
  answer: PartnerSearchOut;
  requester: RequesterPlace | null;
  state: PartnerState;
  rules: Rules;
  onView: (view: View) => void;
  onRules: (rules: Rules) => void;
};

const tabId = (view: View) => `partners-tab-${view}`;

/** The tabs and the shown panel (its view is in the URL, so a shared link opens the same tab). */
export function PartnerViews({ answer, requester, state, rules, onView, onRules }: Props) {
  const view = state.view;
  const { t } = useT(PARTNERS);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const index = event.key === 'Home' ? 0 : event.key === 'End' ? VIEWS.length - 1 : (VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length;
    if (step === 0 && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next = VIEWS[index]!;
    onView(next);
    document.getElementById(tabId(next))?.focus();
  };
  // The answer names the requester; the page knows its short name and where it is (for the map's star).
  const known = requester && requester.id === answer.requester?.id ? requester : null;
  const requesterName = known?.name || answer.requester?.name || '';
  const place = answer.requester ? { id: answer.requester.id, name: requesterName, lat: known?.lat ?? null, lon: known?.lon ?? null } : null;

  return (
    <div class="partners-views">
      <div role="tablist" aria-label={t('views')} class="partners-tabs" onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={tabId(v)}
            aria-selected={view === v}
            aria-controls={`${tabId(v)}-panel`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => onView(v)}
          >
            {t(`view.${v}`)}
          </button>
        ))}
      </div>
      {VIEWS.map((v) => (
        <div key={v} role="tabpanel" id={`${tabId(v)}-panel`} aria-labelledby={tabId(v)} hidden={view !== v} class="partners-panel">
          {/* Only the shown panel is drawn: Leaflet and sigma need a visible container to measure. */}
          {view === v && v === 'list' && <PartnerCards results={answer.results} requester={requesterName} />}
          {view === v && v === 'map' && <PartnersMap results={answer.results} requester={place} />}
          {view === v && v === 'network' && (
            <PartnersNetwork results={answer.results} links={answer.links} requester={answer.requester && { id: answer.requester.id, name: requesterName }} />
          )}
          {view === v && v === 'consortium' && <ConsortiumPanel state={state} rules={rules} requesterName={requesterName} onRules={onRules} />}
        </div>
      ))}
    </div>
  );
}
