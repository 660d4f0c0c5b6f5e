// The atlas's result cards: organisations, facilities, projects, offers and requests, each linking to a profile.
import { REGISTRY } from '../components/registry.messages.ts';
import { formatDate, formatEuros, localized, useT } from '../i18n.ts';
import type { FacilityCard, OfferCard, OrganizationCard, ProjectCard, SearchResults } from './atlas-data.ts';
import { ATLAS } from './atlas.messages.ts';
import { countryName } from './map-list.tsx';

const place = (city: string | null, country: string | null) => [city, country ? countryName(country) : null].filter(Boolean).join(', ');

/** The cards of the kind the results list. */
export function AtlasResults({ results }: { results: SearchResults }) {
  const cards =
    results.kind === 'organizations'
      ? results.organizations.map((o) => <OrganizationItem key={o.id} item={o} />)
      : results.kind === 'facilities'
        ? results.facilities.map((f) => <FacilityItem key={f.id} item={f} />)
        : results.kind === 'projects'
          ? results.projects.map((p) => <ProjectItem key={p.id} item={p} />)
          : results.offers.map((o) => <OfferItem key={o.id} item={o} />);
  return <ul class="cards atlas-results">{cards}</ul>;
}

function OrganizationItem({ item }: { item: OrganizationCard }) {
  const { t } = useT(ATLAS);
  const { t: tf } = useT();
  const where = place(item.address.city, item.address.country);
  return (
    <li class="card atlas-card">
      <h3>
        <a href={`/organizations/${item.id}`}>{item.name}</a>
        {item.shortName && item.shortName !== item.name && <span class="muted"> ({item.shortName})</span>}
      </h3>
      <p class="atlas-meta">
        {[tf(`orgTypes.${item.type}`), where].filter(Boolean).join(' · ')}
        {item.isSme && <span class="tag tag-strong">{tf('sme')}</span>}
      </p>
      {item.sectors.length > 0 && (
        <p class="atlas-tags">
          {item.sectors.map((s) => (
            <span key={s} class="tag">{tf(`sectors.${s}`)}</span>
          ))}
        </p>
      )}
      {item.topCompetences.length > 0 && (
        <p class="atlas-competences">
          <span class="visually-hidden">{t('topCompetences')}: </span>
          {item.topCompetences.map((c) => localized(c.label) || c.id).join(' · ')}
        </p>
      )}
      {item.clusters.length > 0 && (
        <ul class="atlas-badges" aria-label={t('clusters')}>
          {item.clusters.map((c) => (
            <li key={c.id} class="badge">{c.shortName ?? c.name}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function FacilityItem({ item }: { item: FacilityCard }) {
  const { t } = useT(ATLAS);
  const { t: tr } = useT(REGISTRY);
  const description = localized(item.description);
  return (
    <li class="card atlas-card">
      <h3>
        <a href={`/organizations/${item.organizationId}#facilities`}>{item.name}</a>
      </h3>
      <p class="atlas-meta">
        {tr(`facilityKinds.${item.kind}`)} · {tr(`access.${item.access}`)}
      </p>
      <p class="atlas-meta">{t('of', { organization: item.organizationName })}</p>
      {description && <p class="atlas-text">{description}</p>}
    </li>
  );
}

function ProjectItem({ item }: { item: ProjectCard }) {
  const { t } = useT(ATLAS);
  const dates = item.startDate && item.endDate
    ? t('period', { from: formatDate(item.startDate), to: formatDate(item.endDate) })
    : item.startDate ? t('since', { date: formatDate(item.startDate) }) : '';
  return (
    <li class="card atlas-card">
      <h3>
        <a href={`/projects/${item.id}`}>{item.acronym ? `${item.acronym}: ${item.title}` : item.title}</a>
      </h3>
      <p class="atlas-meta">{[item.frameworkProgramme, dates].filter(Boolean).join(' · ')}</p>
      {item.ecContribution !== null && <p class="atlas-meta">{t('ecContribution', { amount: formatEuros(item.ecContribution) })}</p>}
    </li>
  );
}

function OfferItem({ item }: { item: OfferCard }) {
  const { t } = useT(ATLAS);
  const { t: tr } = useT(REGISTRY);
  return (
    <li class="card atlas-card">
      <p class="atlas-direction" data-direction={item.direction}>{tr(`directions.${item.direction}`)}</p>
      <h3>
        <a href={`/organizations/${item.organizationId}#offers`}>{item.title}</a>
      </h3>
      <p class="atlas-meta">
        {[tr(`offerKinds.${item.kind}`), item.expiresAt ? tr('until', { date: formatDate(item.expiresAt) }) : ''].filter(Boolean).join(' · ')}
      </p>
      <p class="atlas-meta">{t('of', { organization: item.organizationName })}</p>
      {item.description && <p class="atlas-text">{item.description}</p>}
    </li>
  );
}
