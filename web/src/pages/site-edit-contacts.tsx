// The site's contacts for its managers: people of the member organisations with their role in each language, in
// order; a person without consent to be listed may be named but is marked, and the public site leaves them out.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import type { ClusterInfo } from '../components/cluster-nav.tsx';
import { LANGUAGES, LANGUAGE_NAMES, useT, type Localized } from '../i18n.ts';
import { listCandidates, listContacts, putContacts, type Candidate, type ManagedContact } from './site-edit-api.ts';
import { SITE_EDIT } from './site-edit.messages.ts';

export function SiteContacts({ cluster }: { cluster: ClusterInfo }) {
  const { t } = useT(SITE_EDIT);
  const [contacts, setContacts] = useState<ManagedContact[] | null>(null);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void listContacts(cluster.slug).then((r) => setContacts(r.items), (err: Error) => setStatus(t('failed', { message: err.message })));
    void listCandidates(cluster.slug).then((r) => setCandidates(r.items), () => undefined);
  }, [cluster.slug]);
  const items = contacts ?? [];
  const setRole = (i: number, lang: keyof Localized, value: string) =>
    setContacts(items.map((c, k) => (k === i ? { ...c, role: { ...c.role, [lang]: value } } : c)));
  const move = (i: number, step: -1 | 1) => {
    const next = [...items];
    const [moved] = next.splice(i, 1);
    next.splice(i + step, 0, moved!);
    setContacts(next);
  };
  const add = () => {
    const person = candidates.find((c) => c.personId === chosen);
    if (!person || items.some((c) => c.personId === person.personId)) return;
    setContacts([...items, { ...person, role: {} }]);
    setChosen('');
  };
  const save = async () => {
    try {
      const saved = await putContacts(cluster.slug, items.map((c) => ({ personId: c.personId, role: c.role })));
      setContacts(saved.items);
      setStatus(t('contacts.saved'));
    } catch (err) {
      setStatus(t('failed', { message: err instanceof ApiError ? err.message : String(err) }));
    }
  };
  const available = candidates.filter((c) => !items.some((x) => x.personId === c.personId));
  return (
    <section class="site-edit-section" aria-labelledby="site-edit-contacts">
      <h2 id="site-edit-contacts">{t('contacts.title')}</h2>
      <p>{t('contacts.lead')}</p>
      {contacts === null && !status && <p role="status">{t('loading')}</p>}
      {contacts !== null && items.length === 0 && <p>{t('contacts.none')}</p>}
      {items.length > 0 && (
        <ol class="site-edit-contacts">
          {items.map((c, i) => (
            <li key={c.personId}>
              <p class="site-edit-contact-name">
                <strong>{c.name}</strong>
                {(c.jobTitle || c.organizationName) && <span class="muted"> · {[c.jobTitle, c.organizationName].filter(Boolean).join(', ')}</span>}
                {!c.consentListed && <span class="site-edit-tag warning"> {t('contacts.noConsent')}</span>}
              </p>
              <div class="site-edit-roles">
                {LANGUAGES.map((l) => (
                  <div class="field" key={l}>
                    <label for={`site-role-${c.personId}-${l}`}>{t('contacts.role', { language: LANGUAGE_NAMES[l] })}</label>
                    <input id={`site-role-${c.personId}-${l}`} lang={l} value={c.role[l] ?? ''} onInput={(e) => setRole(i, l, e.currentTarget.value)} />
                  </div>
                ))}
              </div>
              <div class="site-edit-actions">
                <button type="button" aria-label={`${t('contacts.up')}: ${c.name}`} disabled={i === 0} onClick={() => move(i, -1)}>{t('contacts.up')}</button>
                <button type="button" aria-label={`${t('contacts.down')}: ${c.name}`} disabled={i === items.length - 1} onClick={() => move(i, 1)}>{t('contacts.down')}</button>
                <button type="button" class="danger" aria-label={`${t('contacts.remove')}: ${c.name}`} onClick={() => setContacts(items.filter((x) => x.personId !== c.personId))}>{t('contacts.remove')}</button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {available.length > 0 && (
        <div class="site-edit-add-contact">
          <div class="field">
            <label for="site-contact-choose">{t('contacts.choose')}</label>
            <select id="site-contact-choose" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
              <option value="">{t('contacts.nobody')}</option>
              {available.map((c) => (
                <option key={c.personId} value={c.personId}>
                  {c.name}{c.organizationName ? ` (${c.organizationName})` : ''}{c.consentListed ? '' : ` – ${t('contacts.noConsent')}`}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={!chosen} onClick={add}>{t('contacts.add')}</button>
        </div>
      )}
      <div class="form-actions">
        <button type="button" class="primary" disabled={contacts === null} onClick={() => void save()}>{t('contacts.save')}</button>
      </div>
      <p class="form-status" role="status">{status}</p>
    </section>
  );
}
