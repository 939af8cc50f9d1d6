import type { Client } from '../../../core/api';
import { checkCompleteness } from '../../../core/rules/completeness';
import type { Kysely } from 'kysely';
import type { WritableDb } from '../../../db/repos/audit.repo';
import type { Database } from '../../../db/schema';
import { factsAsCompletenessInput, listActivityFacts } from '../../../db/repos/activity-facts.repo';
import {
  clientsWrittenSince,
  hasUncheckedActivities,
  storeCompleteness,
} from '../../../db/repos/completeness-facts.repo';
import { findClient, listClients } from '../../../db/repos/clients.repo';

// Keeps each activity's stored completeness (migration 0013) equal to what
// core/rules/completeness.ts says of it now, so lists across every client need not run the
// check per activity on each read.

/**
 * Records whose change can change an activity's completeness: the activity itself, the
 * client's controller details, its catalogue entries (Art. 9, third country), the linked
 * processors (their transfers) and the linked deletion rules.
 */
const affecting = ['client', 'activity', 'catalogue', 'processor', 'retention_rule'] as const;

async function checkActivities(
  trx: WritableDb,
  facts: Awaited<ReturnType<typeof listActivityFacts>>,
  clients: Map<number, Client>,
) {
  const checked = facts.flatMap((f) => {
    const client = clients.get(f.clientId);
    if (!client) return [];
    const result = checkCompleteness(factsAsCompletenessInput(f), client);
    return [{ id: f.id, missing: result.missing, complete: result.complete }];
  });
  return storeCompleteness(trx, checked);
}

/** Checks every activity of one client again (after a write that could change them). */
export async function recheckClient(trx: WritableDb, clientId: number): Promise<void> {
  const client = await findClient(trx, clientId);
  if (!client) return;
  await checkActivities(
    trx,
    await listActivityFacts(trx, { clientId }),
    new Map([[clientId, client]]),
  );
}

/**
 * Inside a write's transaction, after its work: the clients whose activities, catalogue,
 * processors, deletion rules or details the audit log shows written since `auditBefore`
 * have their activities checked again. Every write is audited, so none is missed.
 */
export async function recheckAfterWrite(trx: WritableDb, auditBefore: number): Promise<void> {
  for (const clientId of await clientsWrittenSince(trx, auditBefore, affecting)) {
    await recheckClient(trx, clientId);
  }
}

/**
 * Checks the activities never checked: after opening a workspace from before migration 0013,
 * or rows written outside the app. A derived fact, not a user's change, so not audited.
 */
export async function checkUncheckedActivities(db: Kysely<Database>): Promise<number> {
  if (!(await hasUncheckedActivities(db))) return 0;
  return db.transaction().execute(async (trx) => {
    const clients = new Map((await listClients(trx)).map((o) => [o.id, o]));
    return checkActivities(trx, await listActivityFacts(trx, { uncheckedOnly: true }), clients);
  });
}
