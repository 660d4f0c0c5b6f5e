// Full-text search: accent-folding text search configurations per language, name folding for typo tolerance.
import { sql, type Kysely } from 'kysely';

// Copies of the built-in configurations with `unaccent` in front of the stemmer, so "Universitat" meets
// "Universität" and "Kobenhavn" meets "København" (unaccent is a filtering dictionary: an unchanged word
// passes on to the stemmer). Only the token types that can carry non-ASCII letters need the extra step.
const configurations = [
  ['klynge_simple', 'simple', 'simple'],
  ['klynge_de', 'german', 'german_stem'],
  ['klynge_en', 'english', 'english_stem'],
  ['klynge_da', 'danish', 'danish_stem'],
] as const;

const statements = [
  ...configurations.flatMap(([name, source, dictionary]) => [
    `create text search configuration ${name} (copy = ${source})`,
    `alter text search configuration ${name} alter mapping for word, hword, hword_part with public.unaccent, ${dictionary}`,
  ]),

  // unaccent() is only STABLE (its dictionary could change); naming the dictionary explicitly makes the fold
  // safe to declare IMMUTABLE, which index expressions require.
  `create function klynge_fold(value text) returns text language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`,

  // Typo tolerance on names: trigram word similarity on the folded name and short name.
  `drop index if exists organizations_name_trgm`,
  `create index organizations_name_fold_trgm on organizations
    using gin (klynge_fold(name || ' ' || coalesce(short_name, '')) gin_trgm_ops)`,
  // Keyset pagination by name: the same order on every engine, whatever the database collation.
  `create index organizations_name_order on organizations ((klynge_fold(name) collate "C"), id)`,
  `create index organizations_created_order on organizations (created_at, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    `drop index if exists organizations_created_order`,
    `drop index if exists organizations_name_order`,
    `drop index if exists organizations_name_fold_trgm`,
    `create index if not exists organizations_name_trgm on organizations using gin(lower(name) gin_trgm_ops)`,
    `drop function if exists klynge_fold(text)`,
    ...configurations.map(([name]) => `drop text search configuration if exists ${name}`),
  ]) {
    await sql.raw(statement).execute(db);
  }
}
