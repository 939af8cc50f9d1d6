import type { Selectable } from 'kysely';
import { FOLD_CASE_SQL, foldCase } from '../fold-case';
import type { DeletionRun, RetentionPeriod, RetentionPeriodInput } from '../../core/api';
import type { DeletionRunTable, RetentionPeriodTable } from '../tables/retention';
import type { Db, WritableDb } from './audit.repo';

// The deletion log (Löschprotokoll) and the users' own catalogue periods.

// --- the deletion log -------------------------------------------------------------------

const toRun = (r: Selectable<DeletionRunTable>): DeletionRun => ({
  id: r.id,
  clientId: r.client_id,
  ruleId: r.rule_id,
  ruleName: r.rule_name,
  date: r.run_date,
  system: r.system,
  count: r.deleted_count,
  description: r.description,
  method: r.method,
  person: r.person,
  createdAt: r.created_at,
});

export async function insertRun(
  db: WritableDb,
  run: Omit<DeletionRun, 'id' | 'createdAt'>,
  at: string,
): Promise<DeletionRun> {
  const row = await db
    .insertInto('deletion_runs')
    .values({
      client_id: run.clientId,
      rule_id: run.ruleId,
      rule_name: run.ruleName,
      run_date: run.date,
      system: run.system,
      deleted_count: run.count,
      description: run.description,
      method: run.method,
      person: run.person,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRun(row);
}

export async function listRuns(db: Db, clientId: number, ruleId?: number): Promise<DeletionRun[]> {
  let query = db.selectFrom('deletion_runs').selectAll().where('client_id', '=', clientId);
  if (ruleId !== undefined) query = query.where('rule_id', '=', ruleId);
  const rows = await query.orderBy('run_date', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toRun);
}

/** The latest run date per rule and system ("ruleId|system" -> date). */
export async function lastRuns(db: Db, clientId?: number): Promise<Map<string, string>> {
  let query = db
    .selectFrom('deletion_runs')
    .select((eb) => ['rule_id', 'system', eb.fn.max('run_date').as('last')])
    .where('rule_id', 'is not', null)
    .groupBy(['rule_id', 'system']);
  if (clientId !== undefined) query = query.where('client_id', '=', clientId);
  const map = new Map<string, string>();
  for (const r of await query.execute()) map.set(`${r.rule_id}|${r.system}`, String(r.last));
  return map;
}

// --- own catalogue periods (workspace-wide) ----------------------------------------------

const toPeriod = (r: Selectable<RetentionPeriodTable>): RetentionPeriod => ({
  key: `custom:${r.id}`,
  source: 'custom',
  id: r.id,
  name: r.name,
  norm: r.norm,
  // An own period has one text, written by the user: it serves as reason and as note.
  reason: r.note,
  note: r.note,
  periodAmount: r.period_amount,
  periodUnit: r.period_unit,
  yearEnd: r.year_end === 1,
  startEvent: r.start_event,
  startDescription: r.start_description,
  method: r.method,
});

export async function listCustomPeriods(db: Db): Promise<RetentionPeriod[]> {
  const rows = await db.selectFrom('retention_periods').selectAll().orderBy('name').execute();
  return rows.map(toPeriod);
}

export async function findCustomPeriod(db: Db, id: number): Promise<RetentionPeriod | undefined> {
  const row = await db
    .selectFrom('retention_periods')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toPeriod(row);
}

export async function customPeriodNameTaken(db: Db, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('retention_periods')
    .select('id')
    .where((eb) => eb(eb.fn(FOLD_CASE_SQL, ['name']), '=', foldCase(name)))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCustomPeriod(
  db: WritableDb,
  v: Required<RetentionPeriodInput>,
  at: string,
): Promise<RetentionPeriod> {
  const row = await db
    .insertInto('retention_periods')
    .values({
      name: v.name,
      norm: v.norm,
      note: v.note,
      period_amount: v.periodAmount,
      period_unit: v.periodUnit,
      year_end: v.yearEnd ? 1 : 0,
      start_event: v.startEvent,
      start_description: v.startDescription,
      method: v.method,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPeriod(row);
}

export async function deleteCustomPeriod(db: WritableDb, id: number): Promise<void> {
  await db.deleteFrom('retention_periods').where('id', '=', id).execute();
}
