import { FOLD_CASE_SQL, foldCase } from '../fold-case';
import type {
  ActivityProcessor,
  ActivityStatus,
  Agreement,
  Processor,
  ProcessorValues,
} from '../../core/api';
import type { Selectable } from 'kysely';
import type { ProcessorTable } from '../tables/processors';
import type { Db, WritableDb } from './audit.repo';

/**
 * A processor as stored; the tracker warnings (core rule) and the parsed draft options
 * are added by the handler.
 */
export type StoredProcessor = Omit<Processor, 'warnings' | 'draftOptions'> & {
  storedDraftOptions: Record<string, unknown>;
};
type Scalars = Omit<ProcessorValues, 'activityIds'>;
type Row = Selectable<ProcessorTable>;

const toRow = (v: Scalars) => ({
  name: v.name,
  street: v.street,
  postcode: v.postcode,
  city: v.city,
  country: v.country,
  country_kind: v.countryKind,
  safeguard: v.safeguard,
  safeguard_note: v.safeguardNote,
  tia_done_on: v.tiaDoneOn,
  tia_reference: v.tiaReference,
  legal_representative: v.legalRepresentative,
  contact_name: v.contactName,
  contact_email: v.contactEmail,
  contact_phone: v.contactPhone,
  service: v.service,
  dpo_name: v.dpoName,
  dpo_email: v.dpoEmail,
  dpo_phone: v.dpoPhone,
  sub_processors: JSON.stringify(v.subProcessors),
  toms: JSON.stringify(v.toms),
});

interface LinkRow {
  processor_id: number;
  id: number;
  name: string;
  status: string;
}

