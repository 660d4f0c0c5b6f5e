// A project's page: its facts, objective and topics, and its consortium as a list and on a map.
import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, ApiError } from '../api.ts';
import { PlaceMap, type Place } from '../components/PlaceMap.tsx';
import '../components/profile.css';
import { REGISTRY } from '../components/registry.messages.ts';
import { formatDate, formatEuros, formatNumber, localized, useT } from '../i18n.ts';
import { countryName } from './map-list.tsx';
import { useLoad } from '../use-load.ts';
import { NotFound } from './NotFound.tsx';
import { PROJECT } from './project.messages.ts';

type Project = {
  id: string; cordisId: string | null; acronym: string | null; title: string; startDate: string | null; endDate: string | null; status: string | null;
  frameworkProgramme: string | null; programme: string | null; ecContribution: number | null; objective: string | null; keywords: string[];
  callId: string | null; topicCode: string | null; topicTitle: string | null; fundingScheme: string | null; totalCost: number | null;
  topics: Array<{ id: string; label: { de?: string; en?: string; da?: string } }>;
};
type Partner = { organizationId: string; name: string; type: string; city: string | null; country: string | null; location: { lat: number; lon: number } | null; role: string; ecContribution: number | null };

/** The project and its partners; null when it does not exist or is hidden. */
async function fetchProject(id: string): Promise<{ project: Project; partners: Partner[] } | null> {
  try {
    const path = `/projects/${encodeURIComponent(id)}`;
    const [project, partners] = await Promise.all([api<Project>(path), api<{ items: Partner[] }>(`${path}/partners`)]);
    return { project, partners: partners.items };
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 422)) return null;
    throw err;
  }
}

export function ProjectPage() {
  const { t } = useT(PROJECT);
  const { t: tr } = useT(REGISTRY);
  const { t: tf } = useT();
  const { params } = useRoute();
  const id = params.id ?? '';
  const { data, error, retry } = useLoad(id, fetchProject);

  useEffect(() => {
    if (data) document.title = `${data.project.acronym ?? data.project.title} · klynge`;
  }, [data]);

  if (error) {
    return (
      <div class="page">
        <p role="alert">{t('failed', { message: error })}</p>
        <button type="button" onClick={retry}>{t('retry')}</button>
      </div>
    );
  }
  if (data === undefined) return <div class="page"><p role="status">{t('loading')}</p></div>;
  if (data === null) return <NotFound />;

  const { project: p, partners } = data;
  const name = p.acronym ?? p.title;
  const places: Place[] = partners.flatMap((partner) =>
    partner.location
      ? [{ id: partner.organizationId, name: `${partner.name} (${tr(`roles.${partner.role}`)})`, ...partner.location, highlight: partner.role === 'coordinator', href: `/organizations/${partner.organizationId}` }]
      : [],
  );
  const unlocated = partners.length - places.length;
  const facts: Array<[string, string]> = [
    [t('duration'), p.startDate && p.endDate ? t('period', { from: formatDate(p.startDate), to: formatDate(p.endDate) }) : p.startDate ? t('since', { date: formatDate(p.startDate) }) : ''],
    [t('programme'), [p.frameworkProgramme, p.programme].filter(Boolean).join(' · ')],
    [t('call'), p.callId ?? ''],
    [t('topic'), [p.topicCode, p.topicTitle].filter(Boolean).join(': ')],
    [t('fundingScheme'), p.fundingScheme ?? ''],
    [t('status'), p.status ?? ''],
    [t('totalCost'), p.totalCost === null ? '' : formatEuros(p.totalCost)],
    [t('ecContribution'), p.ecContribution === null ? '' : formatEuros(p.ecContribution)],
  ];

  return (
    <article class="page profile">
      <header class="profile-header">
        <div>
          <p class="profile-kicker">{[p.frameworkProgramme, p.startDate?.slice(0, 4)].filter(Boolean).join(' · ')}</p>
          <h1>{p.acronym ? <>{p.acronym}<span class="profile-short">: {p.title}</span></> : p.title}</h1>
        </div>
        <div class="profile-actions">
          {p.cordisId && <a href={`https://cordis.europa.eu/project/id/${p.cordisId}`} rel="noopener noreferrer external">{t('cordis')}</a>}
        </div>
      </header>

      <div class="profile-grid">
        <div class="profile-main">
          <section aria-labelledby="objective">
            <h2 id="objective">{t('objective')}</h2>
            {p.objective ? <p class="profile-description" lang="en">{p.objective}</p> : <p class="muted">{t('noObjective')}</p>}
          </section>
          {p.topics.length > 0 && (
            <section aria-labelledby="topics">
              <h2 id="topics">{t('topics')}</h2>
              <ul class="profile-tags">
                {p.topics.map((topic) => (
                  <li key={topic.id} class="tag"><a href={`/atlas?competence=${encodeURIComponent(topic.id)}`}>{localized(topic.label) || topic.id}</a></li>
                ))}
              </ul>
            </section>
          )}
          {p.keywords.length > 0 && <p class="profile-meta">{t('keywords')}: {p.keywords.join(', ')}</p>}

          <section aria-labelledby="consortium">
            <h2 id="consortium">{t('consortium')}</h2>
            {partners.length === 0 ? (
              <p class="muted">{t('noPartners')}</p>
            ) : (
              <>
                <p class="muted">{t('consortiumCount', { count: partners.length, n: formatNumber(partners.length) })}</p>
                <div class="profile-scroll" role="region" aria-label={t('tableLabel')} tabIndex={0}>
                  <table class="project-partners">
                    <thead>
                      <tr>
                        <th scope="col">{t('partner')}</th>
                        <th scope="col">{t('role')}</th>
                        <th scope="col">{t('country')}</th>
                        <th scope="col" class="num">{t('contribution')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {partners.map((partner) => (
                        <tr key={`${partner.organizationId}-${partner.role}`} data-role={partner.role}>
                          <td>
                            <a href={`/organizations/${partner.organizationId}`}>{partner.name}</a>
                            <span class="profile-meta"> · {tf(`orgTypes.${partner.type}`)}</span>
                          </td>
                          <td>{tr(`roles.${partner.role}`)}</td>
                          <td>{[partner.city, partner.country ? countryName(partner.country) : ''].filter(Boolean).join(', ')}</td>
                          <td class="num">{partner.ecContribution === null ? '–' : formatEuros(partner.ecContribution)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        </div>

        <aside class="profile-side">
          <section aria-labelledby="facts">
            <h2 id="facts">{t('facts')}</h2>
            <dl class="profile-facts">
              {facts.filter(([, value]) => value).map(([label, value]) => (
                <Fragment key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
          {places.length > 0 && (
            <section aria-labelledby="partner-map">
              <h2 id="partner-map">{t('consortium')}</h2>
              <PlaceMap label={t('mapLabel', { project: name })} places={places} />
              <p class="profile-meta">{t('mapHint')}</p>
              {unlocated > 0 && <p class="profile-meta">{t('unlocated', { count: unlocated, n: formatNumber(unlocated) })}</p>}
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
