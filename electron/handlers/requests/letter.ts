import { buildRequestLetter } from '../../../core/documents/requests-letters';
import { letterProblem } from '../../../core/rules/requests-letters';
import { findAttachment } from '../../../db/repos/attachments.repo';
import { findStoredRequest } from '../../../db/repos/requests.repo';
import type { Handlers } from '../context';
import { letterInput } from './reply';
import { refuse } from './store';
import { integrityNoteFor } from '../system/integrity';
import { found } from '../support';

// Letters to the requester as Word documents. Only a letter that fits the request's kind
// and state now is made (core/rules/requests-letters.ts). Generating one changes nothing: what
// was sent is recorded by the workflow step; a sent reply comes back as it was stored.

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const requestLetterHandlers: Pick<Handlers, 'requests.letter'> = {
  'requests.letter': async ({ id, letter, language, draftRefusal }, ctx) => {
    const db = ctx.workspace().db;
    const stored = found(await findStoredRequest(db, id), 'request');
    const draft = draftRefusal !== null && stored.refusal === null;
    const problem = letterProblem(stored, letter, draft);
    if (problem) throw refuse('NOT_ALLOWED', 'letter', problem, ctx.language());
    const sent = stored.snapshot;
    if (sent && sent.letter === letter && sent.language === language && sent.attachmentId) {
      const file = await findAttachment(db, sent.attachmentId);
      if (file) {
        return {
          filename: file.name,
          mimeType: file.mimeType,
          base64: Buffer.from(file.data).toString('base64'),
          createdAt: file.createdAt,
        };
      }
    }
    const input = await letterInput(db, ctx, stored, letter, language);
    if (draft) input.request = { ...input.request, refusal: draftRefusal };
    if (letter === 'art15') {
      input.integrityNote = await integrityNoteFor(ctx, db, 'letter', language, ctx.now());
    }
    const file = await buildRequestLetter(input);
    return {
      filename: file.filename,
      mimeType: DOCX,
      base64: Buffer.from(file.bytes).toString('base64'),
      createdAt: ctx.now().toISOString(),
    };
  },
};
