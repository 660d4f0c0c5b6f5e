// Sections of the public site: a custom page, the fields of action with goals and milestones, the strategy groups
// and the lead projects. Each loads in the visitor's language and says so when a text stands in from another one.
import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.ts';
import { formatDate, useT, type Language } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { loadGroups, loadProjects, loadSitePage, loadStrategy, type Shown, type SiteInfo, type Theme } from './site-api.ts';
import { FallbackNotice, firstText, useSiteTitle } from './site-layout.tsx';
import { SITE } from './site.messages.ts';

/** A 404 becomes null ("not found"); any other failure stays one. */
export const missingAsNull = (err: unknown) => (err instanceof ApiError && err.status === 404 ? null : Promise.reject(err));

/** Loads `load` for the site in the visitor's language; a 404 becomes null ("not found"). */
export function useSiteData<T>(site: SiteInfo, what: string, load: (slug: string, lang: Language) => Promise<T>) {
  const { language } = useT(SITE);
  return useLoad(`${site.cluster.slug}|${what}|${language}`, () => load(site.cluster.slug, language).catch(missingAsNull));
}

/** The loading, error and not-found states of a section, else its content. */
export function Loaded<T>({ state, children }: { state: { data: T | null | undefined; error: string | null }; children: (data: T) => ComponentChildren }) {
  const { t } = useT(SITE);
  if (state.error) return <p class="notice" role="alert">{t('failed', { message: state.error })}</p>;
  if (state.data === undefined) return <p role="status">{t('loading')}</p>;
  if (state.data === null) return <><h1>{t('notFound')}</h1></>;
  return <>{children(state.data)}</>;
}

/** Text in its own language: the element gets a lang attribute when it differs from the page's. */
export const Text = ({ shown, as: Tag = 'span' }: { shown: Shown; as?: 'span' | 'p' | 'h2' | 'h3' | 'h4' }) => <Tag lang={shown.lang}>{shown.text}</Tag>;

export function CustomPageView({ site, page }: { site: SiteInfo; page: string }) {
  const { t } = useT(SITE);
  const state = useSiteData(site, `page:${page}`, (slug, lang) => loadSitePage(slug, page, lang));
  useSiteTitle(state.data?.title.text ?? (state.data === null ? t('notFound') : undefined), site, state.data ? firstText(state.data.body.html) : undefined);
  return (
    <Loaded state={state}>
      {(p) => (
        <article class="site-article">
          <h1 lang={p.title.lang}>{p.title.text}</h1>
          <FallbackNotice shown={[p.title, p.body]} />
          <div class="site-prose" lang={p.body.lang} dangerouslySetInnerHTML={{ __html: p.body.html }} />
          <p class="muted site-updated">{t('updated', { date: formatDate(p.updatedAt, { dateStyle: 'long' }) })}</p>
        </article>
      )}
    </Loaded>
  );
}

