import {
  buildSuppressionCsv,
  suppressionFilename,
  type SuppressionEntry,
} from '../../../core/documents/consent-suppression';
import { todayInBerlin } from '../../../core/rules/calendar';
import { suppressedChannels } from '../../../core/rules/consent-channels';
import { findStoredPerson, suppressedPersonIds } from '../../../db/repos/consent-persons.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { Handlers } from '../context';
import { found } from '../support';

// The suppression list as CSV. Building it changes nothing.

export const consentExportHandlers: Pick<Handlers, 'consent.exportSuppression'> = {
  'consent.exportSuppression': async ({ clientId, language }, ctx) => {
    const db = ctx.workspace().db;
    const client = found(await findClient(db, clientId), 'client');
    const entries: SuppressionEntry[] = [];
    for (const id of await suppressedPersonIds(db, clientId)) {
      const p = await findStoredPerson(db, id);
      if (!p) continue;
      const channels = suppressedChannels(p.events);
      const stops = p.events.filter((e) => e.kind === 'withdrawn' || e.kind === 'objected');
      const last = stops.at(-1);
      if (channels.length === 0 || !last) continue;
      entries.push({
        name: p.name,
        email: p.email,
        phone: p.phone,
        reference: p.reference,
        channels,
        since: stops[0]!.at,
        reason: last.kind === 'objected' ? 'objected' : 'withdrawn',
      });
    }
    const csv = buildSuppressionCsv(client.name, entries, language);
    const now = ctx.now();
    return {
      filename: suppressionFilename(client.name, language, todayInBerlin(now)),
      mimeType: 'text/csv',
      base64: Buffer.from(csv, 'utf8').toString('base64'),
      createdAt: now.toISOString(),
    };
  },
};
