// Turns a search string into ranked organisation hits: full text in de/en/da, project texts, typo-tolerant names.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { Visibility } from '#src/db/types.ts';

/**
 * A prepared search: the tsquery over all languages, all its words in the name, any of its words in the
 * name, and the raw text with its word count (for the trigram comparison).
 */
export type TextSearch = { query: string | null; nameQuery: string | null; anyNameQuery: string | null; text: string; words: number };

const CONFIGS = ['klynge_simple', 'klynge_en', 'klynge_de', 'klynge_da'] as const;
const MAX_WORDS = 8;
// Below this many full-text hits the name trigram search joins in ("Grefswald" → Greifswald).
const FUZZY_BELOW = 5;

/**
 * Normalises `q` with the database's own dictionaries. Each word becomes the OR of its forms in every
 * language (plus the unstemmed form), and the words are ANDed: a German word may match a German description
 * while the next matches an English project title. A word that is a stop word in any language is dropped
 * (it would otherwise be required in the languages that keep it).
 */
export async function prepareTextSearch(db: Db, q: string): Promise<TextSearch> {
  const words = [...new Set(q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, MAX_WORDS);
  const none = { query: null, nameQuery: null, anyNameQuery: null, text: q, words: words.length };
  if (words.length === 0) return none;
  const { rows } = await sql<{ forms: string[] }>`
    select array[${sql.join(CONFIGS.map((c) => sql`plainto_tsquery(${sql.lit(c)}::regconfig, w)::text`))}] as forms
    from unnest(${words}::text[]) with ordinality as t(w, n) order by n`.execute(db);
  const groups = rows.filter((r) => r.forms.every((f) => f !== '')).map((r) => [...new Set(r.forms)]);
  if (groups.length === 0) return none;
  // Names are indexed with klynge_simple only (the first form), at weight A.
  const nameForms = groups.map((forms) => `${forms[0]}:A`);
  return { ...none, query: groups.map((forms) => `(${forms.join(' | ')})`).join(' & '), nameQuery: nameForms.join(' & '), anyNameQuery: nameForms.join(' | ') };
}

/**
 * SQL of the hits of a search: (id, rank) per matching organisation; run it once (organization-list-repo.ts
 * reads the rows back into its statements) or as a MATERIALIZED CTE (the planner would otherwise re-run it for
 * every candidate row of a join). Rank = cover density over the
 * organisation's own text (weights D..A 0.1/0.2/0.4/1.0) + 1 when all words are in its name, plus
 * 0.1·ln(1 + matching projects) for projects (titles, keywords, objectives) it takes part in. When that
 * finds fewer than FUZZY_BELOW organisations by their own text, names join in by trigram word similarity
 * (rank: half of it): a one-word query through the trigram index ("Grefswald" → Greifswald), a longer one
 * through names holding any of its words, ranked by similarity to the whole query ("Universitet
 * Kopenhagen" → Københavns Universitet first). Trigram scans of several words are too slow on common
 * trigrams ("universitet": ~0.8 s on PGlite), hence the split.
 */
export function searchHits(search: TextSearch, projectLevels: Visibility[] | 'all'): RawBuilder<{ id: string; rank: number }> {
  const folded = sql`klynge_fold(${search.text})`;
  const name = sql`klynge_fold(o.name || ' ' || coalesce(o.short_name, ''))`;
  const nameMatch = [
    ...(search.words === 1 ? [sql`${folded} <% ${name}`] : []),
    ...(search.anyNameQuery ? [sql`o.search_vector @@ ${search.anyNameQuery}::tsquery`] : []),
  ];
  const fuzzy = sql`select o.id, 0.5 * word_similarity(${folded}, ${name}) as rank
      from organizations o
      where (${nameMatch.length > 0 ? sql.join(nameMatch, sql` or `) : sql`false`})`;
  if (search.query === null) return sql`select id, rank::float8 as rank from (${fuzzy}) fuzzy`;
  const projectVisible = projectLevels === 'all' ? sql`true` : sql`p.visibility in (${sql.join(projectLevels)})`;
  return sql`
    with q as (select ${search.query}::tsquery as q, ${search.nameQuery}::tsquery as name_q),
    own as (
      select o.id, ts_rank_cd('{0.1,0.2,0.4,1.0}', o.search_vector, q.q) + case when o.search_vector @@ q.name_q then 1 else 0 end as rank
      from organizations o, q where o.search_vector @@ q.q
    ),
    -- The matching projects as an array probed through participations' primary key: the planner otherwise
    -- over-estimates them and hashes all ~92,000 participations (measured 30-80 ms against 20-45 ms).
    via_projects as (
      select pa.organization_id as id, 0.1 * ln(1 + count(distinct pa.project_id)) as rank
      from participations pa
      where pa.project_id = any(array(select p.id from projects p, q where p.search_vector @@ q.q and ${projectVisible}))
      group by pa.organization_id
    ),
    fuzzy as (${fuzzy} and (select count(*) from own) < ${FUZZY_BELOW})
    select id, sum(rank)::float8 as rank
    from (select * from own union all select * from via_projects union all select * from fuzzy) all_hits
    group by id`;
}
