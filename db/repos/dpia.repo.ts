import type {
  DpiaOutcome,
  DpiaRecord,
  DpiaScreening,
  ScreeningAnswers,
  ScreeningResult,
} from '../../core/api';
import type { Db, WritableDb } from './audit.repo';

export interface StoredDpia {
  activityId: number;
  clientId: number;
  activityName: string;
  screening: DpiaScreening | null;
  record: DpiaRecord | null;
}

/** The activity with its DPIA row, if any; undefined = no such activity. */
export async function findDpia(db: Db, activityId: number): Promise<StoredDpia | undefined> {
  const row = await db
    .selectFrom('activities as a')
    .leftJoin('dpia_assessments as d', 'd.activity_id', 'a.id')
    .select([
      'a.id as activityId',
      'a.client_id as clientId',
      'a.name as activityName',
      'd.answers',
      'd.rule_result',
      'd.result',
      'd.reasons',
      'd.deviation_reason',
      'd.screened_by',
      'd.screened_at',
      'd.dpia_date',
      'd.dpia_reference',
      'd.dpia_outcome',
      'd.dpia_note',
      'd.recorded_by',
      'd.recorded_at',
    ])
    .where('a.id', '=', activityId)
    .executeTakeFirst();
  if (!row) return undefined;
  const screening: DpiaScreening | null =
    row.answers && row.rule_result && row.result && row.screened_at
      ? {
          answers: JSON.parse(row.answers) as ScreeningAnswers,
          ruleResult: row.rule_result,
          result: row.result,
          reasons: JSON.parse(row.reasons ?? '[]') as string[],
          deviationReason: row.deviation_reason ?? '',
          screenedBy: row.screened_by ?? '',
          screenedAt: row.screened_at,
        }
      : null;
  const record: DpiaRecord | null =
    row.dpia_date && row.dpia_outcome && row.recorded_at
      ? {
          date: row.dpia_date,
          reference: row.dpia_reference ?? '',
          outcome: row.dpia_outcome,
          note: row.dpia_note ?? '',
          recordedBy: row.recorded_by ?? '',
          recordedAt: row.recorded_at,
        }
      : null;
  return {
    activityId: row.activityId,
    clientId: row.clientId,
    activityName: row.activityName,
    screening,
    record,
  };
}

export async function saveScreening(
  db: WritableDb,
  activityId: number,
  s: DpiaScreening,
): Promise<void> {
  const values = {
    answers: JSON.stringify(s.answers),
    rule_result: s.ruleResult,
    result: s.result,
    reasons: JSON.stringify(s.reasons),
    deviation_reason: s.deviationReason,
    screened_by: s.screenedBy,
    screened_at: s.screenedAt,
  };
  await db
    .insertInto('dpia_assessments')
    .values({ activity_id: activityId, ...values })
    .onConflict((oc) => oc.column('activity_id').doUpdateSet(values))
    .execute();
}

export async function saveRecord(db: WritableDb, activityId: number, r: DpiaRecord): Promise<void> {
  const values = {
    dpia_date: r.date,
    dpia_reference: r.reference,
    dpia_outcome: r.outcome satisfies DpiaOutcome,
    dpia_note: r.note,
    recorded_by: r.recordedBy,
    recorded_at: r.recordedAt,
  };
  await db
    .insertInto('dpia_assessments')
    .values({ activity_id: activityId, ...values })
    .onConflict((oc) => oc.column('activity_id').doUpdateSet(values))
    .execute();
}

/** The activity's DPIA field (Art. 30 register) as the screening or the record has it. */
export async function setActivityDpiaStatus(
  db: WritableDb,
  activityId: number,
  status: 'needed' | 'not_needed' | 'done',
): Promise<string> {
  const row = await db
    .selectFrom('activities')
    .select('dpia_status')
    .where('id', '=', activityId)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('activities')
    .set({ dpia_status: status })
    .where('id', '=', activityId)
    .execute();
  return row.dpia_status;
}

/** The client of an activity, for the files of its DPIA record. */
export async function dpiaClient(db: Db, activityId: number) {
  const row = await db
    .selectFrom('activities')
    .select('client_id')
    .where('id', '=', activityId)
    .executeTakeFirst();
  return row && { clientId: row.client_id };
}

const needing: ScreeningResult[] = ['needed', 'needed_dsk', 'needed_art35_3'];

/** Current activities whose screening asks for a DPIA that is not recorded yet. */
export async function activitiesAwaitingDpia(db: Db, clientId?: number) {
  let query = db
    .selectFrom('dpia_assessments as d')
    .innerJoin('activities as a', 'a.id', 'd.activity_id')
    .select(['a.id', 'a.client_id as clientId', 'a.name', 'd.result', 'd.screened_at'])
    .where('d.dpia_date', 'is', null)
    .where('d.result', 'in', needing)
    .where('a.status', '!=', 'archived');
  if (clientId !== undefined) query = query.where('a.client_id', '=', clientId);
  return query.orderBy('a.id').execute();
}
