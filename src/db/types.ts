// The one Database type: every table as Kysely sees it. Keep in step with src/db/migrations/.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ClusterManagementTables } from '#src/db/types-cluster.ts';
import type { EventTables } from '#src/db/types-events.ts';
import type { RegulatoryTables } from '#src/db/types-regulatory.ts';

/** Text in the three interface languages; any may be missing. */
export type LocalizedText = { de?: string; en?: string; da?: string };
export type Visibility = 'public' | 'members' | 'private';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string, string>;
export type DateText = ColumnType<string, string | null | undefined, string | null>;
export type TimestampOrNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type OrganizationType =
  | 'company'
  | 'university'
  | 'research_institute'
  | 'hospital'
  | 'public_body'
  | 'association'
  | 'investor'
  | 'other';

export interface ClustersTable {
  id: Generated<string>;
  slug: string;
  parent_id: string | null;
  name: string;
  short_name: string | null;
  description: Json<LocalizedText>;
  country: string | null;
  city: string | null;
  nuts_code: string | null;
  website: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompetencesTable {
  id: string;
  scheme: 'euroscivoc' | 'sector' | 'emdn';
  code: string;
  parent_id: string | null;
  path: string;
  depth: number;
  label: Json<LocalizedText>;
}

export interface OrganizationsTable {
  id: Generated<string>;
  name: string;
  short_name: string | null;
  type: OrganizationType;
  is_sme: Generated<boolean>;
  sectors: Generated<string[]>;
  keywords: Generated<string[]>;
  description: Json<LocalizedText>;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  nuts_code: string | null;
  website: string | null;
  vat_number: string | null;
  cordis_id: string | null;
  visibility: Generated<Visibility>;
  founded_on: DateText | null;
  search_vector: ColumnType<string | null, never, never>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganizationCompetencesTable {
  organization_id: string;
  competence_id: string;
  source: 'declared' | 'projects';
  weight: Generated<number>;
}

export interface MembershipsTable {
  organization_id: string;
  cluster_id: string;
  type: Generated<'full' | 'associate' | 'partner'>;
  status: Generated<'applied' | 'active' | 'ended' | 'rejected'>;
  start_date: DateText | null;
  end_date: DateText | null;
  // Migration 20261122T1940: the application and the managers' decision.
  message: string | null;
  decision_note: string | null;
  applied_at: TimestampOrNull;
  applied_by: string | null;
  decided_at: TimestampOrNull;
  decided_by: string | null;
}

export interface PeopleTable {
  id: Generated<string>;
  organization_id: string | null;
  given_name: string;
  family_name: string;
  job_title: string | null;
  email: string | null;
  phone: string | null;
  consent_listed: Generated<boolean>;
  visibility: Generated<Visibility>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectsTable {
  id: Generated<string>;
  cordis_id: string | null;
  rcn: string | null;
  acronym: string | null;
  title: string;
  objective: string | null;
  keywords: Generated<string[]>;
  start_date: DateText | null;
  end_date: DateText | null;
  status: string | null;
  framework_programme: string | null;
  programme: string | null;
  call_id: string | null;
  topic_code: string | null;
  topic_title: string | null;
  funding_scheme: string | null;
  total_cost: number | null;
  ec_contribution: number | null;
  source_updated_at: string | null;
  visibility: Generated<Visibility>;
  search_vector: ColumnType<string | null, never, never>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectTopicsTable {
  project_id: string;
  competence_id: string;
}

export type ParticipationRole = 'coordinator' | 'participant' | 'associatedPartner' | 'thirdParty';

export interface ParticipationsTable {
  project_id: string;
  organization_id: string;
  role: ParticipationRole;
  ec_contribution: number | null;
  position: number | null;
}

export interface FacilitiesTable {
  id: Generated<string>;
  organization_id: string;
  kind: 'lab' | 'core_facility' | 'biobank' | 'cohort' | 'clean_room' | 'pilot_plant' | 'equipment' | 'other';
  name: string;
  description: Json<LocalizedText>;
  competence_ids: Generated<string[]>;
  access: Generated<'internal' | 'collaboration' | 'service'>;
  visibility: Generated<Visibility>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OffersTable {
  id: Generated<string>;
  organization_id: string;
  direction: 'offer' | 'request';
  kind: 'technology' | 'service' | 'clinical_site' | 'partner' | 'cdmo' | 'funding' | 'expertise' | 'other';
  title: string;
  description: Generated<string>;
  competence_ids: Generated<string[]>;
  expires_at: DateText | null;
  visibility: Generated<Visibility>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ClusterRecordsTable {
  id: Generated<string>;
  cluster_id: string;
  kind: 'field_of_action' | 'focus_theme' | 'strategy_group' | 'working_group' | 'lead_project' | 'milestone';
  parent_id: string | null;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  horizon: 'short' | 'medium' | 'long' | null;
  position: Generated<number>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: Generated<string>;
  password_hash: string;
  is_admin: Generated<boolean>;
  locale: string | null;
  disabled: Generated<boolean>;
  created_at: Timestamp;
}

export type ScopedRole = 'cluster_manager' | 'organization_editor' | 'member';

export interface UserRolesTable {
  user_id: string;
  role: ScopedRole;
  scope_id: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  expires_at: Timestamp | null;
}

export interface ImportRunsTable {
  id: Generated<string>;
  kind: string;
  source: string;
  status: 'running' | 'done' | 'failed';
  summary: Json<Record<string, unknown>>;
  started_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface LoginAttemptsTable {
  email: string;
  ip: string;
  attempted_at: Timestamp;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** How far a job got: steps done of a total, and what it does now. */
export type JobProgress = { done?: number; total?: number; message?: string };

export interface JobsTable {
  id: Generated<string>;
  kind: string;
  payload: Json<unknown>;
  status: Generated<JobStatus>;
  progress: ColumnType<JobProgress | null, string | null | undefined, string | null>;
  attempts: Generated<number>;
  last_error: string | null;
  dedupe_key: string | null;
  run_after: Timestamp;
  locked_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
  started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  payload: Json<Record<string, unknown>>;
  created_at: Timestamp;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface OfferMatchesTable {
  id: Generated<string>;
  offer_id: string;
  matched_offer_id: string | null;
  matched_organization_id: string | null;
  score: number;
  reasons: Json<unknown[]>;
  created_at: Timestamp;
  notified_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface OfferMatchRunsTable {
  offer_id: string;
  offer_updated_at: ColumnType<Date, Date | string, Date | string>;
  ran_at: ColumnType<Date, Date | string, Date | string>;
}

export interface Database extends ClusterManagementTables, RegulatoryTables, EventTables {
  clusters: ClustersTable;
  competences: CompetencesTable;
  organizations: OrganizationsTable;
  organization_competences: OrganizationCompetencesTable;
  memberships: MembershipsTable;
  people: PeopleTable;
  projects: ProjectsTable;
  project_topics: ProjectTopicsTable;
  participations: ParticipationsTable;
  facilities: FacilitiesTable;
  offers: OffersTable;
  cluster_records: ClusterRecordsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  import_runs: ImportRunsTable;
  login_attempts: LoginAttemptsTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
  offer_matches: OfferMatchesTable;
  offer_match_runs: OfferMatchRunsTable;
}

export type Organization = Selectable<OrganizationsTable>;
export type NewOrganization = Insertable<OrganizationsTable>;
export type OrganizationUpdate = Updateable<OrganizationsTable>;
export type Project = Selectable<ProjectsTable>;
export type Cluster = Selectable<ClustersTable>;
