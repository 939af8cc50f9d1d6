import type { Language } from '../../core/api';
import { integrityNote } from '../../core/i18n/audit-integrity';
import { verifyAuditChain } from '../../db/repos/audit-verify.repo';
import type { Db } from '../../db/repos/audit.repo';
import { todayInBerlin } from '../../core/rules/calendar';

/** The document line for a broken change history, or undefined while it is intact. */
export async function integrityNoteFor(
  db: Db,
  kind: 'register' | 'letter',
  language: Language,
  at: Date,
): Promise<string | undefined> {
  const check = await verifyAuditChain(db);
  return check.intact
    ? undefined
    : integrityNote(kind, language, todayInBerlin(at), check.firstBroken);
}
