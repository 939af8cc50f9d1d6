import { createHash } from 'node:crypto';
import { AppError, MAX_ATTACHMENT_BYTES, type ConsentEventValues } from '../../../core/api';
import { eventProblems } from '../../../core/rules/consent-events';
import { decodedLength } from '../../../core/files/base64';
import { insertAttachment } from '../../../db/repos/attachments.repo';
import { recordAudit, type WritableDb } from '../../../db/repos/audit.repo';
import { findStoredPerson } from '../../../db/repos/consent-persons.repo';
import { insertEvent } from '../../../db/repos/consent-events.repo';
import { findText } from '../../../db/repos/consent-texts.repo';
import type { Handlers } from '../context';
import { found, inTransaction, type Stamp } from '../support';
import { changePerson, loadPerson, refuse, refuseProblems } from './store';

// Recording what happened to a person's consent. An event is the proof and is never
// changed; a double opt-in confirmation may bring the confirmation mail, which is kept among
// the person's files in the same step.

/** The confirmation mail as a file of the person, with its own audit entry. */
async function storeMail(
  trx: WritableDb,
  stamp: Stamp,
  person: { id: number; clientId: number },
  file: NonNullable<ConsentEventValues['file']>,
): Promise<number> {
  const data = Buffer.from(file.base64, 'base64');
  const meta = await insertAttachment(trx, {
    clientId: person.clientId,
    ownerType: 'consent_person',
    ownerId: person.id,
    role: 'doi_confirmation',
    name: file.name,
    mimeType: file.mimeType,
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    createdAt: stamp.at,
    data,
  });
  await recordAudit(trx, {
    ...stamp,
    clientId: person.clientId,
    entity: 'attachment',
    entityId: meta.id,
    action: 'create',
    before: null,
    after: meta,
    label: meta.name,
  });
  return meta.id;
}

export const consentEventHandlers: Pick<Handlers, 'consent.recordEvent'> = {
  'consent.recordEvent': async ({ personId, event }, ctx) => {
    const lang = ctx.language();
    if (event.file && decodedLength(event.file.base64) > MAX_ATTACHMENT_BYTES) {
      throw new AppError('TOO_LARGE', { limit: MAX_ATTACHMENT_BYTES });
    }
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredPerson(trx, personId), 'person');
      const text = event.textId === null ? null : await findText(trx, event.textId);
      if (event.textId !== null && (!text || text.clientId !== before.clientId)) {
        throw refuse('VALIDATION_FAILED', 'event.textId', 'unknownText', lang);
      }
      // A consent covers what its wording names, unless the person chose fewer channels.
      const channels =
        event.kind === 'given' && event.channels.length === 0 && text
          ? text.channels
          : event.channels;
      const values = { ...event, channels, textId: event.kind === 'given' ? event.textId : null };
      const problems = eventProblems(values, {
        text: text ?? null,
        events: before.events,
        now: ctx.now(),
      });
      if (problems.length) {
        throw refuseProblems(
          'VALIDATION_FAILED',
          problems.map((p) => ({ ...p, path: `event.${p.path}` })),
          lang,
        );
      }
      await changePerson(trx, stamp, before, {}, async () => {
        const attachmentId = event.file ? await storeMail(trx, stamp, before, event.file) : null;
        await insertEvent(trx, before, values, { attachmentId }, stamp);
      });
    });
    return loadPerson(ctx, personId);
  },
};
