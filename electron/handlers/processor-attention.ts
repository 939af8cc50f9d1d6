import type { Activity, AttentionItem, Language } from '../../core/api';
import { avvLabels } from '../../core/i18n/avv-labels';
import { listStoredProcessors } from '../../db/repos/processors.repo';
import type { AttentionProvider } from './attention';
import { warningContext, withWarnings } from './processor-store';

/** The client's home screen: one item per processor warning (missing AVV first by rank). */
export const processorAttention: AttentionProvider = async (ctx, orgId) => {
  const db = ctx.workspace().db;
  const w = await warningContext(db, ctx, orgId);
  const items: AttentionItem[] = [];
  for (const stored of await listStoredProcessors(db, orgId)) {
    const p = withWarnings(stored, w);
    for (const warning of p.warnings) {
      items.push({
        kind: warning.kind,
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
