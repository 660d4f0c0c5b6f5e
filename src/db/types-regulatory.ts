// Regulatory navigator tables as Kysely sees them (migration 20261122T1700-regulatory); part of Database.
import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp, Visibility } from '#src/db/types.ts';

export type RegulationName = 'MDR' | 'IVDR';
export type DeviceClassName = 'I' | 'IIa' | 'IIb' | 'III' | 'A' | 'B' | 'C' | 'D';
export type ChecklistStatus = 'open' | 'in-progress' | 'done' | 'not-applicable';
/** A link to the evidence of a checklist item (a document, a test report) with an optional label. */
export type EvidenceLink = { url: string; label?: string };

export interface ProductsTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  description: Generated<string>;
  intended_purpose: Generated<string>;
  regulation: RegulationName;
  profile: Json<Record<string, unknown>>;
  device_class: DeviceClassName;
  subclasses: Generated<string[]>;
  rules: Json<Array<{ rule: string; class: DeviceClassName }>>;
  notified_body: 'full' | 'limited' | 'none';
  route_key: string;
  plan_options: ColumnType<{ layUse?: boolean; incorporatesSoftware?: boolean }, string | undefined, string>;
  qualification_answers: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  qualification_outcome: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  emdn_code: string | null;
  visibility: Generated<Visibility>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProductChecklistTable {
  product_id: string;
  item_id: string;
  status: ChecklistStatus;
  evidence: Json<EvidenceLink[]>;
  note: Generated<string>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface AssessmentsTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  regulation: RegulationName | null;
  answers: Json<Record<string, unknown>>;
  profile: Json<Record<string, unknown>>;
  product_id: string | null;
  share_token_hash: string | null;
  shared_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RegulatoryTables {
  products: ProductsTable;
  product_checklist: ProductChecklistTable;
  assessments: AssessmentsTable;
}
