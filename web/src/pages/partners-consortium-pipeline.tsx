// "Create a pipeline project from this consortium": the requester leads, the other members become partners, and
// the project is marked as formed from a klynge match (origin `match`), in a cluster the user belongs to.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import { defineMessages, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import type { Consortium, Member } from './partners-consortium-data.ts';
import { createProject } from './pipeline-api.ts';
import './partners-consortium-pipeline.css';

const MESSAGES = defineMessages('consortiumPipeline', {
  en: {
    title: 'Take the consortium into a cluster’s pipeline',
    hint: 'Creates a pipeline project led by the requesting organisation, with the other members as partners, marked as formed from a klynge match.',
    cluster: 'Cluster', name: 'Project title', submit: 'Create pipeline project', created: 'The project “{{title}}” is in the pipeline.', open: 'Open the project',
    noCluster: 'You are not a member of any cluster, so you cannot add the consortium to a pipeline.', forbidden: 'Only the cluster’s managers, or members who edit the requesting organisation, can create this project.',
  },
  de: {
    title: 'Konsortium in die Pipeline eines Clusters übernehmen',
    hint: 'Legt ein Pipeline-Projekt unter Federführung der anfragenden Organisation an, mit den übrigen Mitgliedern als Partnern, gekennzeichnet als aus einem klynge-Matching entstanden.',
    cluster: 'Cluster', name: 'Projekttitel', submit: 'Pipeline-Projekt anlegen', created: 'Das Projekt „{{title}}“ ist in der Pipeline.', open: 'Projekt öffnen',
    noCluster: 'Sie sind in keinem Cluster Mitglied und können das Konsortium daher in keine Pipeline übernehmen.', forbidden: 'Nur das Clustermanagement oder Mitglieder, die die anfragende Organisation bearbeiten, können dieses Projekt anlegen.',
  },
  da: {
    title: 'Før konsortiet ind i en klynges pipeline',
    hint: 'Opretter et pipelineprojekt ledet af den spørgende organisation med de øvrige medlemmer som partnere, markeret som dannet ud fra et klynge-match.',
    cluster: 'Klynge', name: 'Projekttitel', submit: 'Opret pipelineprojekt', created: 'Projektet »{{title}}« er i pipelinen.', open: 'Åbn projektet',
    noCluster: 'Du er ikke medlem af nogen klynge og kan derfor ikke føre konsortiet ind i en pipeline.', forbidden: 'Kun klyngens ledelse eller medlemmer, der redigerer den spørgende organisation, kan oprette dette projekt.',
  },
});

type ClusterChoice = { slug: string; name: string };
type ClusterItem = { slug: string; name: string; hubs: ClusterItem[] };

/** The clusters and hubs the user belongs to or manages (asked once per cluster). */
async function myClusters(): Promise<ClusterChoice[]> {
  const { items } = await api<{ items: ClusterItem[] }>('/clusters');
  const all = items.flatMap((c) => [c, ...c.hubs]);
  const access = await Promise.all(all.map((c) => api<{ access: string }>(`/clusters/${encodeURIComponent(c.slug)}/access`).then((a) => a.access, () => 'public')));
  return all.filter((_, i) => access[i] !== 'public').map((c) => ({ slug: c.slug, name: c.name }));
}

/** The pipeline role of a consortium member: the role it was chosen for, else what its type says. */
function roleOf(m: Member): 'partner' | 'research' | 'clinical' | 'sme' | 'other' {
  const covered = m.covers[0];
  if (covered === 'research' || covered === 'clinical' || covered === 'sme') return covered;
  if (m.type === 'hospital') return 'clinical';
  if (m.type === 'university' || m.type === 'research_institute') return 'research';
  if (m.isSme) return 'sme';
  return covered === 'public' ? 'other' : 'partner';
}

export function ConsortiumToPipeline({ consortium, text }: { consortium: Consortium; text: string }) {
  const { t } = useT(MESSAGES);
  const user = useSession();
  const [clusters, setClusters] = useState<ClusterChoice[] | null>(null);
  const [slug, setSlug] = useState('');
  const [title, setTitle] = useState(text.trim().split(/\s+/).slice(0, 10).join(' '));
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ slug: string; id: string; title: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!user) return;
    myClusters().then((list) => {
      setClusters(list);
      setSlug((s) => s || list[0]?.slug || '');
    }, () => setClusters([]));
  }, [user?.id]);
  if (!user) return null;
  const requester = consortium.members.find((m) => m.slot === 0);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const project = await createProject(slug, {
        title, summary: text, origin: 'match', leadOrganizationId: requester?.orgId ?? null,
        partners: consortium.members.filter((m) => m.slot > 0).map((m) => ({ organizationId: m.orgId, role: roleOf(m) })),
      });
      setCreated({ slug, id: project.id, title: project.title });
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 403 ? t('forbidden') : err instanceof ApiError && err.details[0] ? `${err.details[0].field}: ${err.details[0].message}` : (err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="consortium-pipeline" aria-labelledby="consortium-pipeline-title">
      <h3 id="consortium-pipeline-title">{t('title')}</h3>
      <p class="muted">{t('hint')}</p>
      {clusters !== null && clusters.length === 0 && <p class="notice">{t('noCluster')}</p>}
      {clusters !== null && clusters.length > 0 && (
        <form class="consortium-pipeline-form" onSubmit={(e) => void submit(e)}>
          <label>{t('cluster')}
            <select value={slug} onChange={(e) => setSlug(e.currentTarget.value)}>
              {clusters.map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}
            </select>
          </label>
          <label>{t('name')}
            <input value={title} required maxLength={300} onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary" disabled={busy || !title.trim()}>{t('submit')}</button>
        </form>
      )}
      <div role="status" aria-live="polite">
        {created && <p>{t('created', { title: created.title })} <a href={`/clusters/${created.slug}/pipeline/${created.id}`}>{t('open')}</a></p>}
      </div>
      {error && <p class="form-error" role="alert">{error}</p>}
    </section>
  );
}
