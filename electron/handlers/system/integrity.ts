import type { Language } from '../../../core/api';
import { integrityNote } from '../../../core/i18n/audit-integrity';
import { todayInBerlin } from '../../../core/rules/calendar';
import { verifyAuditChainAfter, type ChainPosition } from '../../../db/repos/audit-verify.repo';
import type { Db } from '../../../db/repos/audit.repo';
import type { HandlerContext } from '../context';

interface CheckedChain extends ChainPosition {
  /** SQLite's data_version when the chain was checked: it changes when another process writes. */
  dataVersion: number;
  firstBroken: number | null;
}

/** Per open workspace connection: how far its chain has been checked. */
const checked = new WeakMap<object, CheckedChain>();

/**
 * Whether the change history is intact, for the note on documents. A full walk of tens of
 * thousands of entries takes seconds, and every letter and export asks: so the entries
 * already checked are not walked again while only this app has written to the file (its own
 * writes extend the chain through the same code). When any other process has written to the
 * file since (SQLite's data_version changed), the whole chain is walked again.
 */
async function firstBrokenEntry(ctx: HandlerContext, db: Db): Promise<number | null> {
  const { sqlite } = ctx.workspace();
  const dataVersion = sqlite.pragma('data_version', { simple: true }) as number;
  const before = checked.get(sqlite);
  const usable = before && before.dataVersion === dataVersion && (await stillThere(db, before));
  const start = usable ? before : null;
  if (start && start.firstBroken !== null) return start.firstBroken;
  const walk = await verifyAuditChainAfter(db, start);
  // Inside a transaction the walk may have read entries that are rolled back later: it is
  // used, not remembered.
  if (!db.isTransaction) {
    const { lastId, lastHash, firstBroken } = walk;
    checked.set(sqlite, { dataVersion, lastId, lastHash, firstBroken });
  }
  return walk.firstBroken;
}

/** The entry a check stopped at is still there with the same hash (nothing rolled back). */
async function stillThere(db: Db, position: ChainPosition): Promise<boolean> {
  if (position.lastId === 0) return true;
  const row = await db
    .selectFrom('audit_log')
    .select('hash')
    .where('id', '=', position.lastId)
    .executeTakeFirst();
  return row?.hash === position.lastHash;
}

/** The document line for a broken change history, or undefined while it is intact. */
export async function integrityNoteFor(
  ctx: HandlerContext,
  db: Db,
  kind: 'register' | 'letter',
  language: Language,
  at: Date,
): Promise<string | undefined> {
  const firstBroken = await firstBrokenEntry(ctx, db);
  return firstBroken === null
    ? undefined
    : integrityNote(kind, language, todayInBerlin(at), firstBroken);
}
