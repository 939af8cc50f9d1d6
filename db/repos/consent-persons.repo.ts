import type { Selectable } from 'kysely';
import { FOLD_CASE_SQL, foldCase } from '../fold-case';
import type { AdChannel, ConsentEvent, ConsentPersonValues, PersonSummary } from '../../core/api';
import { adChannels } from '../../core/api/consent-schemas';
import { contactKeys, type ContactKeys } from '../../core/rules/consent-match';
import type { ConsentPersonTable } from '../tables/consent';
import type { Db } from './audit.repo';
import type { WritableDb } from './audit.repo';
import { listEvents } from './consent-events.repo';

// The persons of a client and their consent events. Only kysely's builder.

export interface StoredPerson extends ConsentPersonValues {
  id: number;
  clientId: number;
  clientName: string;
  events: ConsentEvent[];
  createdAt: string;
  updatedAt: string;
}

/** What the channel rules decided at the last write: kept for counting and filtering. */
export interface PersonCache {
  allowed: readonly AdChannel[];
  suppressed: boolean;
  keepUntil: string | null;
}

type Row = Selectable<ConsentPersonTable>;
const flag = (b: boolean) => (b ? 1 : 0);

export const personToRow = (v: ConsentPersonValues) => {
  const keys = contactKeys(v);
  return {
    name: v.name,
    email: v.email,
    phone: v.phone,
    reference: v.reference,
    email_key: keys.email,
    phone_key: keys.phone,
    reference_key: keys.reference,
    business: flag(v.business),
    presumed_reason: v.presumedConsentReason,
    customer_sale_on: v.customerSaleOn,
    customer_sale_note: v.customerSaleNote,
    similar_goods: v.similarGoods,
    notice_at_collection: flag(v.noticeAtCollection),
    notice_in_every_mail: flag(v.noticeInEveryMail),
  };
};

export const cacheToRow = (c: PersonCache) => ({
  allowed_email: flag(c.allowed.includes('email')),
  allowed_phone: flag(c.allowed.includes('phone')),
  allowed_sms: flag(c.allowed.includes('sms')),
  allowed_fax: flag(c.allowed.includes('fax')),
  allowed_post: flag(c.allowed.includes('post')),
  suppressed: flag(c.suppressed),
  keep_until: c.keepUntil,
});

