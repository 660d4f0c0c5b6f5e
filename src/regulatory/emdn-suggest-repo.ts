// SQL of the EMDN suggestions: the EMDN nodes of the competence taxonomy and a fingerprint of them.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { EmdnNode } from '#src/regulatory/emdn-suggest-index.ts';

/** Every EMDN node with its English term (the import writes `label.en`). */
export async function readEmdnNodes(db: Db): Promise<EmdnNode[]> {
  const { rows } = await sql<EmdnNode>`
    select code, coalesce(label->>'en', code) as term,
      case when parent_id is null then null else substr(parent_id, 6) end as "parentCode"
    from competences where scheme = 'emdn'`.execute(db);
  return rows;
}

/** Changes whenever an EMDN node is added, removed, moved or relabelled (one scan of the EMDN rows). */
export async function readEmdnVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ version: string }>`
    select concat_ws(':', count(*), coalesce(sum(hashtext(id || '|' || coalesce(parent_id, '') || '|' || label::text)::bigint), 0))
      as version
    from competences where scheme = 'emdn'`.execute(db);
  return rows[0]!.version;
}
