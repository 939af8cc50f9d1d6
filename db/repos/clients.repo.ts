import type { Land, Client, ClientInput } from '../../core/api';
import { FOLD_CASE_SQL, foldCase } from '../fold-case';
import type { ClientRow } from '../schema';
import type { Db, WritableDb } from './audit.repo';

type Values = Required<Omit<ClientInput, 'land'>> & { land: Land };

export const toClient = (r: ClientRow): Client => ({
  id: r.id,
  name: r.name,
  street: r.street,
  postcode: r.postcode,
  city: r.city,
  country: r.country,
  email: r.email,
  phone: r.phone,
  website: r.website,
  legalRepresentative: r.legal_representative,
  euRepresentative: r.eu_representative,
  dpoName: r.dpo_name,
  dpoEmail: r.dpo_email,
  dpoPhone: r.dpo_phone,
  dpoAddress: r.dpo_address,
  land: r.land,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (v: Values) => ({
  name: v.name,
  street: v.street,
  postcode: v.postcode,
  city: v.city,
  country: v.country,
  email: v.email,
  phone: v.phone,
  website: v.website,
  legal_representative: v.legalRepresentative,
  eu_representative: v.euRepresentative,
  dpo_name: v.dpoName,
  dpo_email: v.dpoEmail,
  dpo_phone: v.dpoPhone,
  dpo_address: v.dpoAddress,
  land: v.land,
});

export async function findClient(db: Db, id: number): Promise<Client | undefined> {
  const row = await db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toClient(row);
}

export async function listClients(db: Db): Promise<Client[]> {
  const rows = await db.selectFrom('clients').selectAll().orderBy('name').execute();
  return rows.map(toClient);
}

/** Case-insensitive, as the unique index is; `exceptId` lets a client keep its own name. */
export async function clientNameTaken(db: Db, name: string, exceptId?: number): Promise<boolean> {
  let query = db
    .selectFrom('clients')
    .select('id')
    .where((eb) => eb(eb.fn(FOLD_CASE_SQL, ['name']), '=', foldCase(name)));
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertClient(db: WritableDb, v: Values, at: string): Promise<Client> {
  const row = await db
    .insertInto('clients')
    .values({ ...toRow(v), created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toClient(row);
}

export async function updateClient(
  db: WritableDb,
  id: number,
  v: Values,
  at: string,
): Promise<Client> {
  const row = await db
    .updateTable('clients')
    .set({ ...toRow(v), updated_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toClient(row);
}

export async function deleteClient(db: WritableDb, id: number): Promise<void> {
  // Links reference catalogue entries with RESTRICT, so the activities (and their links)
  // must go before the cascade reaches the catalogue.
  await db.deleteFrom('activities').where('client_id', '=', id).execute();
  await db.deleteFrom('clients').where('id', '=', id).execute();
}

type OwnedTable =
  | 'activities'
  | 'catalogue_entries'
  | 'processors'
  | 'requests'
  | 'retention_rules'
  | 'attachments';

/** What deleting a client takes with it (the cascades in the migrations), per kind. */
export async function countClientContents(db: Db, id: number) {
  const count = async (table: OwnedTable) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('client_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    activities: await count('activities'),
    catalogueEntries: await count('catalogue_entries'),
    processors: await count('processors'),
    requests: await count('requests'),
    retentionRules: await count('retention_rules'),
    attachments: await count('attachments'),
  };
}
