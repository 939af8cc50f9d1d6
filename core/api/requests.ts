// Data subject requests (Art. 15-22).
// Schemas live in requests-schemas.ts; core/api/contract.ts spreads `requestMethods` into the contract.
import { z } from 'zod';
import { letterKind, replyInput, signerInput } from './requests-reply-schemas';
import {
  dataRequest,
  extensionInput,
  identityInput,
  interimInput,
  refusalGround,
  requestInput,
  reviewInput,
  transitionInput,
} from './requests-schemas';
import {
  activityRequest,
  emlImport,
  replyProposal,
  requestCounts,
  requestListInput,
  requestSummary,
} from './requests-list-schemas';
import { id, language } from './fields';
import { byId, method, ok } from './method';
import { exportedFile } from './system';

export * from './requests-reply-schemas';
export * from './requests-schemas';
export * from './requests-list-schemas';

export const requestMethods = {
  'requests.list': method(
    requestListInput,
    z.array(requestSummary),
    'Data subject requests of a client, or of every client (DPO inbox), filtered and by due date.',
  ),
  'requests.counts': method(
    z.object({ clientId: id.optional() }),
    requestCounts,
    'Open, overdue and due-soon requests of a client or of all clients (navigation badges).',
  ),
  'requests.get': method(
    byId,
    dataRequest,
    'One request with its deadlines, identity check, review and next allowed steps.',
  ),
  'requests.create': method(
    z.object({ clientId: id, request: requestInput }),
    dataRequest,
    'Logs a request received on a date; computes its Art. 12(3) due date.',
  ),
  'requests.update': method(
    z.object({ id, request: requestInput }),
    dataRequest,
    "Changes a request's details (not once it is closed).",
  ),
  'requests.importEml': method(
    emlImport,
    dataRequest,
    'Creates a request from an .eml file (sender, date, subject) and keeps the file as the original.',
  ),
  'requests.transition': method(
    transitionInput,
    dataRequest,
    'Moves a request to the next workflow state; sending needs identity (or override) and review, records the date given and stores the letter as sent.',
  ),
  'requests.recordIdentity': method(
    identityInput,
    dataRequest,
    'Records how identity was checked.',
  ),
  'requests.extend': method(
    extensionInput,
    dataRequest,
    'Records an extension by two months with its reason and notice date (inside the first month).',
  ),
  'requests.recordInterim': method(
    interimInput,
    dataRequest,
    'Records that an interim notice (Zwischenbescheid) was sent.',
  ),
  'requests.review': method(
    reviewInput,
    dataRequest,
    'Four-eyes review: a second person confirms the checklist before the reply is sent.',
  ),
  'requests.proposal': method(
    byId,
    replyProposal,
    'Processing activities that concern the requester (by data-subject category) and their recipients.',
  ),
  'requests.saveReply': method(
    replyInput,
    dataRequest,
    'Saves the confirmed activities and the specific parts of the reply.',
  ),
  'requests.setRecipients': method(
    z.object({ id, names: z.array(z.string().trim().min(1).max(200)).max(200) }),
    dataRequest,
    'Sets the recipients to inform of a rectification, erasure or restriction (Art. 19).',
  ),
  'requests.tickRecipient': method(
    z.object({ id, recipientId: id, done: z.boolean() }),
    dataRequest,
    'Ticks a recipient off as informed (or un-ticks it).',
  ),
  'requests.setSigner': method(
    signerInput,
    dataRequest,
    'Sets who signs the letters of a request (name and role); empty = the name and role in Settings.',
  ),
  'requests.letter': method(
    z.object({
      id,
      letter: letterKind,
      language,
      /** A refusal not yet sent: its ground and note, to see the letter before sending it. */
      draftRefusal: z
        .object({ ground: refusalGround, note: z.string().trim().max(4000).default('') })
        .nullable()
        .default(null),
    }),
    exportedFile,
    'A letter that fits the request now, as a Word document; a sent reply comes as it was sent.',
  ),
  'requests.forActivity': method(
    byId,
    z.array(activityRequest),
    'The requests whose reply refers to a processing activity (shown before deleting it).',
  ),
  'requests.delete': method(byId, ok, 'Deletes a request that is not closed, with its files.'),
} as const;
