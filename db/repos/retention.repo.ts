import { FOLD_CASE_SQL, foldCase } from '../fold-case';
import type {
  LinkedRetentionRule,
  RetentionRule,
  RuleAppliesTo,
  RetentionRuleValues,
} from '../../core/api';
import type { Selectable } from 'kysely';
import type { RetentionRuleTable } from '../tables/retention';
import type { Db, WritableDb } from './audit.repo';

/** A rule as stored; the run status and Regellöschfrist are added by the handler. */
export type StoredRule = Omit<RetentionRule, 'regularPeriod' | 'runs' | 'overdue'>;
type RuleRow = Selectable<RetentionRuleTable>;
type Scalars = Omit<RetentionRuleValues, 'activityIds' | 'dataCategoryIds'>;
type Ref = { id: number; name: string };

const toRow = (v: Scalars) => ({
  name: v.name,
  description: v.description,
  catalogue_key: v.catalogueKey,
  start_event: v.startEvent,
  start_description: v.startDescription,
  period_amount: v.periodAmount,
  period_unit: v.periodUnit,
  year_end: v.yearEnd ? 1 : 0,
  run_interval: v.runInterval,
  method: v.method,
  norm: v.norm,
  reason: v.reason,
  systems: JSON.stringify(v.systems),
  responsible: v.responsible,
  legal_hold: v.legalHold ? 1 : 0,
  hold_reason: v.holdReason,
});

function toRule(r: RuleRow, activities: Ref[], dataCategories: Ref[]): StoredRule {
  return {
    id: r.id,
    clientId: r.client_id,
    appliesTo: r.applies_to as RuleAppliesTo | null,
    name: r.name,
    description: r.description,
    catalogueKey: r.catalogue_key,
    startEvent: r.start_event,
    startDescription: r.start_description,
    periodAmount: r.period_amount,
    periodUnit: r.period_unit,
    yearEnd: r.year_end === 1,
    runInterval: r.run_interval,
    method: r.method,
    norm: r.norm,
    reason: r.reason,
    systems: JSON.parse(r.systems) as string[],
    responsible: r.responsible,
    legalHold: r.legal_hold === 1,
    holdReason: r.hold_reason,
    activities,
    dataCategories,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const group = <T extends { key: number }>(rows: T[]) => {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.key);
    if (list) list.push(row);
    else map.set(row.key, [row]);
  }
  return map;
};

/** Every rule of a client (or of the workspace) with its links: three queries in all. */
export async function listStoredRules(
  db: Db,
  filter: { clientId?: number; id?: number } = {},
): Promise<StoredRule[]> {
  let rules = db.selectFrom('retention_rules').selectAll();
  let acts = db
    .selectFrom('retention_rule_activities as l')
    .innerJoin('activities as a', 'a.id', 'l.activity_id')
    .innerJoin('retention_rules as r', 'r.id', 'l.rule_id')
    .select(['l.rule_id as key', 'a.id', 'a.name'])
    .orderBy('a.name');
  let cats = db
    .selectFrom('retention_rule_categories as l')
    .innerJoin('catalogue_entries as c', 'c.id', 'l.entry_id')
    .innerJoin('retention_rules as r', 'r.id', 'l.rule_id')
    .select(['l.rule_id as key', 'c.id', 'c.name'])
    .orderBy('c.name');
  if (filter.clientId !== undefined) {
    rules = rules.where('client_id', '=', filter.clientId);
    acts = acts.where('r.client_id', '=', filter.clientId);
    cats = cats.where('r.client_id', '=', filter.clientId);
  }
  if (filter.id !== undefined) {
    rules = rules.where('id', '=', filter.id);
    acts = acts.where('r.id', '=', filter.id);
    cats = cats.where('r.id', '=', filter.id);
  }
  const actMap = group(await acts.execute());
  const catMap = group(await cats.execute());
  const strip = (list: Ref[] | undefined) => (list ?? []).map(({ id, name }) => ({ id, name }));
  const rows = await rules.orderBy('name').execute();
  return rows.map((r) => toRule(r, strip(actMap.get(r.id)), strip(catMap.get(r.id))));
}

/** What the deletion plan reads of a rule: no texts, no links (it runs over every client). */
export type PlanRule = Pick<
  StoredRule,
  | 'id'
  | 'clientId'
  | 'appliesTo'
  | 'name'
  | 'catalogueKey'
  | 'periodAmount'
  | 'periodUnit'
  | 'yearEnd'
  | 'runInterval'
  | 'method'
  | 'systems'
  | 'legalHold'
  | 'createdAt'
>;

