// SQL of saved questionnaires: a user's own, by id or share token, and writes.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { AssessmentsTable } from '#src/db/types-regulatory.ts';
import { timestampValue } from '#src/registry/sql-helpers.ts';

export type AssessmentRow = Selectable<AssessmentsTable>;

/** A user's assessments, most recently changed first. */
export async function findUserAssessments(db: Db, userId: string): Promise<AssessmentRow[]> {
  return db.selectFrom('assessments').selectAll().where('user_id', '=', userId).orderBy('updated_at', 'desc').orderBy('id').execute();
}

/** One assessment by id, whoever it belongs to (the service checks). */
export async function findAssessment(db: Db, id: string): Promise<AssessmentRow | undefined> {
  return db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The assessment shared under the token whose hash is `tokenHash`. */
export async function findSharedAssessment(db: Db, tokenHash: string): Promise<AssessmentRow | undefined> {
  return db.selectFrom('assessments').selectAll().where('share_token_hash', '=', tokenHash).executeTakeFirst();
}

/** Inserts an assessment and returns its id. */
export async function insertAssessment(db: Db, values: Insertable<AssessmentsTable>): Promise<string> {
  return (await db.insertInto('assessments').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates an assessment; `touch` false keeps updated_at (sharing does not change the questionnaire). */
export async function updateAssessmentRow(db: Db, id: string, values: Updateable<AssessmentsTable>, at: Date, touch = true): Promise<void> {
  await db.updateTable('assessments').set(touch ? { ...values, updated_at: timestampValue(at) } : values).where('id', '=', id).execute();
}

/** Deletes an assessment. */
export async function deleteAssessmentRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('assessments').where('id', '=', id).execute();
}
