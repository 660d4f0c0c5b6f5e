// The funder report per strategy theme: projects initiated, workshops held and ideas contributed in the period,
// for each field of action or focus theme of the cluster and its hubs.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { LocalizedText } from '#src/db/types.ts';
import { heldWorkshops, ideasInBucket } from '#src/report/report-activities.ts';
import { projectsInBucket } from '#src/report/report-projects.ts';
import { bucketTable, scopeIds, type FigureQuery, type Texts } from '#src/report/report-sql.ts';

export type ThemeRow = {
  id: string; clusterId: string; kind: 'field_of_action' | 'focus_theme'; title: LocalizedText;
  projects: number; workshops: number; ideas: number;
};

export const THEME_COLUMNS: Array<{ key: 'projects' | 'workshops' | 'ideas'; title: Texts; definition: Texts }> = [
  {
    key: 'projects',
    title: { en: 'Projects initiated', de: 'Initiierte Projekte', da: 'Igangsatte projekter' },
    definition: {
      en: 'Projects initiated in the period (as in "Projects initiated") assigned to the theme.',
      de: 'Im Zeitraum initiierte Projekte (wie bei „Initiierte Projekte“), die dem Thema zugeordnet sind.',
      da: 'Projekter igangsat i perioden (som under "Igangsatte projekter"), der er knyttet til temaet.',
    },
  },
  {
    key: 'workshops',
    title: { en: 'Workshops held', de: 'Durchgeführte Workshops', da: 'Afholdte workshops' },
    definition: {
      en: 'Workshops held in the period (as in "Workshops held") by groups assigned to the theme.',
      de: 'Im Zeitraum durchgeführte Workshops (wie bei „Durchgeführte Workshops“) von Gruppen, die dem Thema zugeordnet sind.',
      da: 'Workshops afholdt i perioden (som under "Afholdte workshops") af grupper, der er knyttet til temaet.',
    },
  },
  {
    key: 'ideas',
    title: { en: 'Ideas contributed', de: 'Eingebrachte Ideen', da: 'Bidragne idéer' },
    definition: {
      en: 'Ideas posted to the theme in the period, open or adopted (as in "Ideas contributed to the strategy").',
      de: 'Im Zeitraum zum Thema eingebrachte Ideen, offen oder übernommen (wie bei „Eingebrachte Ideen zur Strategie“).',
      da: 'Idéer indsendt til temaet i perioden, åbne eller vedtagne (som under "Idéer bidraget til strategien").',
    },
  },
];

/** The scope's themes in their order (the cluster's first, then its hubs'), with the period's counts (bucket 0). */
export async function countPerTheme(db: Db, q: FigureQuery): Promise<ThemeRow[]> {
  const whole: FigureQuery = { ...q, buckets: q.buckets.slice(0, 1) };
  const { rows } = await sql<{ id: string; cluster_id: string; kind: ThemeRow['kind']; title: LocalizedText; projects: number; workshops: number; ideas: number }>`
    select t.id, t.cluster_id, t.kind, t.title,
      (select count(*)::int from ${bucketTable(whole)} join pipeline_projects p on ${projectsInBucket(whole)} and p.theme_id = t.id) as projects,
      (select count(*)::int from ${bucketTable(whole)} join ${heldWorkshops(whole)} and g.theme_id = t.id) as workshops,
      (select count(*)::int from ${bucketTable(whole)} join strategy_ideas i on i.theme_id = t.id and ${ideasInBucket}) as ideas
    from strategy_themes t join clusters c on c.id = t.cluster_id
    where t.cluster_id in ${scopeIds(q)}
    order by (c.parent_id is not null), c.name, t.kind, t.position, t.id`.execute(db);
  return rows.map((r) => ({ id: r.id, clusterId: r.cluster_id, kind: r.kind, title: r.title, projects: r.projects, workshops: r.workshops, ideas: r.ideas }));
}
