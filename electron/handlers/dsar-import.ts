import { createHash } from 'node:crypto';
import { AppError, MAX_ATTACHMENT_BYTES, requestInput, type RequestValues } from '../../core/api';
import { berlinDateTime, EmlError, guessKind, parseEml } from '../../core/eml';
import { requestDeadlines } from '../../core/rules/deadlines';
import { insertAttachment } from '../../db/repos/attachments.repo';
import { recordAudit } from '../../db/repos/audit.repo';
import { findStoredRequest, insertRequest } from '../../db/repos/dsar.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import type { Handlers } from './context';
import { assertDate, loadRequest, refuse, requestSnapshot } from './dsar-store';
import { found, inTransaction } from './support';

// An .eml dropped on the inbox becomes a request: sender, date and subject filled in, the
// file kept as the original. A file that is not a readable e-mail creates nothing.

const sizeOf = (base64: string) =>
  Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);

export const dsarImportHandlers: Pick<Handlers, 'dsar.importEml'> = {
  'dsar.importEml': async ({ orgId, name, base64 }, ctx) => {
    const lang = ctx.language();
    if (sizeOf(base64) > MAX_ATTACHMENT_BYTES) {
      throw new AppError('TOO_LARGE', { limit: MAX_ATTACHMENT_BYTES });
    }
    const bytes = Buffer.from(base64, 'base64');
    let mail;
    try {
      mail = parseEml(bytes);
    } catch (error) {
      if (error instanceof EmlError) throw refuse('VALIDATION_FAILED', 'file', error.problem, lang);
      throw error;
    }
    const received = berlinDateTime(mail.date);
    assertDate(ctx, 'file', received.date);
    const subjectLine = mail.subject
      ? `${lang === 'de' ? 'Betreff' : 'Subject'}: ${mail.subject}`
      : '';
    const draft = {
      kind: guessKind(`${mail.subject}\n${mail.body}`),
      receivedOn: received.date,
      receivedTime: received.time,
      channel: 'email' as const,
      requesterName: (mail.fromName || mail.fromAddress).slice(0, 200),
      requesterEmail: mail.fromAddress,
      description: [subjectLine, mail.body].filter(Boolean).join('\n\n').slice(0, 8000),
    };
    // An odd address (e.g. without a dot in the domain) stays readable in the description
    // instead of failing the import.
    let values: RequestValues;
    const parsed = requestInput.safeParse(draft);
    if (parsed.success) values = parsed.data;
    else {
      values = requestInput.parse({
        ...draft,
        requesterEmail: '',
        description: `${mail.fromAddress}\n\n${draft.description}`.slice(0, 8000),
      });
    }
    const id = await inTransaction(ctx, async (trx, stamp) => {
      const org = found(await findOrganisation(trx, orgId), 'organisation');
      const due = requestDeadlines(values.receivedOn, org.land, false).due;
      const requestId = await insertRequest(trx, orgId, values, due, stamp.at);
      const request = found(await findStoredRequest(trx, requestId), 'request');
      await recordAudit(trx, {
        ...stamp,
        orgId,
        entity: 'request',
        entityId: requestId,
        action: 'create',
        before: null,
        after: { ...requestSnapshot(request), importedFrom: name },
        label: request.requesterName,
      });
      const meta = await insertAttachment(trx, {
        orgId,
        ownerType: 'request',
        ownerId: requestId,
        role: 'original',
        name,
        mimeType: 'message/rfc822',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        createdAt: stamp.at,
        data: bytes,
      });
      await recordAudit(trx, {
        ...stamp,
        orgId,
        entity: 'attachment',
        entityId: meta.id,
        action: 'create',
        before: null,
        after: meta,
        label: meta.name,
      });
      return requestId;
    });
    return loadRequest(ctx, id);
  },
};
