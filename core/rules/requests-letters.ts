import type {
  IdentityMethod,
  LetterKind,
  RequestChannel,
  RequestKind,
  RequestState,
  TemplateField,
} from '../api';
import { letterKind } from '../api';
import { identityChecked } from './identity';

// Which letter fits a request now. The handler refuses any other letter (so no
// extension notice exists without a recorded extension, and no Art. 15 reply goes to a
// person who asked for erasure), and the request page offers only these.
//
// - acknowledgement, interim notice: while the request is open;
// - request for identification: while open, before the review, and only while identity is
//   not checked;
// - extension notice: only for a recorded extension (it carries its notice date and reason);
// - the reply (Art. 15 for access, the confirmation for every other kind): from "in
//   progress" on, as a draft, and after it was sent; never after a refusal;
// - refusal: once a refusal is recorded, or in review with the ground chosen in the send
//   step (to see the letter before sending it).

export interface LetterFacts {
  kind: RequestKind;
  state: RequestState;
  channel: RequestChannel;
  extension: { on: string } | null;
  refusal: { ground: string } | null;
  identity: { method: IdentityMethod } | null;
}

/** Validation keys (core/api/messages.ts). */
export type LetterProblem = 'extensionNotRecorded' | 'letterNotFitting';

const open = (s: RequestState) =>
  s === 'received' || s === 'identity_check' || s === 'in_progress' || s === 'in_review';

const replyStates: readonly RequestState[] = ['in_progress', 'in_review', 'answered', 'closed'];

export function letterProblem(
  f: LetterFacts,
  letter: LetterKind,
  draftRefusal = false,
): LetterProblem | null {
  const fits = (ok: boolean) => (ok ? null : 'letterNotFitting');
  switch (letter) {
    case 'acknowledgement':
    case 'interim':
      return fits(open(f.state));
    case 'identification':
      return fits(
        open(f.state) && f.state !== 'in_review' && !identityChecked(f.identity?.method, f.channel),
      );
    case 'extension':
      return f.extension ? null : 'extensionNotRecorded';
    case 'art15':
    case 'confirmation':
      return fits(
        (letter === 'art15') === (f.kind === 'access') &&
          replyStates.includes(f.state) &&
          f.refusal === null,
      );
    case 'refusal':
      return fits(f.refusal !== null || (f.state === 'in_review' && draftRefusal));
  }
}

/** The letters to offer now, in the order of the workflow. */
export function availableLetters(f: LetterFacts): LetterKind[] {
  return letterKind.options.filter((k) => letterProblem(f, k) === null);
}

/** The reply a sent request was answered with. */
export function replyLetter(kind: RequestKind, refused: boolean): LetterKind {
  if (refused) return 'refusal';
  return kind === 'access' ? 'art15' : 'confirmation';
}

/**
 * The parts of an activity the Art. 15 reply prints (purposes, data, recipients, transfers,
 * storage period, source): starter-template content there that the user has not confirmed
 * would reach the data subject as a statement about them, so the reply step warns of it.
 */
const art15Fields: readonly TemplateField[] = [
  'purposes',
  'dataCategories',
  'recipients',
  'transfers',
  'retention',
  'dataSource',
];

export const unconfirmedInReply = (unconfirmed: readonly TemplateField[]): TemplateField[] =>
  art15Fields.filter((f) => unconfirmed.includes(f));
