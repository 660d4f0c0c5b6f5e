// Editing a cluster's public website (/clusters/{slug}/site): its managers write and publish pages, upload images
// and files and name the contacts; `?page=` opens one page in the editor. Others see how to get to the public site.
import { useLocation } from 'preact-iso';
import { ClusterPage, type ClusterInfo } from '../components/cluster-nav.tsx';
import { useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { SiteAssets } from './site-edit-assets.tsx';
import { SiteContacts } from './site-edit-contacts.tsx';
import { PageEditor } from './site-edit-page.tsx';
import { SitePages } from './site-edit-pages.tsx';
import { SITE_EDIT } from './site-edit.messages.ts';
import '../components/form-styles.css';
import './site-edit.css';

function Editor({ cluster }: { cluster: ClusterInfo }) {
  const { t } = useT(SITE_EDIT);
  const { query, path, route } = useLocation();
  const open = (slug: string | null) => route(slug ? `${path}?page=${encodeURIComponent(slug)}` : path);
  const editing = query.page;
  return (
    <div class="site-edit">
      <p>{t('intro', { name: cluster.name })}</p>
      <p>
        <a href={`/site/${cluster.slug}`}>{t('view')}</a>
      </p>
      {editing ? (
        <PageEditor key={editing} cluster={cluster} slug={editing} onClose={() => open(null)} onRenamed={(s) => route(`${path}?page=${encodeURIComponent(s)}`, true)} />
      ) : (
        <>
          <SitePages cluster={cluster} onEdit={open} />
          <SiteAssets cluster={cluster} />
          <SiteContacts cluster={cluster} />
        </>
      )}
    </div>
  );
}

export function SiteEditPage({ slug }: { slug: string }) {
  const { t } = useT(SITE_EDIT);
  const { t: frame } = useT();
  const user = useSession();
  return (
    <ClusterPage slug={slug} section="site">
      {(cluster) =>
        cluster.access === 'manager' ? (
          <Editor cluster={cluster} />
        ) : (
          <div class="site-edit">
            <p class="notice">{user ? t('notManager') : t('signIn')}</p>
            {!user && (
              <p>
                <a href={`/sign-in?next=${encodeURIComponent(`/clusters/${slug}/site`)}`}>{frame('nav.signIn')}</a>
              </p>
            )}
            <p>
              <a href={`/site/${cluster.slug}`}>{t('view')}</a>
            </p>
          </div>
        )
      }
    </ClusterPage>
  );
}
