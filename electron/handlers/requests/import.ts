import {
  AppError,
  MAX_ATTACHMENT_BYTES,
  requestInput,
  type RequestValues,
} from '../../../core/api';
import { decodedLength } from '../../../core/files/base64';
import { mailLabels } from '../../../core/i18n/mail-labels';
import { MailError, parseMail, type MailFile } from '../../../core/mail/parse-mail';
import { berlinDateTime, guessKind } from '../../../core/mail/received';
import { requestDeadlines } from '../../../core/rules/deadlines';
import { recordAudit, type WritableDb } from '../../../db/repos/audit.repo';
import { findStoredRequest, insertRequest } from '../../../db/repos/requests.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { Handlers } from '../context';
import { assertDate, loadRequest, refuse, requestSnapshot } from './store';
import { storeFile } from '../file-store';
import { found, inTransaction, type Stamp } from '../support';

// An .eml dropped on the inbox becomes a request: sender, date and subject filled in, the
// file kept as the original and the mail's attachments as the request's files. A file that
// is not a readable e-mail creates nothing.

const MAX_DESCRIPTION = 8000;

async function keepFile(
  trx: WritableDb,
  stamp: Stamp,
  owner: { clientId: number; requestId: number },
  file: MailFile,
) {
  await storeFile(trx, stamp, {
    clientId: owner.clientId,
    ownerType: 'request',
    ownerId: owner.requestId,
    role: 'original',
    name: file.name,
    mimeType: file.mimeType,
    bytes: file.bytes,
  });
}

export const requestImportHandlers: Pick<Handlers, 'requests.importEml'> = {
  'requests.importEml': async ({ clientId, name, base64 }, ctx) => {
    const lang = ctx.language();
    if (decodedLength(base64) > MAX_ATTACHMENT_BYTES) {
      throw new AppError('TOO_LARGE', { limit: MAX_ATTACHMENT_BYTES });
    }
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    let mail;
    try {
      mail = await parseMail(bytes, lang);
    } catch (error) {
      if (error instanceof MailError)
        throw refuse('VALIDATION_FAILED', 'file', error.problem, lang);
      throw error;
    }
    const received = berlinDateTime(mail.date);
    assertDate(ctx, 'file', received.date);
    const subjectLine = mail.subject ? `${mailLabels[lang].subject}: ${mail.subject}` : '';
    const draft = {
      kind: guessKind(`${mail.subject}\n${mail.body}`),
      receivedOn: received.date,
      receivedTime: received.time,
      channel: 'email' as const,
      requesterName: (mail.fromName || mail.fromAddress).slice(0, 200),
      requesterEmail: mail.fromAddress,
      description: [subjectLine, mail.body].filter(Boolean).join('\n\n').slice(0, MAX_DESCRIPTION),
    };
    // An odd address (e.g. without a dot in the domain) stays readable in the description
    // instead of failing the import.
    let values: RequestValues;
    const parsed = requestInput.safeParse(draft);
    if (parsed.success) values = parsed.data;
    else {
      const fallback = requestInput.safeParse({
        ...draft,
        requesterEmail: '',
        description: `${mail.fromAddress}\n\n${draft.description}`.slice(0, MAX_DESCRIPTION),
      });
      if (!fallback.success) throw refuse('VALIDATION_FAILED', 'file', 'emlNoSender', lang);
      values = fallback.data;
    }
    const id = await inTransaction(ctx, async (trx, stamp) => {
      const client = found(await findClient(trx, clientId), 'client');
      const due = requestDeadlines(values.receivedOn, client.land, false).due;
      const requestId = await insertRequest(trx, clientId, values, due, stamp.at);
      const request = found(await findStoredRequest(trx, requestId), 'request');
      await recordAudit(trx, {
        ...stamp,
        clientId,
        entity: 'request',
        entityId: requestId,
        action: 'create',
        before: null,
        after: { ...requestSnapshot(request), importedFrom: name },
        label: request.requesterName,
      });
      const owner = { clientId, requestId };
      await keepFile(trx, stamp, owner, { name, mimeType: 'message/rfc822', bytes });
      for (const file of mail.files) await keepFile(trx, stamp, owner, file);
      return requestId;
    });
    return loadRequest(ctx, id);
  },
};