/** The themes with goals and milestones; `nested` when they sit under a heading per kind (h3 titles, else h2). */
function ThemeList({ themes, nested }: { themes: Theme[]; nested: boolean }) {
  const { t } = useT(SITE);
  const GoalsHeading = nested ? 'h4' : 'h3';
  return (
    <ol class="site-themes">
      {themes.map((theme) => (
        <li key={theme.id} class="site-theme">
          <Text shown={theme.title} as={nested ? 'h3' : 'h2'} />
          {theme.description.text && <Text shown={theme.description} as="p" />}
          {theme.goals.length > 0 && (
            <>
              <GoalsHeading>{t('strategy.goals')}</GoalsHeading>
              <ul class="site-goals">
                {theme.goals.map((goal) => (
                  <li key={goal.id}>
                    <Text shown={goal.title} />
                    {goal.description.text && <Text shown={goal.description} as="p" />}
                    {goal.milestones.length > 0 && (
                      <ul class="site-milestones" aria-label={t('strategy.milestones')}>
                        {goal.milestones.map((m) => (
                          <li key={m.id}>
                            <span class={`site-horizon site-horizon-${m.horizon}`}>{t(`strategy.horizon.${m.horizon}`)}</span> <Text shown={m.title} />{' '}
                            <span class={`site-status site-status-${m.status}`}>{t(`strategy.status.${m.status}`)}</span>
                            {m.dueDate && <span class="muted"> · {t('strategy.due', { date: formatDate(m.dueDate) })}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

export function StrategyView({ site }: { site: SiteInfo }) {
  const { t } = useT(SITE);
  const state = useSiteData(site, 'strategy', loadStrategy);
  useSiteTitle(t('section.fields-of-action'), site, t('strategy.lead'));
  return (
    <section>
      <h1>{t('section.fields-of-action')}</h1>
      <p class="lead">{t('strategy.lead')}</p>
      <Loaded state={state}>
        {({ themes }) =>
          themes.length === 0 ? <p>{t('strategy.none')}</p> : (
            <>
              <FallbackNotice shown={themes.flatMap((th) => [th.title, ...th.goals.map((g) => g.title)])} />
              {new Set(themes.map((th) => th.kind)).size === 1 ? <ThemeList themes={themes} nested={false} /> : (['field_of_action', 'focus_theme'] as const).map((kind) => (
                <section key={kind} aria-labelledby={`site-${kind}`}>
                  <h2 id={`site-${kind}`}>{t(`strategy.${kind}`)}</h2>
                  <ThemeList themes={themes.filter((th) => th.kind === kind)} nested />
                </section>
              ))}
            </>
          )
        }
      </Loaded>
    </section>
  );
}

export function GroupsView({ site }: { site: SiteInfo }) {
  const { t } = useT(SITE);
  const state = useSiteData(site, 'groups', loadGroups);
  useSiteTitle(t('section.groups'), site, t('groups.lead'));
  return (
    <section>
      <h1>{t('section.groups')}</h1>
      <p class="lead">{t('groups.lead')}</p>
      <Loaded state={state}>
        {({ items }) =>
          items.length === 0 ? <p>{t('groups.none')}</p> : (
            <>
              <FallbackNotice shown={items.flatMap((g) => [g.title, g.description.text ? g.description : null])} />
              <ul class="site-cards">
                {items.map((g) => (
                  <li key={g.id} class="site-card">
                    <Text shown={g.title} as="h2" />
                    {g.description.text && <Text shown={g.description} as="p" />}
                    <dl class="site-facts">
                      {(g.lead.name || g.lead.organization) && (
                        <div><dt>{t('groups.leadBy')}</dt><dd>{[g.lead.name, g.lead.organization].filter(Boolean).join(', ')}</dd></div>
                      )}
                      {g.theme && <div><dt>{t('groups.theme')}</dt><dd><Text shown={g.theme} /></dd></div>}
                    </dl>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Loaded>
    </section>
  );
}

export function ProjectsView({ site }: { site: SiteInfo }) {
  const { t } = useT(SITE);
  const state = useSiteData(site, 'projects', loadProjects);
  useSiteTitle(t('section.projects'), site, t('projects.lead'));
  return (
    <section>
      <h1>{t('section.projects')}</h1>
      <p class="lead">{t('projects.lead')}</p>
      <Loaded state={state}>
        {({ items }) =>
          items.length === 0 ? <p>{t('projects.none')}</p> : (
            <ul class="site-cards">
              {items.map((p) => (
                <li key={p.id} class="site-card">
                  <h2>{p.title}</h2>
                  {p.summary && <p>{p.summary}</p>}
                  <dl class="site-facts">
                    <div><dt>{t('projects.stageLabel')}</dt><dd>{t(`projects.stage.${p.stage}`)}{p.trl !== null && ` · ${t('projects.trl', { trl: p.trl })}`}</dd></div>
                    {p.leadOrganization && <div><dt>{t('projects.leadOrganization')}</dt><dd>{p.leadOrganization}</dd></div>}
                    {p.partners.length > 0 && <div><dt>{t('projects.partners')}</dt><dd>{p.partners.join(', ')}</dd></div>}
                    {p.theme && <div><dt>{t('projects.theme')}</dt><dd><Text shown={p.theme} /></dd></div>}
                  </dl>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
