import type { AttachmentOwnerType } from '../../core/api';
import { changedValue } from '../dialect';
import type { Db } from './audit.repo';

/**
 * The audit entries of every file ever attached to a record, as [attachment id, entry id]:
 * a removed file is gone from the attachments table, but its record's history still shows
 * it was there. Matched by owner, not by attachment id alone: SQLite gives a new file the id
 * of a removed one, so one attachment id can name two files over time.
 */
export async function attachmentEntriesOf(
  db: Db,
  ownerType: AttachmentOwnerType,
  ownerId: number,
): Promise<{ attachmentId: number; entryId: number }[]> {
  // A create entry holds [null, value], a delete entry [value, null].
  const rows = await db
    .selectFrom('audit_log')
    .select(['entity_id', 'id'])
    .where('entity', '=', 'attachment')
    .where(changedValue('ownerType'), '=', ownerType)
    .where(changedValue('ownerId'), '=', ownerId)
    .execute();
  return rows.map((r) => ({ attachmentId: r.entity_id, entryId: r.id }));
}
