import type { AttachmentMeta, AttachmentOwnerType } from '../../core/api';
import type { AttachmentTable } from '../schema';
import type { Db, WritableDb } from './audit.repo';

const metaColumns = [
  'id',
  'client_id',
  'owner_type',
  'owner_id',
  'role',
  'name',
  'mime_type',
  'size',
  'sha256',
  'created_at',
] as const;

type MetaRow = Pick<AttachmentTable, Exclude<(typeof metaColumns)[number], 'id'>> & { id: number };

const toMeta = (r: MetaRow): AttachmentMeta => ({
  id: r.id,
  clientId: r.client_id,
  ownerType: r.owner_type as AttachmentOwnerType,
  ownerId: r.owner_id,
  role: r.role,
  name: r.name,
  mimeType: r.mime_type,
  size: r.size,
  sha256: r.sha256,
  createdAt: r.created_at,
});

export async function insertAttachment(
  db: WritableDb,
  a: Omit<AttachmentMeta, 'id'> & { data: Uint8Array },
): Promise<AttachmentMeta> {
  const row = await db
    .insertInto('attachments')
    .values({
      client_id: a.clientId,
      owner_type: a.ownerType,
      owner_id: a.ownerId,
      role: a.role,
      name: a.name,
      mime_type: a.mimeType,
      size: a.size,
      sha256: a.sha256,
      data: a.data,
      created_at: a.createdAt,
    })
    .returning(metaColumns)
    .executeTakeFirstOrThrow();
  return toMeta(row);
}

/** Metadata only: the content is read when a file is opened, never for lists. */
export async function listAttachments(db: Db, ownerType: AttachmentOwnerType, ownerId: number) {
  const rows = await db
    .selectFrom('attachments')
    .select(metaColumns)
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toMeta);
}

export async function findAttachment(db: Db, id: number) {
  const row = await db
    .selectFrom('attachments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...toMeta(row), data: row.data };
}

export async function findAttachmentMeta(db: Db, id: number) {
  const row = await db
    .selectFrom('attachments')
    .select(metaColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMeta(row);
}

export async function deleteAttachment(db: WritableDb, id: number): Promise<void> {
  await db.deleteFrom('attachments').where('id', '=', id).execute();
}

/** For a module deleting its record: its files go in the same transaction. Returns their ids. */
export async function deleteAttachmentsOf(
  db: WritableDb,
  ownerType: AttachmentOwnerType,
  ownerId: number,
): Promise<number[]> {
  const rows = await db
    .deleteFrom('attachments')
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** How many files of one role a record holds (e.g. the AVV drafts, to number the next). */
export async function countAttachments(
  db: Db,
  ownerType: AttachmentOwnerType,
  ownerId: number,
  role: string,
): Promise<number> {
  const row = await db
    .selectFrom('attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .where('role', '=', role)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
