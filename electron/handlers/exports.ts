import { buildRegisterExport } from '../../core/documents/register-export';
import { listStoredActivities } from '../../db/repos/activities.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import { withCompleteness } from './activity-store';
import type { Handlers } from './context';
import { withProcessorRecipients } from './processor-attention';
import { integrityNoteFor } from './integrity';
import { found } from './support';

export const exportHandlers: Pick<Handlers, 'exports.register'> = {
  'exports.register': async ({ orgId, format, language }, ctx) => {
    const db = ctx.workspace().db;
    const organisation = found(await findOrganisation(db, orgId), 'organisation');
    const collator = new Intl.Collator('de', { numeric: true });
    // Archived activities are no longer carried out, so they are not part of the record.
    const activities = (await listStoredActivities(db, orgId))
      .filter((a) => a.status !== 'archived')
      .map((a) => withCompleteness(a, organisation))
      .sort((a, b) => collator.compare(a.number || a.name, b.number || b.name));
    const generatedAt = ctx.now();
    // Documents list linked processors among the recipients; the JSON copy keeps the stored
    // values and names the processor links in a field of their own.
    const exported = format === 'json' ? activities : withProcessorRecipients(activities, language);
    const file = await buildRegisterExport(format, {
      organisation,
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
