import type { Selectable } from 'kysely';
import type {
  Breach,
  BreachAssessment,
  BreachKind,
  BreachNotice,
  BreachStarterKey,
  BreachValues,
  Land,
  NoticeInput,
  RiskCriteria,
} from '../../core/api';
import type { BreachTable } from '../tables/breaches';
import type { Db, WritableDb } from './audit.repo';

// The breach log: one row per breach, its notices to the authority, and its links to the
// client's catalogue, activities and processors. Only kysely's builder, no dialect SQL.

/** A breach as stored; the clock and the suggested level are added by the handler. */
export type StoredBreach = Omit<Breach, 'deadlines' | 'assessment' | 'notices'> & {
  land: Land;
  assessment: Omit<BreachAssessment, 'suggested'> | null;
  notices: Omit<BreachNotice, 'hoursAfterStart'>[];
};

type Row = Selectable<BreachTable>;
export type BreachPatch = Partial<Omit<Row, 'id' | 'client_id' | 'created_at' | 'updated_at'>>;

/** The row fields of what the user typed (the links go to their own tables). */
export const valuesToRow = (v: BreachValues) => ({
  title: v.title,
  starter: v.starter,
  description: v.description,
  occurred_from: v.occurredFrom && new Date(v.occurredFrom).toISOString(),
  occurred_to: v.occurredTo && new Date(v.occurredTo).toISOString(),
  aware_at: new Date(v.awareAt).toISOString(),
  discovered_by: v.discoveredBy,
  reported_by: v.reportedBy,
  kinds: JSON.stringify(v.kinds),
  subjects_count: v.subjectsCount,
  records_count: v.recordsCount,
  count_note: v.countNote,
  systems: v.systems,
  consequences: v.consequences,
  measures_taken: v.measuresTaken,
  measures_proposed: v.measuresProposed,
  at_processor_id: v.atProcessorId,
  processor_aware_at: v.processorAwareAt && new Date(v.processorAwareAt).toISOString(),
  processor_notice_at: v.processorNoticeAt && new Date(v.processorNoticeAt).toISOString(),
});

