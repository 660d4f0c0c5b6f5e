// SQL of the EMDN import: upserting nomenclature rows into the competence taxonomy.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { Database } from '#src/db/types.ts';
import type { Transaction } from 'kysely';
import type { EmdnRow } from '#src/importers/emdn-parse.ts';

const BATCH = 1000;

/**
 * Inserts or updates `rows` (parents first) as scheme 'emdn'; rows already holding the same values are left
 * untouched. Labels merge, so translations added elsewhere survive. Returns how many rows were inserted and updated.
 */
export async function upsertEmdnCompetences(db: Db | Transaction<Database>, rows: EmdnRow[]): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const values = rows.slice(start, start + BATCH).map((r) => ({
      id: `emdn:${r.code}`,
      scheme: 'emdn' as const,
      code: r.code,
      parent_id: r.parentCode === null ? null : `emdn:${r.parentCode}`,
      path: r.code,
      depth: r.level,
      label: JSON.stringify({ en: r.term }),
    }));
    const changed = await db
      .insertInto('competences')
      .values(values)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet({
            parent_id: (eb) => eb.ref('excluded.parent_id'),
            depth: (eb) => eb.ref('excluded.depth'),
            label: sql`competences.label || excluded.label`,
          })
          .where(sql<boolean>`(competences.parent_id, competences.depth, competences.label || excluded.label)
            is distinct from (excluded.parent_id, excluded.depth, competences.label)`),
      )
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .execute();
    for (const row of changed) {
      if (row.inserted) inserted += 1;
      else updated += 1;
    }
  }
  return { inserted, updated };
}
