import type { CatalogueEntry, CatalogueKind, DataSpecial, RecipientType } from '../../core/api';
import { FOLD_CASE_SQL, foldCase } from '../fold-case';
import type { CatalogueEntryRow } from '../schema';
import type { Db, WritableDb } from './audit.repo';

export interface CatalogueRef {
  name: string;
  special?: DataSpecial;
  type?: RecipientType;
  country?: string;
}

const toEntry = (r: CatalogueEntryRow, usage: number): CatalogueEntry => ({
  id: r.id,
  clientId: r.client_id,
  kind: r.kind,
  name: r.name,
  special: r.special,
  recipientType: r.recipient_type,
  country: r.country,
  usage,
});

/**
 * Finds the client's entry of that name (case-insensitive) or creates it, so activities
 * reuse one catalogue. Attributes chosen in the form (Art. 9 marker, recipient type) update
 * the shared entry: they describe the category, not one activity. Returns the entry id and
 * the entry before the change (null when created) for the audit log.
 */
export async function upsertCatalogueEntry(
  db: WritableDb,
  clientId: number,
  kind: CatalogueKind,
  ref: CatalogueRef,
): Promise<{ id: number; before: CatalogueEntry | null; after: CatalogueEntry }> {
  const existing = await db
    .selectFrom('catalogue_entries')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('kind', '=', kind)
    .where((eb) => eb(eb.fn(FOLD_CASE_SQL, ['name']), '=', foldCase(ref.name)))
    .executeTakeFirst();
  const attrs = {
    special: kind === 'data' ? (ref.special ?? existing?.special ?? 'none') : 'none',
    recipient_type:
      kind === 'recipient' ? (ref.type ?? existing?.recipient_type ?? 'external') : null,
    country: kind === 'recipient' ? (ref.country ?? existing?.country ?? '') : '',
  } as const;
  if (!existing) {
    const row = await db
      .insertInto('catalogue_entries')
      .values({ client_id: clientId, kind, name: ref.name, ...attrs })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { id: row.id, before: null, after: toEntry(row, 0) };
  }
  const changed =
    existing.special !== attrs.special ||
    existing.recipient_type !== attrs.recipient_type ||
    existing.country !== attrs.country;
  if (!changed)
    return { id: existing.id, before: toEntry(existing, 0), after: toEntry(existing, 0) };
  const row = await db
    .updateTable('catalogue_entries')
    .set(attrs)
    .where('id', '=', existing.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { id: row.id, before: toEntry(existing, 0), after: toEntry(row, 0) };
}

/**
 * Where an entry is used: activities, requests (their data-subject categories) and deletion
 * rules. A used entry is never deleted, so no link vanishes silently.
 */
function withUsage(db: Db) {
  return db
    .selectFrom('catalogue_entries as c')
    .selectAll('c')
    .select((eb) =>
      eb(
        eb(
          eb
            .selectFrom('activity_categories')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('entry_id', '=', 'c.id'),
          '+',
          eb
            .selectFrom('request_subjects')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('entry_id', '=', 'c.id'),
        ),
        '+',
        eb
          .selectFrom('retention_rule_categories')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('entry_id', '=', 'c.id'),
      ).as('usage'),
    );
}

export async function listCatalogue(
  db: Db,
  clientId: number,
  kind?: CatalogueKind,
): Promise<CatalogueEntry[]> {
  let query = withUsage(db).where('c.client_id', '=', clientId).orderBy('c.kind').orderBy('c.name');
  if (kind) query = query.where('c.kind', '=', kind);
  const rows = await query.execute();
  return rows.map((r) => toEntry(r, Number(r.usage)));
}

export async function findCatalogueEntry(db: Db, id: number): Promise<CatalogueEntry | undefined> {
  const row = await withUsage(db).where('c.id', '=', id).executeTakeFirst();
  return row && toEntry(row, Number(row.usage));
}

export async function catalogueNameTaken(
  db: Db,
  entry: CatalogueEntry,
  name: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('catalogue_entries')
    .select('id')
    .where('client_id', '=', entry.clientId)
    .where('kind', '=', entry.kind)
    .where('id', '!=', entry.id)
    .where((eb) => eb(eb.fn(FOLD_CASE_SQL, ['name']), '=', foldCase(name)))
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateCatalogueEntry(
  db: WritableDb,
  id: number,
  values: { name: string; special?: DataSpecial; recipientType?: RecipientType; country?: string },
): Promise<void> {
  await db
    .updateTable('catalogue_entries')
    .set({
      name: values.name,
      ...(values.special !== undefined ? { special: values.special } : {}),
      ...(values.recipientType !== undefined ? { recipient_type: values.recipientType } : {}),
      ...(values.country !== undefined ? { country: values.country } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteCatalogueEntry(db: WritableDb, id: number): Promise<void> {
  await db.deleteFrom('catalogue_entries').where('id', '=', id).execute();
}

/** How many entries the client's catalogues hold, e.g. to say how many an import added. */
export async function countCatalogue(db: Db, clientId: number): Promise<number> {
  const row = await db
    .selectFrom('catalogue_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('client_id', '=', clientId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
