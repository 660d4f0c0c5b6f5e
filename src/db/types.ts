// The one Database type: every table as Kysely sees it. Keep in step with src/db/migrations/.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ClusterManagementTables } from '#src/db/types-cluster.ts';

/** Text in the three interface languages; any may be missing. */
export type LocalizedText = { de?: string; en?: string; da?: string };
export type Visibility = 'public' | 'members' | 'private';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string, string>;
export type DateText = ColumnType<string, string | null | undefined, string | null>;

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

export type EventStatus = 'draft' | 'open' | 'closed' | 'published';
export type TimestampOrNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface EventsTable {
  id: Generated<string>;
  cluster_id: string;
  title: string;
  description: Generated<string>;
  venue: Generated<string>;
  timezone: Generated<string>;
  status: Generated<EventStatus>;
  registration_opens_at: TimestampOrNull;
  registration_closes_at: TimestampOrNull;
  request_deadline: TimestampOrNull;
  request_ttl_hours: Generated<number>;
  max_consecutive: number | null;
  default_max_meetings_per_day: Generated<number>;
  default_max_open_requests: Generated<number>;
  schedule_version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EventSlotsTable {
  id: Generated<string>;
  event_id: string;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ends_at: ColumnType<Date, Date | string, Date | string>;
  kind: Generated<'meeting' | 'break'>;
  label: Generated<string>;
}

export interface EventTablesTable {
  id: Generated<string>;
  event_id: string;
  label: string;
  room: Generated<string>;
  available_slot_ids: ColumnType<string[] | null, string | null | undefined, string | null>;
}

export interface EventParticipantsTable {
  id: Generated<string>;
  event_id: string;
  user_id: string;
  organization_id: string;
  offers: Generated<string>;
  seeks: Generated<string>;
  days: Json<string[]>;
  available_slot_ids: ColumnType<string[] | null, string | null | undefined, string | null>;
  max_meetings_per_day: number | null;
  max_open_requests: number | null;
  feed_token: string;
  checked_in_at: TimestampOrNull;
  no_show: Generated<boolean>;
  created_at: Timestamp;
}

export type MeetingRequestStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'withdrawn';

export interface MeetingRequestsTable {
  id: Generated<string>;
  event_id: string;
  from_participant_id: string;
  to_participant_id: string;
  message: Generated<string>;
  starred_by_sender: Generated<boolean>;
  starred_by_recipient: Generated<boolean>;
  status: Generated<MeetingRequestStatus>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  reminded_at: TimestampOrNull;
  created_at: Timestamp;
  answered_at: TimestampOrNull;
}

export interface MeetingsTable {
  id: Generated<string>;
  event_id: string;
  request_id: string | null;
  priority: Generated<number>;
  status: Generated<'accepted' | 'cancelled'>;
  slot_id: string | null;
  table_id: string | null;
  created_at: Timestamp;
}

export interface MeetingParticipantsTable {
  meeting_id: string;
  participant_id: string;
  slot_id: string | null;
}

export interface EventSchedulesTable {
  id: Generated<string>;
  event_id: string;
  output: Json<unknown>;
  meeting_ids: Json<string[]>;
  based_on_version: number;
  created_at: Timestamp;
  published_at: TimestampOrNull;
}

export interface Database extends ClusterManagementTables {
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
  products: ProductsTable;
  product_checklist: ProductChecklistTable;
  assessments: AssessmentsTable;
  events: EventsTable;
  event_slots: EventSlotsTable;
  event_tables: EventTablesTable;
  event_participants: EventParticipantsTable;
  meeting_requests: MeetingRequestsTable;
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  event_schedules: EventSchedulesTable;
}

export type Organization = Selectable<OrganizationsTable>;
export type NewOrganization = Insertable<OrganizationsTable>;
export type OrganizationUpdate = Updateable<OrganizationsTable>;
export type Project = Selectable<ProjectsTable>;
export type Cluster = Selectable<ClustersTable>;
