import { useMutation } from '@tanstack/react-query';
import type { Language, MethodInput, MethodOutput, RetentionRuleValues } from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { useAfterWrite } from '../../app/after-write';

/**
 * A rule, a link or a run changes the register (linked rules count for Art. 30(1)(f)),
 * the home attention (overdue runs) and the side nav badge, so all of them are refreshed.
 */
function useRetentionWrite<I, O>(write: (input: I) => Promise<O>) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: write,
    onSuccess: () => afterWrite('retention', 'activities'),
  });
}

/** Creates the rule when there is none yet (ruleId null), else updates it. */
export const useSaveRule = (clientId: number, ruleId: number | null) =>
  useRetentionWrite((rule: RetentionRuleValues) =>
    ruleId === null
      ? call('retention.create', { clientId, rule })
      : call('retention.update', { id: ruleId, rule }),
  );

export const useDeleteRule = (id: number) =>
  useRetentionWrite(() => call('retention.delete', { id }));

/** The rules an activity links to, as a whole list (linking adds an id, unlinking drops it). */
export const useSetActivityRules = (activityId: number) =>
  useRetentionWrite((ruleIds: number[]) =>
    call('retention.setActivityRules', { activityId, ruleIds }),
  );

export const useRecordRun = () =>
  useRetentionWrite((run: MethodInput<'retention.recordRun'>) => call('retention.recordRun', run));

/** An own period for the workspace-wide catalogue. */
export const useAddPeriod = () =>
  useRetentionWrite((period: MethodInput<'retention.addPeriod'>) =>
    call('retention.addPeriod', period),
  );

/** The deletion concept (.docx), to the save dialog (desktop) or as a download. */
export const useExportConcept = (clientId: number) =>
  useRetentionWrite(async (language: Language) => {
    const file = await call('retention.exportConcept', { clientId, language });
    return { saved: await saveExportedFile(file), filename: file.filename };
  });

type DeletionRun = MethodOutput<'retention.deleteClosedRequests'>;

/**
 * Deletes closed requests whose period has passed, logged as a deletion run. `deleted` is
 * called before the refresh: the refreshed plan no longer shows the part that asked.
 */
export function useDeleteClosedRequests(
  ruleId: number,
  deleted: (run: DeletionRun, requestIds: number[]) => void,
) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: (requestIds: number[]) =>
      call('retention.deleteClosedRequests', { ruleId, requestIds }),
    onSuccess: async (run, requestIds) => {
      deleted(run, requestIds);
      await afterWrite('retention', 'activities', 'requests');
    },
  });
}
