import { dateInBerlin } from '../../../core/rules/calendar';
import { activitiesAwaitingDpia } from '../../../db/repos/dpia.repo';
import type { AttentionProvider } from '../home/attention';

/**
 * A current activity whose screening asks for a DPIA (Art. 35), until a DPIA is recorded;
 * details: the recorded result (needed, needed_dsk, needed_art35_3), date: the screening day.
 */
export const dpiaAttention: AttentionProvider = async (ctx, scope) => {
  const rows = await activitiesAwaitingDpia(ctx.workspace().db, scope.clientId);
  return rows.map((row) => ({
    kind: 'dpia_needed' as const,
    clientId: row.clientId,
    entity: 'activity' as const,
    entityId: row.id,
    title: row.name,
    date: row.screened_at ? dateInBerlin(row.screened_at) : null,
    details: row.result ? [row.result] : [],
  }));
};
