// Registration for an event from one's klynge profile: the organisation one edits, offers and seeks, days, caps.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { register, type EventInfo } from './event-api.ts';
import { DaysAndLimits, optionalNumber } from './event-limits.tsx';
import { EVENTS } from './event.messages.ts';

type Org = { id: string; name: string };

export function RegisterForm({ event, days, onDone }: { event: EventInfo; days: string[]; onDone: () => void }) {
  const { t } = useT(EVENTS);
  const user = useSession();
  const [orgs, setOrgs] = useState<Org[] | null>(null);
  const [organizationId, setOrganizationId] = useState('');
  const [offers, setOffers] = useState('');
  const [seeks, setSeeks] = useState('');
  const [chosen, setChosen] = useState<string[]>(days);
  const [perDay, setPerDay] = useState('');
  const [open, setOpen] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Registering is for an organisation's own editors (managers of its cluster may edit it, but do not represent it).
  const editable = (user?.isAdmin ? user.editableOrganizationIds : (user?.roles ?? []).filter((r) => r.role === 'organization_editor').map((r) => r.scopeId)).slice(0, 30);

  useEffect(() => {
    void Promise.all(editable.map((id) => api<Org>(`/organizations/${id}`).catch(() => null))).then((list) => {
      const found = list.filter((o): o is Org => o !== null).sort((a, b) => a.name.localeCompare(b.name));
      setOrgs(found);
      setOrganizationId(found[0]?.id ?? '');
    });
  }, [editable.join()]);

  if (event.status !== 'open') return <p class="notice">{t('register.notOpen')}</p>;
  if (orgs && orgs.length === 0) return <p class="notice">{t('register.noOrganization')}</p>;
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await register(event.id, { organizationId, offers, seeks, days: chosen.length ? chosen : days, maxMeetingsPerDay: optionalNumber(perDay), maxOpenRequests: optionalNumber(open) });
      onDone();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <section class="card" aria-labelledby="event-register">
      <h2 id="event-register">{t('register.title')}</h2>
      <form class="event-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('register.organization')}
          <select value={organizationId} required onChange={(e) => setOrganizationId(e.currentTarget.value)}>
            {(orgs ?? []).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </label>
        <label>
          {t('register.offers')}
          <textarea rows={3} value={offers} onInput={(e) => setOffers(e.currentTarget.value)} />
        </label>
        <label>
          {t('register.seeks')}
          <textarea rows={3} value={seeks} onInput={(e) => setSeeks(e.currentTarget.value)} />
        </label>
        <DaysAndLimits
          days={days} chosen={chosen} onChosen={setChosen} perDay={perDay} onPerDay={setPerDay} open={open} onOpen={setOpen}
          hintId="event-caps-hint"
          labels={{
            days: t('register.days'), maxPerDay: t('register.maxPerDay'), maxOpen: t('register.maxOpen'),
            hint: t('register.capsHint', { perDay: event.defaultMaxMeetingsPerDay, open: event.defaultMaxOpenRequests }),
          }}
        />
        {error && <p class="field-error" role="alert">{error}</p>}
        <div>
          <button class="primary" type="submit" disabled={!organizationId}>{t('register.submit')}</button>
        </div>
      </form>
    </section>
  );
}
