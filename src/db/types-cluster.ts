// Cluster management tables as Kysely sees them (migration 20261122T1900-cluster-management); part of Database.
import type { ColumnType, Generated } from 'kysely';
import type { DateText, Json, LocalizedText, Timestamp, TimestampOrNull, Visibility } from '#src/db/types.ts';

export type StrategyThemeKind = 'field_of_action' | 'focus_theme';
export type Horizon = 'short' | 'medium' | 'long';
export type MilestoneStatus = 'planned' | 'on_track' | 'at_risk' | 'done';
export type PipelineStage =
  | 'idea'
  | 'concept'
  | 'feasibility'
  | 'preclinical'
  | 'clinical_validation'
  | 'regulatory_approval'
  | 'market';
export type FundingLevel = 'state' | 'federal' | 'eu' | 'other';
export type FundingCategory = 'top_research' | 'equipment' | 'construction' | 'entrepreneurship' | 'innovation' | 'collaboration' | 'other';
export type NewsStatus = 'draft' | 'submitted' | 'published' | 'rejected';

export interface StrategyThemesTable {
  id: Generated<string>;
  cluster_id: string;
  kind: StrategyThemeKind;
  title: Json<LocalizedText>;
  /** Defaults to {} in the database. */
  description: ColumnType<LocalizedText, string | undefined, string>;
  position: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StrategyGoalsTable {
  id: Generated<string>;
  theme_id: string;
  title: Json<LocalizedText>;
  /** Defaults to {} in the database. */
  description: ColumnType<LocalizedText, string | undefined, string>;
  position: Generated<number>;
  created_at: Timestamp;
}

export interface MilestonesTable {
  id: Generated<string>;
  goal_id: string;
  title: Json<LocalizedText>;
  /** Defaults to {} in the database. */
  description: ColumnType<LocalizedText, string | undefined, string>;
  horizon: Horizon;
  owner_person_id: string | null;
  owner_organization_id: string | null;
  owner_name: string | null;
  due_date: DateText | null;
  status: Generated<MilestoneStatus>;
  evidence: Generated<string>;
  done_on: DateText | null;
  position: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StrategyRoundsTable {
  id: Generated<string>;
  cluster_id: string;
  theme_id: string | null;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  vote_budget: number;
  opens_at: Timestamp;
  closes_at: ColumnType<Date, Date | string, Date | string>;
  closed_at: TimestampOrNull;
  created_by: string | null;
  created_at: Timestamp;
  open_notified_at: TimestampOrNull;
  close_notified_at: TimestampOrNull;
}

export interface StrategyIdeasTable {
  id: Generated<string>;
  theme_id: string;
  author_user_id: string | null;
  organization_id: string | null;
  title: string;
  body: Generated<string>;
  status: Generated<'open' | 'hidden' | 'adopted'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IdeaCommentsTable {
  id: Generated<string>;
  idea_id: string;
  author_user_id: string | null;
  body: string;
  created_at: Timestamp;
}

export interface IdeaVotesTable {
  round_id: string;
  idea_id: string;
  user_id: string;
  organization_id: string | null;
  votes: number;
  updated_at: Timestamp;
}

export interface StrategyPapersTable {
  id: Generated<string>;
  cluster_id: string;
  round_id: string | null;
  title: string;
  body: Generated<string>;
  status: Generated<'draft' | 'final'>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkingGroupsTable {
  id: Generated<string>;
  cluster_id: string;
  theme_id: string | null;
  kind: Generated<'working_group' | 'strategy_group'>;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  lead_person_id: string | null;
  lead_organization_id: string | null;
  position: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkingGroupMembersTable {
  group_id: string;
  user_id: string;
  role: Generated<'lead' | 'member'>;
  feed_token: string;
  joined_at: Timestamp;
}

export interface WorkshopsTable {
  id: Generated<string>;
  group_id: string;
  title: string;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ends_at: ColumnType<Date, Date | string, Date | string>;
  place: Generated<string>;
  link: string | null;
  agenda: Generated<string>;
  minutes: Generated<string>;
  status: Generated<'planned' | 'held' | 'cancelled'>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** IANA zone the workshop's times are shown in (migration 20261122T1920). */
  timezone: Generated<string>;
  /** RFC 5545 SEQUENCE, raised on every change a calendar must pick up (migration 20261122T1920). */
  sequence: Generated<number>;
}

/** One calendar-feed token per user, covering the workshops of all their groups (migration 20261122T1920). */
export interface GroupFeedTokensTable {
  user_id: string;
  token: string;
  created_at: Timestamp;
}

/** Reminders already sent by the group-reminders job (migration 20261122T1920). */
export interface GroupRemindersTable {
  kind: 'task_due' | 'workshop_tomorrow';
  item_id: string;
  user_id: string;
  due_key: string;
  sent_at: Timestamp;
}

export interface WorkshopAttendeesTable {
  workshop_id: string;
  user_id: string;
  organization_id: string | null;
  status: Generated<'registered' | 'attended' | 'absent'>;
}

export interface GroupDecisionsTable {
  id: Generated<string>;
  group_id: string;
  workshop_id: string | null;
  text: string;
  decided_on: ColumnType<string, string, string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GroupTasksTable {
  id: Generated<string>;
  group_id: string;
  workshop_id: string | null;
  title: string;
  owner_user_id: string | null;
  due_date: DateText | null;
  status: Generated<'open' | 'done'>;
  done_at: TimestampOrNull;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PipelineProjectsTable {
  id: Generated<string>;
  cluster_id: string;
  kind: Generated<'lead' | 'member'>;
  title: string;
  summary: Generated<string>;
  theme_id: string | null;
  lead_organization_id: string | null;
  stage: Generated<PipelineStage>;
  trl: number | null;
  product_id: string | null;
  origin: Generated<'manual' | 'match' | 'event'>;
  visibility: Generated<Visibility>;
  stage_entered_at: Timestamp;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PipelinePartnersTable {
  project_id: string;
  organization_id: string;
  role: Generated<'lead' | 'partner' | 'research' | 'clinical' | 'sme' | 'other'>;
}

export interface PipelineStageHistoryTable {
  id: Generated<string>;
  project_id: string;
  from_stage: PipelineStage | null;
  to_stage: PipelineStage;
  changed_at: Timestamp;
  changed_by: string | null;
  note: Generated<string>;
}

export interface FundingInstrumentsTable {
  id: Generated<string>;
  cluster_id: string | null;
  level: FundingLevel;
  category: Generated<FundingCategory>;
  name: Json<LocalizedText>;
  funder: Generated<string>;
  description: Json<LocalizedText>;
  url: string | null;
  created_at: Timestamp;
}

export interface FundingCallsTable {
  id: Generated<string>;
  instrument_id: string | null;
  cluster_id: string | null;
  title: string;
  description: Generated<string>;
  opens_on: DateText | null;
  deadline: ColumnType<Date, Date | string, Date | string>;
  url: string | null;
  budget: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FundingCallFollowsTable {
  call_id: string;
  user_id: string;
  created_at: Timestamp;
  reminded_at: TimestampOrNull;
}

export interface PipelineFundingTable {
  id: Generated<string>;
  project_id: string;
  call_id: string | null;
  organization_id: string | null;
  instrument: Generated<string>;
  amount_applied: number | null;
  amount_won: number | null;
  status: Generated<'applied' | 'won' | 'rejected'>;
  applied_on: DateText | null;
  decided_on: DateText | null;
  created_at: Timestamp;
}

export interface ProductionCapacitiesTable {
  id: Generated<string>;
  organization_id: string;
  emdn_code: string | null;
  product: string;
  capacity_per_week: number;
  unit: Generated<string>;
  lead_time_weeks: number;
  certifications: Generated<string[]>;
  contact_person_id: string | null;
  notes: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NewsPostsTable {
  id: Generated<string>;
  cluster_id: string;
  organization_id: string | null;
  author_user_id: string | null;
  slug: string;
  title: Json<LocalizedText>;
  summary: Json<LocalizedText>;
  body: Json<LocalizedText>;
  status: Generated<NewsStatus>;
  review_note: string | null;
  reviewed_by: string | null;
  published_at: TimestampOrNull;
  submitted_at: TimestampOrNull;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SitePagesTable {
  id: Generated<string>;
  cluster_id: string;
  slug: string;
  title: Json<LocalizedText>;
  body: Json<LocalizedText>;
  position: Generated<number>;
  published: Generated<boolean>;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SiteAssetsTable {
  id: Generated<string>;
  cluster_id: string;
  kind: 'image' | 'download';
  filename: string;
  content_type: string;
  size: number;
  data: Uint8Array;
  title: Json<LocalizedText>;
  /** Shown on the site's downloads page (migration 20261122T1950); images and unlisted files are only linked. */
  listed: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ClusterContactsTable {
  cluster_id: string;
  person_id: string;
  role: Json<LocalizedText>;
  position: Generated<number>;
}

export interface ClusterManagementTables {
  strategy_themes: StrategyThemesTable;
  strategy_goals: StrategyGoalsTable;
  milestones: MilestonesTable;
  strategy_rounds: StrategyRoundsTable;
  strategy_ideas: StrategyIdeasTable;
  idea_comments: IdeaCommentsTable;
  idea_votes: IdeaVotesTable;
  strategy_papers: StrategyPapersTable;
  working_groups: WorkingGroupsTable;
  working_group_members: WorkingGroupMembersTable;
  workshops: WorkshopsTable;
  workshop_attendees: WorkshopAttendeesTable;
  group_decisions: GroupDecisionsTable;
  group_tasks: GroupTasksTable;
  group_feed_tokens: GroupFeedTokensTable;
  group_reminders: GroupRemindersTable;
  pipeline_projects: PipelineProjectsTable;
  pipeline_partners: PipelinePartnersTable;
  pipeline_stage_history: PipelineStageHistoryTable;
  funding_instruments: FundingInstrumentsTable;
  funding_calls: FundingCallsTable;
  funding_call_follows: FundingCallFollowsTable;
  pipeline_funding: PipelineFundingTable;
  production_capacities: ProductionCapacitiesTable;
  news_posts: NewsPostsTable;
  site_pages: SitePagesTable;
  site_assets: SiteAssetsTable;
  cluster_contacts: ClusterContactsTable;
}
