// SQL of the registry totals: row counts, limited to what the viewer may read.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { Visibility } from '#src/db/types.ts';

export type StatsCounts = {
  organizations: number;
  projects: number;
  participations: number;
  clusters: number;
  people: number;
  facilities: number;
  offers: number;
  competences: number;
};

/**
 * Counts the registry's rows of the visibility `levels`; participations count when both ends are readable,
 * people only with their consent to be listed unless `allPeople`.
 */
export async function countRegistry(db: Db, levels: Visibility[], allPeople: boolean): Promise<StatsCounts> {
  const readable = (column: string) => sql`${sql.ref(column)} in (${sql.join(levels)})`;
  const result = await sql<StatsCounts>`
    select
      (select count(*) from organizations o where ${readable('o.visibility')}) as organizations,
      (select count(*) from projects p where ${readable('p.visibility')}) as projects,
      (select count(*) from participations pa
        join projects p on p.id = pa.project_id join organizations o on o.id = pa.organization_id
        where ${readable('p.visibility')} and ${readable('o.visibility')}) as participations,
      (select count(*) from clusters) as clusters,
      (select count(*) from people pe where ${readable('pe.visibility')} and (${allPeople} or pe.consent_listed)) as people,
      (select count(*) from facilities f where ${readable('f.visibility')}) as facilities,
      (select count(*) from offers ofr where ${readable('ofr.visibility')}) as offers,
      (select count(*) from competences) as competences`.execute(db);
  return result.rows[0]!;
}
