import type { DeletionRun } from '../../../core/api';
import { recordAudit, type WritableDb } from '../../../db/repos/audit.repo';
import { insertRun } from '../../../db/repos/retention-log.repo';
import type { Stamp } from '../support';

/**
 * Writes a run into the deletion log (Löschprotokoll) with its history entry: a run logged by
 * hand and one logged when the plan deletes closed requests read the same way.
 */
export async function logDeletionRun(
  trx: WritableDb,
  stamp: Stamp,
  values: Omit<DeletionRun, 'id' | 'createdAt'>,
  label: string,
): Promise<DeletionRun> {
  const run = await insertRun(trx, values, stamp.at);
  const { id: _id, createdAt: _c, ...logged } = run;
  await recordAudit(trx, {
    ...stamp,
    clientId: values.clientId,
    entity: 'deletion_run',
    entityId: run.id,
    action: 'create',
    before: null,
    after: logged,
    label,
  });
  return run;
}
