import { buildRegisterExport } from '../../../core/documents/register-export';
import { listStoredActivities } from '../../../db/repos/activities.repo';
import { findClient } from '../../../db/repos/clients.repo';
import { withCompleteness } from './store';
import type { Handlers } from '../context';
import { withProcessorRecipients } from '../processors/attention';
import { integrityNoteFor } from '../system/integrity';
import { found } from '../support';

export const exportHandlers: Pick<Handlers, 'activities.exportRegister'> = {
  'activities.exportRegister': async ({ clientId, format, language }, ctx) => {
    const db = ctx.workspace().db;
    const client = found(await findClient(db, clientId), 'client');
    const collator = new Intl.Collator('de', { numeric: true });
    // Archived activities are no longer carried out, so they are not part of the record.
    const activities = (await listStoredActivities(db, clientId))
      .filter((a) => a.status !== 'archived')
      .map((a) => withCompleteness(a, client))
      .sort((a, b) => collator.compare(a.number || a.name, b.number || b.name));
    const generatedAt = ctx.now();
    // Documents list linked processors among the recipients; the JSON copy keeps the stored
    // values and names the processor links in a field of their own.
    const exported = format === 'json' ? activities : withProcessorRecipients(activities, language);
    const file = await buildRegisterExport(format, {
      client,
      activities: exported,
      language,
      generatedAt,
      integrityNote: await integrityNoteFor(ctx, db, 'register', language, generatedAt),
    });
    return {
      filename: file.filename,
      mimeType: file.mimeType,
      base64: Buffer.from(file.bytes).toString('base64'),
      createdAt: generatedAt.toISOString(),
    };
  },
};
