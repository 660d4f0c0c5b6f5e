// The fixed roots of the competence taxonomy: the life-science sectors and the EMDN categories (level 1).
// The full EMDN tree comes with `klynge import emdn`; euroSciVoc arrives with the CORDIS import.
import { sql, type Kysely } from 'kysely';

// Sector codes as in src/registry/sectors.ts (a migration never imports app code), labelled de/en/da.
const sectors: Array<[code: string, de: string, en: string, da: string]> = [
  ['biotech', 'Biotechnologie', 'Biotechnology', 'Bioteknologi'],
  ['medtech', 'Medizintechnik', 'Medical technology', 'Medicoteknik'],
  ['pharma', 'Pharma', 'Pharmaceuticals', 'Lægemidler'],
  ['diagnostics', 'Diagnostik', 'Diagnostics', 'Diagnostik'],
  ['digital_health', 'Bioinformatik und digitale Gesundheit', 'Bioinformatics and digital health', 'Bioinformatik og digital sundhed'],
  ['plasma_technology', 'Plasmatechnologie', 'Plasma technology', 'Plasmateknologi'],
  ['welfare_technology', 'Wohlfahrtstechnologie', 'Welfare technology', 'Velfærdsteknologi'],
  ['bioeconomy', 'Bioökonomie', 'Bioeconomy', 'Bioøkonomi'],
];

// The level-1 categories of EMDN V2 (European Medical Device Nomenclature) with their English descriptions.
const emdnCategories: Array<[code: string, en: string]> = [
  ['A', 'DEVICES FOR ADMINISTRATION, WITHDRAWAL AND COLLECTION'],
  ['B', 'HAEMATOLOGY AND HAEMOTRANSFUSION DEVICES'],
  ['C', 'CARDIOCIRCULATORY SYSTEM DEVICES'],
  ['D', 'DISINFECTANTS, ANTISEPTICS, STERILISING AGENTS AND DETERGENTS FOR MEDICAL DEVICES'],
  ['F', 'DIALYSIS DEVICES'],
  ['G', 'GASTROINTESTINAL DEVICES'],
  ['H', 'SUTURE DEVICES'],
  ['J', 'ACTIVE-IMPLANTABLE DEVICES'],
  ['K', 'ENDOTHERAPY AND ELECTROSURGICAL DEVICES'],
  ['L', 'REUSABLE SURGICAL INSTRUMENTS'],
  ['M', 'DEVICES FOR GENERAL AND SPECIALIST DRESSINGS'],
  ['N', 'NERVOUS AND MEDULLARY SYSTEMS DEVICES'],
  ['P', 'IMPLANTABLE PROSTHETIC AND OSTEOSYNTHESIS DEVICES'],
  ['Q', 'DENTAL, OPHTHALMOLOGIC AND ENT DEVICES'],
  ['R', 'RESPIRATORY AND ANAESTHESIA DEVICES'],
  ['S', 'STERILISATION DEVICES (EXCLUDING CAT. D - Z)'],
  ['T', 'PATIENT PROTECTIVE EQUIPMENT AND INCONTINENCE AIDS (EXCLUDING PERSONAL PROTECTIVE EQUIPMENT - PPE)'],
  ['U', 'DEVICES FOR UROGENITAL SYSTEM'],
  ['V', 'VARIOUS MEDICAL DEVICES'],
  ['W', 'IN VITRO DIAGNOSTIC MEDICAL DEVICES'],
  ['X', 'PRODUCTS WITHOUT AN INTENDED MEDICAL PURPOSE (Annex XVI)'],
  ['Y', 'DEVICES FOR PERSONS WITH DISABILITIES NOT INCLUDED IN OTHER CATEGORIES'],
  ['Z', 'MEDICAL EQUIPMENT AND RELATED ACCESSORIES, SOFTWARE AND CONSUMABLES'],
];

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

// Path conventions: a sector's path is its code; an EMDN path is its code, which is prefix-structured
// (each level adds two characters), so descendants of `A01` are exactly the codes starting with `A01`.
const statements = [
  `insert into competences (id, scheme, code, parent_id, path, depth, label) values ${sectors
    .map(([code, de, en, da]) => `(${literal(`sector:${code}`)}, 'sector', ${literal(code)}, null, ${literal(code)}, 1, ${literal(JSON.stringify({ de, en, da }))})`)
    .join(', ')} on conflict (id) do nothing`,
  `insert into competences (id, scheme, code, parent_id, path, depth, label) values ${emdnCategories
    .map(([code, en]) => `(${literal(`emdn:${code}`)}, 'emdn', ${literal(code)}, null, ${literal(code)}, 1, ${literal(JSON.stringify({ en }))})`)
    .join(', ')} on conflict (id) do nothing`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // One statement, so parents and children go together; links from organisations or projects still block it.
  await sql.raw(`delete from competences where scheme in ('sector', 'emdn')`).execute(db);
}
