import type { Organisation } from '../../core/api';
import { checkCompleteness } from '../../core/rules/completeness';
import type { Kysely } from 'kysely';
import type { WritableDb } from '../../db/repos/audit.repo';
import type { Database } from '../../db/schema';
import { factsAsCompletenessInput, listActivityFacts } from '../../db/repos/activity-facts.repo';
import {
  clientsWrittenSince,
  hasUncheckedActivities,
  storeCompleteness,
} from '../../db/repos/completeness-facts.repo';
import { findOrganisation, listOrganisations } from '../../db/repos/organisations.repo';

// Keeps each activity's stored completeness (migration 0013) equal to what
// core/rules/completeness.ts says of it now, so lists across every client need not run the
// check per activity on each read.

/**
 * Records whose change can change an activity's completeness: the activity itself, the
 * client's controller details, its catalogue entries (Art. 9, third country), the linked
 * processors (their transfers) and the linked deletion rules.
 */
const affecting = ['organisation', 'activity', 'catalogue', 'processor', 'retention_rule'] as const;

async function checkActivities(
  trx: WritableDb,
  facts: Awaited<ReturnType<typeof listActivityFacts>>,
  orgs: Map<number, Organisation>,
) {
  const checked = facts.flatMap((f) => {
    const org = orgs.get(f.orgId);
    if (!org) return [];
    const result = checkCompleteness(factsAsCompletenessInput(f), org);
    return [{ id: f.id, missing: result.missing, complete: result.complete }];
  });
  return storeCompleteness(trx, checked);
}

/** Checks every activity of one client again (after a write that could change them). */
export async function recheckClient(trx: WritableDb, orgId: number): Promise<void> {
  const org = await findOrganisation(trx, orgId);
  if (!org) return;
  await checkActivities(trx, await listActivityFacts(trx, { orgId }), new Map([[orgId, org]]));
}

/**
 * Inside a write's transaction, after its work: the clients whose activities, catalogue,
 * processors, deletion rules or details the audit log shows written since `auditBefore`
 * have their activities checked again. Every write is audited, so none is missed.
 */
export async function recheckAfterWrite(trx: WritableDb, auditBefore: number): Promise<void> {
  for (const orgId of await clientsWrittenSince(trx, auditBefore, affecting)) {
    await recheckClient(trx, orgId);
  }
}

/**
 * Checks the activities never checked: after opening a workspace from before migration 0013,
 * or rows written outside the app. A derived fact, not a user's change, so not audited.
 */
export async function checkUncheckedActivities(db: Kysely<Database>): Promise<number> {
  if (!(await hasUncheckedActivities(db))) return 0;
  return db.transaction().execute(async (trx) => {
    const orgs = new Map((await listOrganisations(trx)).map((o) => [o.id, o]));
    return checkActivities(trx, await listActivityFacts(trx, { uncheckedOnly: true }), orgs);
  });
}
