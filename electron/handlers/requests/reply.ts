import type { Language, LetterKind } from '../../../core/api';
import {
  buildRequestLetter,
  type RequestLetterInput,
} from '../../../core/documents/requests-letters';
import type { LetterActivity, ReplySnapshot } from '../../../core/documents/requests-letter-frame';
import { retentionText } from '../../../core/documents/register-retention';
import { replyLetter } from '../../../core/rules/requests-letters';
import { listStoredActivities } from '../../../db/repos/activities.repo';
import { listAttachments } from '../../../db/repos/attachments.repo';
import type { Db, WritableDb } from '../../../db/repos/audit.repo';
import type { StoredRequest } from '../../../db/repos/requests.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { HandlerContext } from '../context';
import { signerOf, toDataRequest } from './store';
import { consentLetterData } from '../consent/requests';
import { integrityNoteFor } from '../system/integrity';
import { todayInBerlin } from '../../../core/rules/calendar';
import { storeFile } from '../file-store';
import { found, type Stamp } from '../support';

// The data a letter is built from. While a request is open it comes from the register as
// it is now; when the reply is sent, it is frozen: the letter is stored as sent (a file of
// the request) and what it was built from is kept with the request, so deleting or editing
// an activity later changes nothing in a sent reply.

/** The role of the stored letter among the request's files. */
export const SENT_LETTER_ROLE = 'sent_letter';

/** The date a letter bears: the recorded date of the notice it is, otherwise today. */
function letterDateOf(r: StoredRequest, letter: LetterKind, ctx: HandlerContext): string {
  if (letter === 'extension' && r.extension) return r.extension.on;
  if (letter === 'interim' && r.interim) return r.interim.on;
  if (r.sentOn && r.snapshot?.letter === letter) return r.sentOn;
  return todayInBerlin(ctx.now());
}

/**
 * Art. 15(1)(d) per activity, in the letter's language: its note and linked deletion rules
 * (a sent reply keeps the activities and rules it was built from, so any language reads alike).
 */
const retentionOf = (activities: readonly LetterActivity[], language: Language) =>
  Object.fromEntries(activities.map((a) => [a.id, retentionText(a, language)]));

/** What a letter is built from, read from the register as it is now. */
export async function liveLetterData(
  db: Db,
  ctx: HandlerContext,
  r: StoredRequest,
): Promise<Omit<ReplySnapshot, 'letter' | 'language' | 'attachmentId' | 'filename'>> {
  // Read inside the caller's transaction when sending, so the stored letter and the
  // snapshot come from one state of the register.
  const client = found(await findClient(db, r.clientId), 'client');
  const chosen = new Set(r.reply.activityIds);
  const collator = new Intl.Collator('de', { numeric: true });
  const stored = (await listStoredActivities(db, r.clientId))
    .filter((a) => chosen.has(a.id))
    .sort((a, b) => collator.compare(a.number || a.name, b.number || b.name));
  // The linked processors come with each activity: the reply names them (15(1)(c)) and
  // derives the transfers through them and their sub-processors (15(2)).
  const activities = stored.map((a) => ({ ...a, processors: a.processors ?? [] }));
  const copyFiles = (await listAttachments(db, 'request', r.id))
    .filter((f) => f.role === 'copy_of_data')
    .map((f) => f.name)
    .reverse();
  const { fromSettings: _f, ...signer } = signerOf(r, ctx);
  return {
    client,
    activities,
    copyFiles,
    signer,
    letterDate: todayInBerlin(ctx.now()),
    land: r.land,
    consent: await consentLetterData(db, r),
  };
}

/** The input of one letter: from the frozen reply once it is sent, else from the register. */
export async function letterInput(
  db: Db,
  ctx: HandlerContext,
  r: StoredRequest,
  letter: LetterKind,
  language: Language,
): Promise<RequestLetterInput> {
  const all = await listStoredActivities(db, r.clientId);
  const request = toDataRequest(r, ctx, all);
  const data = r.snapshot ?? (await liveLetterData(db, ctx, r));
  return {
    letter,
    language,
    client: data.client,
    request,
    activities: data.activities,
    retentionByActivity: retentionOf(data.activities, language),
    copyFiles: data.copyFiles,
    signer: data.signer,
    letterDate: letterDateOf(r, letter, ctx),
    consent: data.consent,
  };
}

/**
 * Builds the reply as sent, stores the .docx with the request's files and returns what the
 * reply was built from; inside the caller's transaction, with the file's audit entry.
 */
export async function freezeReply(
  trx: WritableDb,
  ctx: HandlerContext,
  stamp: Stamp,
  sent: StoredRequest,
  language: Language,
): Promise<ReplySnapshot> {
  const letter = replyLetter(sent.kind, sent.state === 'refused');
  const data = await liveLetterData(trx, ctx, sent);
  const request = toDataRequest(sent, ctx, await listStoredActivities(trx, sent.clientId));
  const letterDate = sent.sentOn ?? data.letterDate;
  const retentionByActivity = retentionOf(data.activities, language);
  const file = await buildRequestLetter({
    ...data,
    letter,
    language,
    request,
    letterDate,
    retentionByActivity,
    // The reply as sent says so if the change history had been altered at that moment.
    integrityNote:
      letter === 'art15'
        ? await integrityNoteFor(ctx, trx, 'letter', language, ctx.now())
        : undefined,
  });
  const meta = await storeFile(trx, stamp, {
    clientId: sent.clientId,
    ownerType: 'request',
    ownerId: sent.id,
    role: SENT_LETTER_ROLE,
    name: file.filename,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes: file.bytes,
  });
  return { ...data, letter, language, letterDate, attachmentId: meta.id, filename: file.filename };
}