export async function insertPerson(
  db: WritableDb,
  clientId: number,
  v: ConsentPersonValues,
  cache: PersonCache,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('consent_persons')
    .values({
      ...personToRow(v),
      ...cacheToRow(cache),
      client_id: clientId,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePersonRow(
  db: WritableDb,
  id: number,
  patch: Partial<ReturnType<typeof personToRow> & ReturnType<typeof cacheToRow>>,
  at: string,
) {
  await db
    .updateTable('consent_persons')
    .set({ ...patch, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deletePersonRow(db: WritableDb, id: number) {
  await db.deleteFrom('consent_persons').where('id', '=', id).execute();
}

const toValues = (r: Row): ConsentPersonValues => ({
  name: r.name,
  email: r.email,
  phone: r.phone,
  reference: r.reference,
  business: r.business === 1,
  presumedConsentReason: r.presumed_reason,
  customerSaleOn: r.customer_sale_on,
  customerSaleNote: r.customer_sale_note,
  similarGoods: r.similar_goods,
  noticeAtCollection: r.notice_at_collection === 1,
  noticeInEveryMail: r.notice_in_every_mail === 1,
});

export async function findStoredPerson(db: Db, id: number): Promise<StoredPerson | undefined> {
  const row = await db
    .selectFrom('consent_persons as p')
    .innerJoin('clients as o', 'o.id', 'p.client_id')
    .selectAll('p')
    .select('o.name as client_name')
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...toValues(row),
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    events: await listEvents(db, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Another person of the client with this e-mail address (the address is unique). */
export async function personWithEmail(db: Db, clientId: number, email: string, exceptId?: number) {
  const key = contactKeys({ email, phone: '', reference: '' }).email;
  if (!key) return undefined;
  let query = db
    .selectFrom('consent_persons')
    .select('id')
    .where('client_id', '=', clientId)
    .where('email_key', '=', key);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

/** The persons of a client that one of the keys matches (empty keys match nothing). */
export async function matchPersons(db: Db, clientId: number, keys: ContactKeys): Promise<number[]> {
  if (!keys.email && !keys.phone && !keys.reference) return [];
  const rows = await db
    .selectFrom('consent_persons')
    .select('id')
    .where('client_id', '=', clientId)
    .where((eb) =>
      eb.or([
        ...(keys.email ? [eb('email_key', '=', keys.email)] : []),
        ...(keys.phone ? [eb('phone_key', '=', keys.phone)] : []),
        ...(keys.reference ? [eb('reference_key', '=', keys.reference)] : []),
      ]),
    )
    .orderBy('name')
    .execute();
  return rows.map((r) => r.id);
}

type ListFilter = {
  clientId: number;
  search: string;
  channel: AdChannel | null;
  status: 'all' | 'allowed' | 'not_allowed' | 'suppressed';
  limit: number;
  offset: number;
};

const allowedColumn = {
  email: 'allowed_email',
  phone: 'allowed_phone',
  sms: 'allowed_sms',
  fax: 'allowed_fax',
  post: 'allowed_post',
} as const;

export async function listPersonRows(db: Db, f: ListFilter) {
  let query = db.selectFrom('consent_persons').where('client_id', '=', f.clientId);
  if (f.search) {
    // LIKE's own wildcards are taken out rather than escaped: no dialect's ESCAPE needed.
    const like = `%${foldCase(f.search).replace(/[%_]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn(FOLD_CASE_SQL, ['name']), 'like', like),
        eb('email_key', 'like', like),
        eb('phone', 'like', like),
        eb('reference_key', 'like', like),
      ]),
    );
  }
  if (f.status === 'suppressed') query = query.where('suppressed', '=', 1);
  else if (f.status !== 'all' && f.channel) {
    query = query.where(allowedColumn[f.channel], '=', f.status === 'allowed' ? 1 : 0);
  }
  const total = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('name')
    .orderBy('id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return {
    total: Number(total.n),
    rows: rows.map((r): PersonSummary => ({
      id: r.id,
      name: r.name,
      email: r.email,
      phone: r.phone,
      reference: r.reference,
      business: r.business === 1,
      allowed: adChannels.filter((c) => r[allowedColumn[c]] === 1),
      suppressed: r.suppressed === 1,
      keepUntil: r.keep_until,
    })),
  };
}

/** Per channel how many persons may be advertised to now: one aggregate over the client. */
export async function countChannels(db: Db, clientId: number) {
  const row = await db
    .selectFrom('consent_persons')
    .select((eb) => [
      eb.fn.countAll<number>().as('persons'),
      eb.fn.coalesce(eb.fn.sum<number>('suppressed'), eb.val(0)).as('suppressed'),
      ...adChannels.map((c) =>
        eb.fn.coalesce(eb.fn.sum<number>(allowedColumn[c]), eb.val(0)).as(c),
      ),
    ])
    .where('client_id', '=', clientId)
    .executeTakeFirstOrThrow();
  return {
    persons: Number(row.persons),
    suppressed: Number(row.suppressed),
    channels: adChannels.map((channel) => ({ channel, allowed: Number(row[channel]) })),
  };
}

/** The client of a person (attachment owner lookup). */
export async function personClient(db: Db, id: number): Promise<{ clientId: number } | undefined> {
  const row = await db
    .selectFrom('consent_persons')
    .select('client_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { clientId: row.client_id };
}

/** The suppressed persons of a client with their events, for the suppression list. */
export async function suppressedPersonIds(db: Db, clientId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('consent_persons')
    .select('id')
    .where('client_id', '=', clientId)
    .where('suppressed', '=', 1)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