function toProcessor(r: Row, links: LinkRow[]): StoredProcessor {
  return {
    id: r.id,
    clientId: r.client_id,
    name: r.name,
    street: r.street,
    postcode: r.postcode,
    city: r.city,
    country: r.country,
    countryKind: r.country_kind,
    safeguard: r.safeguard,
    safeguardNote: r.safeguard_note,
    tiaDoneOn: r.tia_done_on,
    tiaReference: r.tia_reference,
    legalRepresentative: r.legal_representative,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    service: r.service,
    dpoName: r.dpo_name,
    dpoEmail: r.dpo_email,
    dpoPhone: r.dpo_phone,
    subProcessors: JSON.parse(r.sub_processors) as StoredProcessor['subProcessors'],
    toms: JSON.parse(r.toms) as StoredProcessor['toms'],
    activityIds: links.map((l) => l.id),
    activities: links.map((l) => ({ id: l.id, name: l.name, status: l.status as ActivityStatus })),
    agreement: {
      status: r.avv_status,
      notRequiredReason: r.avv_not_required_reason,
      requestedOn: r.avv_requested_on,
      draftSentOn: r.avv_draft_sent_on,
      signedOn: r.avv_signed_on,
      version: r.avv_version,
      reviewOn: r.avv_review_on,
      endsOn: r.avv_ends_on,
    },
    storedDraftOptions: JSON.parse(r.draft_options) as Record<string, unknown>,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function linkQuery(db: Db) {
  return db
    .selectFrom('processor_activities as pa')
    .innerJoin('activities as a', 'a.id', 'pa.activity_id')
    .select(['pa.processor_id', 'a.id', 'a.name', 'a.status'])
    .orderBy('a.name');
}

/** Every processor of a client (or of the workspace) with its links: two queries. */
export async function listStoredProcessors(db: Db, clientId?: number): Promise<StoredProcessor[]> {
  let rows = db.selectFrom('processors').selectAll().orderBy('name');
  let links = linkQuery(db);
  if (clientId !== undefined) {
    rows = rows.where('client_id', '=', clientId);
    links = links.where('a.client_id', '=', clientId);
  }
  const byProcessor = new Map<number, LinkRow[]>();
  for (const link of await links.execute()) {
    const list = byProcessor.get(link.processor_id) ?? [];
    list.push(link);
    byProcessor.set(link.processor_id, list);
  }
  return (await rows.execute()).map((r) => toProcessor(r, byProcessor.get(r.id) ?? []));
}

export async function findStoredProcessor(
  db: Db,
  id: number,
): Promise<StoredProcessor | undefined> {
  const row = await db.selectFrom('processors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toProcessor(row, await linkQuery(db).where('pa.processor_id', '=', id).execute());
}

export async function processorClient(
  db: Db,
  id: number,
): Promise<{ clientId: number } | undefined> {
  const row = await db
    .selectFrom('processors')
    .select('client_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { clientId: row.client_id };
}

/** Case-insensitive within a client, as the unique index is. */
export async function processorNameTaken(
  db: Db,
  clientId: number,
  name: string,
  exceptId?: number,
) {
  let query = db
    .selectFrom('processors')
    .select('id')
    .where('client_id', '=', clientId)
    .where((eb) => eb(eb.fn(FOLD_CASE_SQL, ['name']), '=', foldCase(name)));
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertProcessor(db: WritableDb, clientId: number, v: Scalars, at: string) {
  const row = await db
    .insertInto('processors')
    .values({
      ...toRow(v),
      client_id: clientId,
      avv_status: 'missing',
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProcessorRow(db: WritableDb, id: number, v: Scalars, at: string) {
  await db
    .updateTable('processors')
    .set({ ...toRow(v), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setAgreementRow(db: WritableDb, id: number, a: Agreement, at: string) {
  await db
    .updateTable('processors')
    .set({
      avv_status: a.status,
      avv_not_required_reason: a.notRequiredReason,
      avv_requested_on: a.requestedOn,
      avv_draft_sent_on: a.draftSentOn,
      avv_signed_on: a.signedOn,
      avv_version: a.version,
      avv_review_on: a.reviewOn,
      avv_ends_on: a.endsOn,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteProcessor(db: WritableDb, id: number): Promise<void> {
  await db.deleteFrom('processors').where('id', '=', id).execute();
}

export async function setProcessorLinks(
  db: WritableDb,
  processorId: number,
  activityIds: number[],
) {
  await db.deleteFrom('processor_activities').where('processor_id', '=', processorId).execute();
  const unique = [...new Set(activityIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('processor_activities')
    .values(unique.map((activity_id) => ({ processor_id: processorId, activity_id })))
    .execute();
}

export async function processorIdsOfActivity(db: Db, activityId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('processor_activities')
    .select('processor_id')
    .where('activity_id', '=', activityId)
    .execute();
  return rows.map((r) => r.processor_id);
}

export async function requestOverdueDays(db: Db, clientId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('avv_settings')
    .select('request_overdue_days')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row?.request_overdue_days;
}

export async function setRequestOverdueDays(db: WritableDb, clientId: number, days: number) {
  await db
    .insertInto('avv_settings')
    .values({ client_id: clientId, request_overdue_days: days })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ request_overdue_days: days }))
    .execute();
}

export async function saveDraftOptions(db: WritableDb, id: number, options: object) {
  await db
    .updateTable('processors')
    .set({ draft_options: JSON.stringify(options) })
    .where('id', '=', id)
    .execute();
}

/**
 * The processors linked to activities, by activity id, with what their third-country
 * transfers need: of one activity, one client or the whole workspace (like the linked
 * deletion rules). Used by the register, the completeness check and the activity page.
 */
export async function linkedProcessorsByActivity(
  db: Db,
  filter: { clientId?: number; activityId?: number } = {},
): Promise<Map<number, ActivityProcessor[]>> {
  let query = db
    .selectFrom('processor_activities as pa')
    .innerJoin('processors as p', 'p.id', 'pa.processor_id')
    .select([
      'pa.activity_id',
      'p.id',
      'p.name',
      'p.country',
      'p.country_kind',
      'p.safeguard',
      'p.safeguard_note',
      'p.tia_done_on',
      'p.tia_reference',
      'p.sub_processors',
    ])
    .orderBy('p.name');
  if (filter.clientId !== undefined) query = query.where('p.client_id', '=', filter.clientId);
  if (filter.activityId !== undefined)
    query = query.where('pa.activity_id', '=', filter.activityId);
  const map = new Map<number, ActivityProcessor[]>();
  for (const r of await query.execute()) {
    const subs = JSON.parse(r.sub_processors) as StoredProcessor['subProcessors'];
    const list = map.get(r.activity_id) ?? [];
    list.push({
      id: r.id,
      name: r.name,
      country: r.country,
      countryKind: r.country_kind,
      safeguard: r.safeguard,
      safeguardNote: r.safeguard_note,
      tiaDoneOn: r.tia_done_on,
      tiaReference: r.tia_reference,
      subProcessors: subs.map((s) => ({
        name: s.name,
        country: s.country,
        countryKind: s.countryKind,
        safeguard: s.safeguard,
        safeguardNote: s.safeguardNote,
      })),
    });
    map.set(r.activity_id, list);
  }
  return map;
}