export async function listPlanRules(db: Db, clientId?: number): Promise<PlanRule[]> {
  let query = db
    .selectFrom('retention_rules')
    .select([
      'id',
      'client_id',
      'applies_to',
      'name',
      'catalogue_key',
      'period_amount',
      'period_unit',
      'year_end',
      'run_interval',
      'method',
      'systems',
      'legal_hold',
      'created_at',
    ]);
  if (clientId !== undefined) query = query.where('client_id', '=', clientId);
  return (await query.execute()).map((r) => ({
    id: r.id,
    clientId: r.client_id,
    appliesTo: r.applies_to as RuleAppliesTo | null,
    name: r.name,
    catalogueKey: r.catalogue_key,
    periodAmount: r.period_amount,
    periodUnit: r.period_unit,
    yearEnd: r.year_end === 1,
    runInterval: r.run_interval,
    method: r.method,
    systems: r.systems === '[]' ? [] : (JSON.parse(r.systems) as string[]),
    legalHold: r.legal_hold === 1,
    createdAt: r.created_at,
  }));
}

export async function findStoredRule(db: Db, id: number): Promise<StoredRule | undefined> {
  return (await listStoredRules(db, { id }))[0];
}

export async function ruleNameTaken(db: Db, clientId: number, name: string, exceptId?: number) {
  let query = db
    .selectFrom('retention_rules')
    .select('id')
    .where('client_id', '=', clientId)
    .where((eb) => eb(eb.fn(FOLD_CASE_SQL, ['name']), '=', foldCase(name)));
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertRule(
  db: WritableDb,
  clientId: number,
  v: Scalars,
  at: string,
  appliesTo: RuleAppliesTo | null = null,
): Promise<number> {
  const row = await db
    .insertInto('retention_rules')
    .values({
      ...toRow(v),
      client_id: clientId,
      created_at: at,
      updated_at: at,
      applies_to: appliesTo,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRule(
  db: WritableDb,
  id: number,
  v: Scalars,
  at: string,
): Promise<void> {
  await db
    .updateTable('retention_rules')
    .set({ ...toRow(v), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteRule(db: WritableDb, id: number): Promise<void> {
  await db.deleteFrom('retention_rules').where('id', '=', id).execute();
}

export async function setRuleLinks(
  db: WritableDb,
  ruleId: number,
  activityIds: number[],
  categoryIds: number[],
): Promise<void> {
  await db.deleteFrom('retention_rule_activities').where('rule_id', '=', ruleId).execute();
  await db.deleteFrom('retention_rule_categories').where('rule_id', '=', ruleId).execute();
  const acts = [...new Set(activityIds)];
  const cats = [...new Set(categoryIds)];
  if (acts.length > 0) {
    await db
      .insertInto('retention_rule_activities')
      .values(acts.map((activity_id) => ({ rule_id: ruleId, activity_id })))
      .execute();
  }
  if (cats.length > 0) {
    await db
      .insertInto('retention_rule_categories')
      .values(cats.map((entry_id) => ({ rule_id: ruleId, entry_id })))
      .execute();
  }
}

/** Replaces the rules linked to one activity (the activity editor's panel). */
export async function setActivityRuleLinks(db: WritableDb, activityId: number, ruleIds: number[]) {
  await db.deleteFrom('retention_rule_activities').where('activity_id', '=', activityId).execute();
  const unique = [...new Set(ruleIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('retention_rule_activities')
    .values(unique.map((rule_id) => ({ rule_id, activity_id: activityId })))
    .execute();
}

/**
 * The rules linked to activities, by activity id: of one activity, one client or the whole
 * workspace. Used by the register (completeness, export) and the activity panel.
 */
export async function linkedRulesByActivity(
  db: Db,
  filter: { clientId?: number; activityId?: number } = {},
): Promise<Map<number, LinkedRetentionRule[]>> {
  let query = db
    .selectFrom('retention_rule_activities as l')
    .innerJoin('retention_rules as r', 'r.id', 'l.rule_id')
    .select([
      'l.activity_id',
      'r.id',
      'r.name',
      'r.start_event',
      'r.start_description',
      'r.period_amount',
      'r.period_unit',
      'r.year_end',
      'r.run_interval',
      'r.method',
      'r.norm',
      'r.legal_hold',
    ])
    .orderBy('r.name');
  if (filter.clientId !== undefined) query = query.where('r.client_id', '=', filter.clientId);
  if (filter.activityId !== undefined) query = query.where('l.activity_id', '=', filter.activityId);
  const map = new Map<number, LinkedRetentionRule[]>();
  for (const r of await query.execute()) {
    const list = map.get(r.activity_id) ?? [];
    list.push({
      id: r.id,
      name: r.name,
      startEvent: r.start_event,
      startDescription: r.start_description,
      periodAmount: r.period_amount,
      periodUnit: r.period_unit,
      yearEnd: r.year_end === 1,
      runInterval: r.run_interval,
      method: r.method,
      norm: r.norm,
      legalHold: r.legal_hold === 1,
    });
    map.set(r.activity_id, list);
  }
  return map;
}
