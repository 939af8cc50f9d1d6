import type { Activity, Language } from '../../../core/api';
import { avvLabels } from '../../../core/i18n/avv-labels';
import { DEFAULT_REQUEST_OVERDUE_DAYS, trackerWarnings } from '../../../core/rules/avv-tracker';
import { todayInBerlin } from '../../../core/rules/calendar';
import {
  listWarningCandidates,
  requestOverdueDaysByClient,
} from '../../../db/repos/processor-tracker.repo';
import type { AttentionProvider, ClientAttentionItem } from '../home/attention';

/** The client's home screen: one item per processor warning (missing AVV first by rank). */
export const processorAttention: AttentionProvider = async (ctx, scope) => {
  const db = ctx.workspace().db;
  const today = todayInBerlin(ctx.now());
  const overdueDays = await requestOverdueDaysByClient(db);
  const items: ClientAttentionItem[] = [];
  for (const p of await listWarningCandidates(db, { clientId: scope.clientId, today })) {
    const days = overdueDays.get(p.clientId) ?? DEFAULT_REQUEST_OVERDUE_DAYS;
    for (const warning of trackerWarnings(
      { ...p.agreement, activities: p.activities },
      today,
      days,
    )) {
      items.push({
        kind: warning.kind,
        clientId: p.clientId,
        entity: 'processor',
        entityId: p.id,
        title: p.name,
        date: warning.date,
        details: [...warning.activities, ...warning.draftActivities],
        ...(warning.kind === 'avv_missing' ? { drafts: warning.draftActivities } : {}),
      });
    }
  }
  return items;
};

/**
 * The register lists each activity's linked processors as external recipients (or
 * third-country ones), so the register and the AVV tracker never disagree. A recipient
 * the user already typed under the same name is not repeated.
 */
export function withProcessorRecipients<
  A extends Pick<Activity, 'id' | 'recipients' | 'processors'>,
>(activities: A[], language: Language): A[] {
  const mark = avvLabels[language].processorRecipient;
  return activities.map((a) => {
    const processors = a.processors ?? [];
    const known = new Set(a.recipients.map((r) => r.name.toLocaleLowerCase('de')));
    const added = processors
      .filter((p) => !known.has(p.name.toLocaleLowerCase('de')))
      .map((p, i) => ({
        id: -(a.id * 1000 + i + 1),
        name: `${p.name} (${mark})`,
        type: p.countryKind === 'eu_eea' ? ('external' as const) : ('third_country' as const),
        country: p.countryKind === 'eu_eea' ? '' : p.country,
      }));
    return added.length > 0 ? { ...a, recipients: [...a.recipients, ...added] } : a;
  });
}
