import type {
  Activity,
  ActivityStatus,
  ActivityValues,
  DataSpecial,
  RecipientType,
  TemplateField,
} from '../../core/api';
import type { ActivityRow } from '../schema';
import type { Db, WritableDb } from './audit.repo';
import { linkedProcessorsByActivity } from './processors.repo';
import { linkedRulesByActivity } from './retention.repo';

/** An activity as stored; the completeness check is added by the handler (core rule). */
export type StoredActivity = Omit<Activity, 'completeness'>;
type Scalars = Omit<ActivityValues, 'subjects' | 'dataCategories' | 'recipients'>;

/** Where an activity's content came from: a starter template, and what is unconfirmed of it. */
export interface TemplateOrigin {
  templateKey: string | null;
  unconfirmed: TemplateField[];
}

const toRow = (v: Scalars) => ({
  number: v.number,
  name: v.name,
  purposes: v.purposes,
  legal_bases: JSON.stringify(v.legalBases),
  national_norm: v.nationalNorm,
  joint_controllers: v.jointControllers,
  transfers: JSON.stringify(v.transfers),
  retention: v.retention,
  toms: v.toms,
  toms_reference: v.tomsReference,
  department: v.department,
  contact_name: v.contactName,
  contact_phone: v.contactPhone,
  contact_email: v.contactEmail,
  it_systems: v.itSystems,
  data_source: v.dataSource,
  dpia_status: v.dpiaStatus,
  dpia_reason: v.dpiaReason,
  status: v.status,
  next_review: v.nextReview,
});

interface LinkRow {
  activity_id: number;
  id: number;
  kind: 'subject' | 'data' | 'recipient';
  name: string;
  special: DataSpecial;
  recipient_type: RecipientType | null;
  country: string;
}

function toActivity(
  r: ActivityRow,
  links: LinkRow[],
  retentionRules: StoredActivity['retentionRules'] = [],
  processors: StoredActivity['processors'] = [],
): StoredActivity {
  return {
    id: r.id,
    clientId: r.client_id,
    number: r.number,
    name: r.name,
    purposes: r.purposes,
    legalBases: JSON.parse(r.legal_bases) as string[],
    nationalNorm: r.national_norm,
    jointControllers: r.joint_controllers,
    subjects: links.filter((l) => l.kind === 'subject').map((l) => ({ id: l.id, name: l.name })),
    dataCategories: links
      .filter((l) => l.kind === 'data')
      .map((l) => ({ id: l.id, name: l.name, special: l.special })),
    recipients: links
      .filter((l) => l.kind === 'recipient')
      .map((l) => ({
        id: l.id,
        name: l.name,
        type: l.recipient_type ?? 'external',
        country: l.country,
      })),
    transfers: JSON.parse(r.transfers) as StoredActivity['transfers'],
    retention: r.retention,
    toms: r.toms,
    tomsReference: r.toms_reference,
    department: r.department,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    itSystems: r.it_systems,
    dataSource: r.data_source,
    dpiaStatus: r.dpia_status as StoredActivity['dpiaStatus'],
    dpiaReason: r.dpia_reason,
    status: r.status as ActivityStatus,
    nextReview: r.next_review,
    templateKey: r.template_key,
    unconfirmed: JSON.parse(r.unconfirmed) as TemplateField[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    retentionRules,
    processors,
  };
}

function linkQuery(db: Db) {
  return db
    .selectFrom('activity_categories as ac')
    .innerJoin('catalogue_entries as c', 'c.id', 'ac.entry_id')
    .select([
      'ac.activity_id',
      'c.id',
      'c.kind',
      'c.name',
      'c.special',
      'c.recipient_type',
      'c.country',
    ])
    .orderBy('ac.activity_id')
    .orderBy('ac.position');
}

/**
 * Every activity of a client (or of the whole workspace, when clientId is omitted) with its
 * categories: two queries, however many activities.
 */
export async function listStoredActivities(db: Db, clientId?: number): Promise<StoredActivity[]> {
  // By id explicitly: an index on client_id may otherwise decide the order.
  let rows = db.selectFrom('activities').selectAll().orderBy('id');
  let links = linkQuery(db);
  if (clientId !== undefined) {
    rows = rows.where('client_id', '=', clientId);
    links = links
      .innerJoin('activities as a', 'a.id', 'ac.activity_id')
      .where('a.client_id', '=', clientId);
  }
  const byActivity = new Map<number, LinkRow[]>();
  for (const link of await links.execute()) {
    const list = byActivity.get(link.activity_id) ?? [];
    list.push(link);
    byActivity.set(link.activity_id, list);
  }
  const filter = clientId === undefined ? {} : { clientId };
  const rules = await linkedRulesByActivity(db, filter);
  const processors = await linkedProcessorsByActivity(db, filter);
  return (await rows.execute()).map((r) =>
    toActivity(r, byActivity.get(r.id) ?? [], rules.get(r.id) ?? [], processors.get(r.id) ?? []),
  );
}

export async function findStoredActivity(db: Db, id: number): Promise<StoredActivity | undefined> {
  const row = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const links = await linkQuery(db).where('ac.activity_id', '=', id).execute();
  const rules = await linkedRulesByActivity(db, { activityId: id });
  const processors = await linkedProcessorsByActivity(db, { activityId: id });
  return toActivity(row, links, rules.get(id) ?? [], processors.get(id) ?? []);
}

export async function insertActivity(
  db: WritableDb,
  clientId: number,
  v: Scalars,
  at: string,
  origin: TemplateOrigin = { templateKey: null, unconfirmed: [] },
): Promise<number> {
  const row = await db
    .insertInto('activities')
    .values({
      ...toRow(v),
      template_key: origin.templateKey,
      unconfirmed: JSON.stringify(origin.unconfirmed),
      client_id: clientId,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateActivityRow(
  db: WritableDb,
  id: number,
  v: Scalars,
  unconfirmed: TemplateField[],
  at: string,
): Promise<void> {
  await db
    .updateTable('activities')
    .set({ ...toRow(v), unconfirmed: JSON.stringify(unconfirmed), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setUnconfirmed(
  db: WritableDb,
  id: number,
  unconfirmed: TemplateField[],
  at: string,
): Promise<void> {
  await db
    .updateTable('activities')
    .set({ unconfirmed: JSON.stringify(unconfirmed), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setActivityStatus(
  db: WritableDb,
  id: number,
  status: ActivityStatus,
  at: string,
) {
  await db.updateTable('activities').set({ status, updated_at: at }).where('id', '=', id).execute();
}

/** Replaces the activity's catalogue links, keeping the order the user chose. */
export async function setActivityCategories(
  db: WritableDb,
  activityId: number,
  entryIds: number[],
): Promise<void> {
  await db.deleteFrom('activity_categories').where('activity_id', '=', activityId).execute();
  const unique = [...new Set(entryIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('activity_categories')
    .values(unique.map((entry_id, position) => ({ activity_id: activityId, entry_id, position })))
    .execute();
}

export async function deleteActivity(db: WritableDb, id: number): Promise<void> {
  await db.deleteFrom('activities').where('id', '=', id).execute();
}
