// Partnering-event tables as Kysely sees them (migration 20261122T1800-events); part of Database.
import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp, TimestampOrNull } from '#src/db/types.ts';

export type EventStatus = 'draft' | 'open' | 'closed' | 'published';

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

export interface EventTables {
  events: EventsTable;
  event_slots: EventSlotsTable;
  event_tables: EventTablesTable;
  event_participants: EventParticipantsTable;
  meeting_requests: MeetingRequestsTable;
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  event_schedules: EventSchedulesTable;
}
