import type { Breach } from '../../../core/api';
import { authorityOf } from '../../../core/authorities';
import { buildBreachDocument, buildBreachRegister } from '../../../core/documents/breach-documents';
import { breachIds, findStoredBreach } from '../../../db/repos/breaches.repo';
import { findOrganisation } from '../../../db/repos/organisations.repo';
import type { Handlers } from '../context';
import { integrityNoteFor } from '../integrity';
import { found } from '../support';
import { toBreach } from './store';

// The Word documents of a breach and the register. Building one changes nothing: what was
// sent is recorded by the notice and communication steps.

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const asFile = (file: { filename: string; bytes: Uint8Array }, at: Date) => ({
  filename: file.filename,
  mimeType: DOCX,
  base64: Buffer.from(file.bytes).toString('base64'),
  createdAt: at.toISOString(),
});

export const breachDocumentHandlers: Pick<
  Handlers,
  'breaches.document' | 'breaches.exportRegister'
> = {
  'breaches.document': async ({ id, document, language }, ctx) => {
    const db = ctx.workspace().db;
    const now = ctx.now();
    const stored = found(await findStoredBreach(db, id), 'breach');
    const organisation = found(await findOrganisation(db, stored.orgId), 'organisation');
    const { userName, userRole } = ctx.settings.preferences;
    const file = await buildBreachDocument(document, {
      breach: toBreach(stored, now),
      organisation,
      authority: authorityOf(organisation.land),
      language,
      generatedAt: now,
      signer: { name: userName, role: userRole },
      integrityNote: await integrityNoteFor(
        ctx,
        db,
        document === 'record' ? 'register' : 'letter',
        language,
        now,
      ),
    });
    return asFile(file, now);
  },

  'breaches.exportRegister': async ({ orgId, language }, ctx) => {
    const db = ctx.workspace().db;
    const now = ctx.now();
    const organisation =
      orgId === undefined ? null : found(await findOrganisation(db, orgId), 'organisation');
    const breaches: Breach[] = [];
    for (const id of await breachIds(db, orgId)) {
      const stored = await findStoredBreach(db, id);
      if (stored) breaches.push(toBreach(stored, now));
    }
    const file = await buildBreachRegister({
      breaches,
      organisation,
      language,
      generatedAt: now,
      integrityNote: await integrityNoteFor(ctx, db, 'register', language, now),
    });
    return asFile(file, now);
  },
};
