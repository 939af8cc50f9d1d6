import type { Breach } from '../../../core/api';
import { authorityOf } from '../../../core/catalogues/authorities';
import { buildBreachDocument, buildBreachRegister } from '../../../core/documents/breach-documents';
import { breachIds, findStoredBreach } from '../../../db/repos/breaches.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { Handlers } from '../context';
import { integrityNoteFor } from '../system/integrity';
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
    const client = found(await findClient(db, stored.clientId), 'client');
    const { userName, userRole } = ctx.settings.preferences;
    const file = await buildBreachDocument(document, {
      breach: toBreach(stored, now),
      client,
      authority: authorityOf(client.land),
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

  'breaches.exportRegister': async ({ clientId, language }, ctx) => {
    const db = ctx.workspace().db;
    const now = ctx.now();
    const client = clientId === undefined ? null : found(await findClient(db, clientId), 'client');
    const breaches: Breach[] = [];
    for (const id of await breachIds(db, clientId)) {
      const stored = await findStoredBreach(db, id);
      if (stored) breaches.push(toBreach(stored, now));
    }
    const file = await buildBreachRegister({
      breaches,
      client,
      language,
      generatedAt: now,
      integrityNote: await integrityNoteFor(ctx, db, 'register', language, now),
    });
    return asFile(file, now);
  },
};
