// The parts of an organisation's profile: competences by branch, projects, collaborators, facilities, offers, people.
import { useState } from 'preact/hooks';
import { REGISTRY } from '../components/registry.messages.ts';
import { formatDate, formatEuros, formatNumber, localized, useT } from '../i18n.ts';
import { countryName } from './map-list.tsx';
import {
  branchOf,
  fetchOrganizationProjects,
  type Collaborator,
  type CompetenceRoot,
  type Facility,
  type Offer,
  type Organization,
  type OrganizationProject,
  type Person,
} from './organization-data.ts';
import { ORGANIZATION } from './organization.messages.ts';

const TOP_COMPETENCES = 12;

type Competence = Organization['competences'][number];

/** Competences of one source grouped by branch, heaviest branch and competence first. */
function byBranch(competences: Competence[], roots: CompetenceRoot[]) {
  const groups = new Map<string, Competence[]>();
  for (const c of competences) groups.set(branchOf(c.id), [...(groups.get(branchOf(c.id)) ?? []), c]);
  const weight = (list: Competence[]) => list.reduce((sum, c) => sum + c.weight, 0);
  return [...groups.entries()]
    .map(([branch, list]) => ({
      branch,
      label: localized(roots.find((r) => r.id === branch)?.label) || branch,
      items: [...list].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label)),
    }))
    .sort((a, b) => weight(b.items) - weight(a.items) || a.label.localeCompare(b.label));
}

/** Declared and derived competences (sectors are shown with the header), each as a tree of branch and competences. */
export function Competences({ competences, roots }: { competences: Competence[]; roots: CompetenceRoot[] }) {
  const { t } = useT(ORGANIZATION);
  const [all, setAll] = useState(false);
  const own = competences.filter((c) => !c.id.startsWith('sector:'));
  if (own.length === 0) return <p class="muted">{t('noCompetences')}</p>;
  // Derived ones can be many (a CORDIS veteran has hundreds): the heaviest first, the rest on request.
  const derived = [...own.filter((c) => c.source === 'projects')].sort((a, b) => b.weight - a.weight);
  const shownDerived = all ? derived : derived.slice(0, TOP_COMPETENCES);
  const sources = [
    { key: 'declared', list: own.filter((c) => c.source === 'declared') },
    { key: 'derived', list: shownDerived },
  ].filter((s) => s.list.length > 0);
  return (
    <div class="profile-competences">
      {sources.map((source) => (
        <div key={source.key}>
          <h3>{t(source.key)}</h3>
          <ul class="profile-tree">
            {byBranch(source.list, roots).map((group) => (
              <li key={group.branch}>
                <span class="profile-branch">{group.label}</span>
                <ul>
                  {group.items.map((c) => (
                    <li key={c.id}>
                      <a href={`/atlas?competence=${encodeURIComponent(c.id)}`}>{c.label}</a>
                      {c.source === 'projects' && <span class="muted"> · {formatNumber(c.weight)}</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {derived.length > TOP_COMPETENCES && (
        <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('showFewer') : t('showAll', { count: derived.length })}
        </button>
      )}
    </div>
  );
}

/** The organisation's projects, newest first, with its role and contribution; more on request. */
export function Projects({ organizationId, first, total }: { organizationId: string; first: { items: OrganizationProject[]; nextCursor: string | null }; total: number }) {
  const { t } = useT(ORGANIZATION);
  const { t: tr } = useT(REGISTRY);
  const [page, setPage] = useState(first);
  const [busy, setBusy] = useState(false);
  if (page.items.length === 0) return <p class="muted">{t('noProjects')}</p>;
  const more = () => {
    setBusy(true);
    fetchOrganizationProjects(organizationId, page.nextCursor).then(
      (next) => setPage({ items: [...page.items, ...next.items], nextCursor: next.nextCursor }),
      () => undefined,
    ).finally(() => setBusy(false));
  };
  return (
    <>
      <p class="muted">{t('projectsCount', { count: total, n: formatNumber(total) })}</p>
      <ul class="profile-list">
        {page.items.map((p) => (
          <li key={p.id}>
            <a href={`/projects/${p.id}`}>{p.acronym ? <><strong>{p.acronym}</strong>: {p.title}</> : p.title}</a>
            <p class="profile-meta">
              {[
                p.startDate && p.endDate ? t('period', { from: formatDate(p.startDate), to: formatDate(p.endDate) }) : p.startDate ? t('since', { date: formatDate(p.startDate) }) : '',
                p.frameworkProgramme,
                tr(`roles.${p.role}`),
                p.ecContribution !== null ? t('ecContribution', { amount: formatEuros(p.ecContribution) }) : '',
                t('partners', { count: p.participants, n: formatNumber(p.participants) }),
              ].filter(Boolean).join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      {page.nextCursor && <button type="button" onClick={more} disabled={busy}>{t('moreProjects')}</button>}
    </>
  );
}

/** The partners with the most joint projects, linking to their profiles. */
export function Collaborators({ items }: { items: Collaborator[] }) {
  const { t } = useT(ORGANIZATION);
  const { t: tf } = useT();
  if (items.length === 0) return <p class="muted">{t('noCollaborators')}</p>;
  return (
    <>
      <p class="muted">{t('collaboratorsHint')}</p>
      <ol class="profile-list">
        {items.map((c) => (
          <li key={c.id}>
            <a href={`/organizations/${c.id}`}>{c.name}</a>
            <p class="profile-meta">
              {[tf(`orgTypes.${c.type}`), c.country ? countryName(c.country) : '', t('jointProjects', { count: c.jointProjects, n: formatNumber(c.jointProjects) })].filter(Boolean).join(' · ')}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

/** Facilities with their kind, access and description. */
export function Facilities({ items }: { items: Facility[] }) {
  const { t: tr } = useT(REGISTRY);
  return (
    <ul class="profile-list">
      {items.map((f) => (
        <li key={f.id}>
          <strong>{f.name}</strong>
          <p class="profile-meta">{tr(`facilityKinds.${f.kind}`)} · {tr(`access.${f.access}`)}</p>
          {localized(f.description) && <p>{localized(f.description)}</p>}
        </li>
      ))}
    </ul>
  );
}

/** Offers and requests with their kind and last day. */
export function Offers({ items }: { items: Offer[] }) {
  const { t: tr } = useT(REGISTRY);
  return (
    <ul class="profile-list">
      {items.map((o) => (
        <li key={o.id}>
          <span class="profile-direction" data-direction={o.direction}>{tr(`directions.${o.direction}`)}</span> <strong>{o.title}</strong>
          <p class="profile-meta">{[tr(`offerKinds.${o.kind}`), o.expiresAt ? tr('until', { date: formatDate(o.expiresAt) }) : ''].filter(Boolean).join(' · ')}</p>
          {o.description && <p>{o.description}</p>}
        </li>
      ))}
    </ul>
  );
}

/** Contacts as far as the API shows them (contact data only to those allowed to see it). */
export function People({ items }: { items: Person[] }) {
  return (
    <ul class="profile-list">
      {items.map((p) => (
        <li key={p.id}>
          <strong>{p.givenName} {p.familyName}</strong>
          {p.jobTitle && <p class="profile-meta">{p.jobTitle}</p>}
          {(p.email || p.phone) && (
            <p class="profile-meta">
              {p.email && <a href={`mailto:${p.email}`}>{p.email}</a>}
              {p.email && p.phone && ' · '}
              {p.phone && <a href={`tel:${p.phone.replace(/[^+0-9]/g, '')}`}>{p.phone}</a>}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