export async function insertBreach(
  db: WritableDb,
  clientId: number,
  v: BreachValues,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('breaches')
    .values({ ...valuesToRow(v), client_id: clientId, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateBreachRow(db: WritableDb, id: number, patch: BreachPatch, at: string) {
  await db
    .updateTable('breaches')
    .set({ ...patch, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Replaces the breach's links to catalogue entries, activities and processors. */
export async function setBreachLinks(
  db: WritableDb,
  breachId: number,
  links: { categoryIds: number[]; activityIds: number[]; processorIds: number[] },
) {
  await db.deleteFrom('breach_categories').where('breach_id', '=', breachId).execute();
  await db.deleteFrom('breach_activities').where('breach_id', '=', breachId).execute();
  await db.deleteFrom('breach_processors').where('breach_id', '=', breachId).execute();
  const unique = (ids: number[]) => [...new Set(ids)];
  const categories = unique(links.categoryIds).map((entry_id) => ({
    breach_id: breachId,
    entry_id,
  }));
  const activities = unique(links.activityIds).map((activity_id) => ({
    breach_id: breachId,
    activity_id,
  }));
  const processors = unique(links.processorIds).map((processor_id) => ({
    breach_id: breachId,
    processor_id,
  }));
  if (categories.length) await db.insertInto('breach_categories').values(categories).execute();
  if (activities.length) await db.insertInto('breach_activities').values(activities).execute();
  if (processors.length) await db.insertInto('breach_processors').values(processors).execute();
}

export async function insertNotice(
  db: WritableDb,
  breachId: number,
  notice: Required<NoticeInput>,
  stamp: { at: string; actor: string },
) {
  await db
    .insertInto('breach_notices')
    .values({
      breach_id: breachId,
      kind: notice.kind,
      at: new Date(notice.at).toISOString(),
      channel: notice.channel,
      reference: notice.reference,
      note: notice.note,
      delay_reason: notice.delayReason,
      recorded_by: stamp.actor,
      recorded_at: stamp.at,
    })
    .execute();
}

export async function findStoredBreach(db: Db, id: number): Promise<StoredBreach | undefined> {
  const row = await db
    .selectFrom('breaches as b')
    .innerJoin('clients as o', 'o.id', 'b.client_id')
    .leftJoin('processors as p', 'p.id', 'b.at_processor_id')
    .selectAll('b')
    .select(['o.name as client_name', 'o.land', 'p.name as at_processor_name'])
    .where('b.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const categories = await db
    .selectFrom('breach_categories as bc')
    .innerJoin('catalogue_entries as c', 'c.id', 'bc.entry_id')
    .select(['c.id', 'c.name', 'c.kind', 'c.special'])
    .where('bc.breach_id', '=', id)
    .orderBy('c.name')
    .execute();
  const activities = await db
    .selectFrom('breach_activities as ba')
    .innerJoin('activities as a', 'a.id', 'ba.activity_id')
    .select(['a.id', 'a.name'])
    .where('ba.breach_id', '=', id)
    .orderBy('a.name')
    .execute();
  const processors = await db
    .selectFrom('breach_processors as bp')
    .innerJoin('processors as p', 'p.id', 'bp.processor_id')
    .select(['p.id', 'p.name'])
    .where('bp.breach_id', '=', id)
    .orderBy('p.name')
    .execute();
  const notices = await db
    .selectFrom('breach_notices')
    .selectAll()
    .where('breach_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    land: row.land,
    reference: row.reference,
    title: row.title,
    starter: row.starter as BreachStarterKey | null,
    description: row.description,
    occurredFrom: row.occurred_from,
    occurredTo: row.occurred_to,
    awareAt: row.aware_at,
    discoveredBy: row.discovered_by,
    reportedBy: row.reported_by,
    kinds: JSON.parse(row.kinds) as BreachKind[],
    subjects: categories
      .filter((c) => c.kind === 'subject')
      .map((c) => ({ id: c.id, name: c.name })),
    data: categories
      .filter((c) => c.kind === 'data')
      .map((c) => ({ id: c.id, name: c.name, special: c.special })),
    subjectsCount: row.subjects_count,
    recordsCount: row.records_count,
    countNote: row.count_note,
    activities,
    processors,
    systems: row.systems,
    consequences: row.consequences,
    measuresTaken: row.measures_taken,
    measuresProposed: row.measures_proposed,
    atProcessor:
      row.at_processor_id !== null && row.at_processor_name !== null
        ? { id: row.at_processor_id, name: row.at_processor_name }
        : null,
    processorAwareAt: row.processor_aware_at,
    processorNoticeAt: row.processor_notice_at,
    assessment:
      row.risk_level && row.risk_criteria && row.assessed_at
        ? {
            criteria: JSON.parse(row.risk_criteria) as RiskCriteria,
            level: row.risk_level,
            reasons: row.risk_reasons,
            art34Ground: row.art34_ground,
            art34Note: row.art34_note,
            assessedAt: row.assessed_at,
            assessedBy: row.assessed_by,
          }
        : null,
    notices: notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      at: n.at,
      channel: n.channel,
      reference: n.reference,
      note: n.note,
      delayReason: n.delay_reason,
      recordedBy: n.recorded_by,
    })),
    subjectsInformed:
      row.informed_at && row.informed_channel
        ? { at: row.informed_at, channel: row.informed_channel, note: row.informed_note }
        : null,
    state: row.state,
    closedAt: row.closed_at,
    closingNote: row.closing_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface BreachListRow {
  id: number;
  clientId: number;
  clientName: string;
  /** "DP-2026-7": year of awareness and number, stored at creation (migration 0015). */
  reference: string;
  title: string;
  awareAt: string;
  kinds: string;
  state: 'open' | 'closed';
  subjectsCount: number | null;
  level: 'none' | 'risk' | 'high' | null;
  processorAwareAt: string | null;
  processorNoticeAt: string | null;
  informedAt: string | null;
  firstNoticeAt: string | null;
}

/** The list of one client or of every client, with each breach's first notice: one query. */
export async function listBreachRows(
  db: Db,
  filter: { clientId?: number; state: 'open' | 'closed' | 'all' },
): Promise<BreachListRow[]> {
  let query = db
    .selectFrom('breaches as b')
    .innerJoin('clients as o', 'o.id', 'b.client_id')
    .leftJoin('breach_notices as n', (join) =>
      join.onRef('n.breach_id', '=', 'b.id').on('n.kind', '=', 'first'),
    )
    .select([
      'b.id',
      'b.client_id as clientId',
      'b.reference',
      'o.name as clientName',
      'b.title',
      'b.aware_at as awareAt',
      'b.kinds',
      'b.state',
      'b.subjects_count as subjectsCount',
      'b.risk_level as level',
      'b.processor_aware_at as processorAwareAt',
      'b.processor_notice_at as processorNoticeAt',
      'b.informed_at as informedAt',
      'n.at as firstNoticeAt',
    ]);
  if (filter.clientId !== undefined) query = query.where('b.client_id', '=', filter.clientId);
  if (filter.state !== 'all') query = query.where('b.state', '=', filter.state);
  return query.orderBy('b.aware_at', 'desc').orderBy('b.id', 'desc').execute();
}

/** Every breach id of a client, or of the workspace, oldest awareness first (the register). */
export async function breachIds(db: Db, clientId?: number): Promise<number[]> {
  let query = db.selectFrom('breaches').select('id');
  if (clientId !== undefined) query = query.where('client_id', '=', clientId);
  const rows = await query.orderBy('client_id').orderBy('aware_at').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** The client of a breach (attachment owner lookup). */
export async function breachClient(db: Db, id: number): Promise<{ clientId: number } | undefined> {
  const row = await db
    .selectFrom('breaches')
    .select('client_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { clientId: row.client_id };
}

/** Whether any of the catalogue entries is Art. 9 or Art. 10 data. */
export async function anySpecialData(db: Db, ids: readonly number[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const row = await db
    .selectFrom('catalogue_entries')
    .select('id')
    .where('id', 'in', [...ids])
    .where('special', '!=', 'none')
    .executeTakeFirst();
  return row !== undefined;
}
