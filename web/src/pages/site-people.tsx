// The site's downloads (files with their type and size) and the cluster management's contacts (with consent only).
import { formatNumber, useT } from '../i18n.ts';
import { loadContacts, loadDownloads, type Download, type SiteInfo } from './site-api.ts';
import { FallbackNotice, useSiteTitle } from './site-layout.tsx';
import { Loaded, Text, useSiteData } from './site-views.tsx';
import { SITE } from './site.messages.ts';

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/zip': 'ZIP',
};

/** A file's size in kB or MB, in the interface language. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/** A short name for a file's type (PDF, DOCX, …). */
export const typeName = (file: Pick<Download, 'contentType' | 'filename'>) =>
  TYPE_NAMES[file.contentType] ?? (/\.([a-z0-9]+)$/i.exec(file.filename)?.[1] ?? '').toUpperCase();

/** The list of downloads (also used on the home page). */
export function DownloadList({ items }: { items: Download[] }) {
  const { t } = useT(SITE);
  return (
    <ul class="site-downloads">
      {items.map((d) => (
        <li key={d.id}>
          <a href={d.url} download={d.filename} lang={d.title.lang}>
            {d.title.text}
          </a>{' '}
          <span class="muted">({t('downloads.file', { type: typeName(d), size: fileSize(d.size) })})</span>
        </li>
      ))}
    </ul>
  );
}

export function DownloadsView({ site }: { site: SiteInfo }) {
  const { t } = useT(SITE);
  const state = useSiteData(site, 'downloads', loadDownloads);
  useSiteTitle(t('section.downloads'), site, t('downloads.lead'));
  return (
    <section>
      <h1>{t('section.downloads')}</h1>
      <p class="lead">{t('downloads.lead')}</p>
      <Loaded state={state}>
        {({ items }) =>
          items.length === 0 ? <p>{t('downloads.none')}</p> : (
            <>
              <FallbackNotice shown={items.map((d) => d.title)} />
              <DownloadList items={items} />
            </>
          )
        }
      </Loaded>
    </section>
  );
}

export function ContactsView({ site }: { site: SiteInfo }) {
  const { t } = useT(SITE);
  const state = useSiteData(site, 'contacts', loadContacts);
  useSiteTitle(t('section.contact'), site, t('contact.lead'));
  return (
    <section>
      <h1>{t('section.contact')}</h1>
      <p class="lead">{t('contact.lead')}</p>
      <Loaded state={state}>
        {({ items }) =>
          items.length === 0 ? <p>{t('contact.none')}</p> : (
            <>
              <FallbackNotice shown={items.map((c) => (c.role.text ? c.role : null))} />
              <ul class="site-cards site-contacts">
                {items.map((c) => (
                  <li key={c.name} class="site-card">
                    <h2>{c.name}</h2>
                    {c.role.text && <Text shown={c.role} as="p" />}
                    {(c.jobTitle || c.organizationName) && <p class="muted">{[c.jobTitle, c.organizationName].filter(Boolean).join(', ')}</p>}
                    <dl class="site-facts">
                      {c.email && <div><dt>{t('contact.email')}</dt><dd><a href={`mailto:${c.email}`}>{c.email}</a></dd></div>}
                      {c.phone && <div><dt>{t('contact.phone')}</dt><dd><a href={`tel:${c.phone.replace(/[^+\d]/g, '')}`}>{c.phone}</a></dd></div>}
                    </dl>
                  </li>
                ))}
              </ul>
              <p class="muted">{t('contact.consent')}</p>
            </>
          )
        }
      </Loaded>
    </section>
  );
}
