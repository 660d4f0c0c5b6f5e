// An organisation's profile: who it is, what it can do, where it is, its projects and its closest collaborators.
import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { PlaceMap } from '../components/PlaceMap.tsx';
import '../components/profile.css';
import { currentLanguage, LANGUAGES, useT, type Language, type Localized } from '../i18n.ts';
import { EditLink } from './edit-link.tsx';
import { countryName } from './map-list.tsx';
import { useLoad } from '../use-load.ts';
import { NotFound } from './NotFound.tsx';
import { fetchProfile } from './organization-data.ts';
import { Collaborators, Competences, Facilities, Offers, People, Projects } from './organization-sections.tsx';
import { ORGANIZATION } from './organization.messages.ts';
import { FindPartnersLink, MatchSection } from './partners-profile.tsx';
import { ProductsSection } from './product-organization-section.tsx';

/** The description in the interface language, else the first other one (with its language, to say so). */
function describe(description: Localized): { text: string; language: Language } | null {
  const order = [currentLanguage(), 'en', ...LANGUAGES] as Language[];
  const language = order.find((l) => description[l]?.trim());
  return language ? { text: description[language]!, language } : null;
}

const languageName = (code: Language) => new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;

export function OrganizationPage() {
  const { t } = useT(ORGANIZATION);
  const { t: tf } = useT();
  const { params } = useRoute();
  const id = params.id ?? '';
  const { data: profile, error, retry } = useLoad(id, fetchProfile);

  useEffect(() => {
    if (profile) document.title = `${profile.organization.name} · klynge`;
  }, [profile]);

  if (error) {
    return (
      <div class="page">
        <p role="alert">{t('failed', { message: error })}</p>
        <button type="button" onClick={retry}>{t('retry')}</button>
      </div>
    );
  }
  if (profile === undefined) return <div class="page"><p role="status">{t('loading')}</p></div>;
  if (profile === null) return <NotFound />;

  const o = profile.organization;
  const text = describe(o.description);
  const street = [o.address.street, [o.address.postalCode, o.address.city].filter(Boolean).join(' '), o.address.country ? countryName(o.address.country) : '']
    .filter(Boolean);

  return (
    <article class="page profile">
      <header class="profile-header">
        <div>
          <p class="profile-kicker">
            {tf(`orgTypes.${o.type}`)}
            {o.isSme && <span class="tag tag-strong">{tf('sme')}</span>}
          </p>
          <h1>
            {o.name}
            {o.shortName && o.shortName !== o.name && <span class="profile-short"> ({o.shortName})</span>}
          </h1>
          {o.sectors.length > 0 && (
            <ul class="profile-tags" aria-label={t('sectors')}>
              {o.sectors.map((s) => <li key={s} class="tag">{tf(`sectors.${s}`)}</li>)}
            </ul>
          )}
        </div>
        {/* The page's actions: the edit pages put their "Edit" link here (see mayEdit in session.ts). */}
        <div class="profile-actions">
          <FindPartnersLink id={o.id} />
          <EditLink id={o.id} name={o.name} />
        </div>
      </header>

      <div class="profile-grid">
        <div class="profile-main">
          <section aria-labelledby="about">
            <h2 id="about">{t('about')}</h2>
            {text ? (
              <>
                {text.language !== currentLanguage() && <p class="profile-note">{t('descriptionIn', { language: languageName(text.language) })}</p>}
                <p lang={text.language} class="profile-description">{text.text}</p>
              </>
            ) : (
              <p class="muted">{t('noDescription')}</p>
            )}
            {o.keywords.length > 0 && (
              <p class="profile-meta">
                {t('keywords')}: {o.keywords.join(', ')}
              </p>
            )}
          </section>

          <section aria-labelledby="competences">
            <h2 id="competences">{t('competences')}</h2>
            <Competences competences={o.competences} roots={profile.roots} />
          </section>

          <section aria-labelledby="projects">
            <h2 id="projects">{t('projects')}</h2>
            <Projects organizationId={o.id} first={profile.projects} total={o.counts.projects} />
          </section>

          {profile.facilities.length > 0 && (
            <section id="facilities" aria-labelledby="facilities-title">
              <h2 id="facilities-title">{t('facilities')}</h2>
              <Facilities items={profile.facilities} />
            </section>
          )}

          {profile.offers.length > 0 && (
            <section id="offers" aria-labelledby="offers-title">
              <h2 id="offers-title">{t('offers')}</h2>
              <Offers items={profile.offers} />
            </section>
          )}

          <ProductsSection organizationId={o.id} />
        </div>

        <aside class="profile-side">
          <section aria-labelledby="place">
            <h2 id="place">{t('place')}</h2>
            {street.length > 0 && (
              <address class="profile-address">
                {street.map((line) => <span key={line}>{line}</span>)}
              </address>
            )}
            {o.website && (
              <p>
                <a href={o.website} rel="noopener noreferrer external">{o.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a>
              </p>
            )}
            {o.location ? (
              <PlaceMap label={t('mapLabel', { name: o.name })} places={[{ id: o.id, name: o.name, lat: o.location.lat, lon: o.location.lon, highlight: true }]} />
            ) : (
              <p class="muted">{t('noPlace')}</p>
            )}
          </section>

          <section aria-labelledby="memberships">
            <h2 id="memberships">{t('memberships')}</h2>
            {o.memberships.length === 0 ? (
              <p class="muted">{t('noMemberships')}</p>
            ) : (
              <ul class="profile-list">
                {o.memberships.map((m) => (
                  <li key={m.clusterId}>
                    <a href={`/atlas?${m.parentId ? 'hub' : 'cluster'}=${m.clusterId}`}>{m.clusterName}</a>
                    <p class="profile-meta">
                      {t(`membershipType.${m.type}`)}
                      {m.status !== 'active' && ` (${t(`membershipStatus.${m.status}`)})`}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="collaborators">
            <h2 id="collaborators">{t('collaborators')}</h2>
            <Collaborators items={profile.collaborators} />
          </section>

          {/* Partner matching: each list loads once it scrolls near, so the profile itself stays fast. */}
          <MatchSection organization={o} list="similar" />
          <MatchSection organization={o} list="likely-partners" />

          {profile.people.length > 0 && (
            <section aria-labelledby="people">
              <h2 id="people">{t('people')}</h2>
              <People items={profile.people} />
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
