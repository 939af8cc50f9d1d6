import { buildDsarLetter } from '../../core/documents/dsar-letters';
import { retentionText } from '../../core/documents/register-retention';
import { listStoredActivities } from '../../db/repos/activities.repo';
import { listAttachments } from '../../db/repos/attachments.repo';
import { findStoredRequest } from '../../db/repos/dsar.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import type { Handlers } from './context';
import { toDataRequest } from './dsar-store';
import { integrityNoteFor } from './integrity';
import { found } from './support';

// Letters to the requester as Word documents. Generating one changes nothing: what was
// sent is recorded by the workflow step (e.g. the interim notice, the reply).

export const dsarLetterHandlers: Pick<Handlers, 'dsar.letter'> = {
  'dsar.letter': async ({ id, letter, language }, ctx) => {
    const db = ctx.workspace().db;
    const stored = found(await findStoredRequest(db, id), 'request');
    const organisation = found(await findOrganisation(db, stored.orgId), 'organisation');
    const all = await listStoredActivities(db, stored.orgId);
    const request = toDataRequest(stored, ctx, all);
    const chosen = new Set(stored.reply.activityIds);
    const collator = new Intl.Collator('de', { numeric: true });
    const activities = all
      .filter((a) => chosen.has(a.id))
      .sort((a, b) => collator.compare(a.number || a.name, b.number || b.name));
    // Art. 15(1)(d) from the register: the retention note plus the linked deletion rules.
    const retentionByActivity = new Map(activities.map((a) => [a.id, retentionText(a, language)]));
    const copyFiles = (await listAttachments(db, 'request', id))
      .filter((f) => f.role === 'copy_of_data')
      .map((f) => f.name)
      .reverse();
    const generatedAt = ctx.now();
    const file = await buildDsarLetter({
      letter,
      language,
      organisation,
      request,
      activities,
      retentionByActivity,
      copyFiles,
      generatedAt,
      integrityNote:
        letter === 'art15'
          ? await integrityNoteFor(db, 'letter', language, generatedAt)
          : undefined,
    });
    return {
      filename: file.filename,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      base64: Buffer.from(file.bytes).toString('base64'),
      createdAt: generatedAt.toISOString(),
    };
  },
};
