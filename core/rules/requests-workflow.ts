import type {
  IdentityMethod,
  ObjectionType,
  RefusalGround,
  RequestChannel,
  RequestKind,
  RequestState,
  ReviewCheck,
} from '../api';
import { openStates } from '../api';
import { identityChecked } from './identity';

// The workflow of a data subject request:
// received -> identity check -> in progress -> in review -> answered | refused -> closed.
// Steps back are allowed while the request is open (e.g. a reviewer sends it back to work).
// Sending a reply (answered or refused) needs a four-eyes review, and a checked identity
// unless the user records an override with its reason; the reviewer is not the one who
// sends it (core/rules/four-eyes.ts). A refusal because the requester
// cannot be identified (Art. 11(2), 12(2)) is the one reply that needs no identity.
// Closing an answered rectification, erasure or restriction with Art. 19 recipients not yet
// informed needs a reason, kept in the timeline.

const transitions: Record<RequestState, readonly RequestState[]> = {
  received: ['identity_check', 'in_progress'],
  identity_check: ['received', 'in_progress'],
  in_progress: ['identity_check', 'in_review'],
  in_review: ['in_progress', 'answered', 'refused'],
  answered: ['closed'],
  refused: ['closed'],
  closed: [],
};

export const isOpen = (state: RequestState) => openStates.includes(state);
export const isSent = (to: RequestState) => to === 'answered' || to === 'refused';

export const nextStates = (state: RequestState): RequestState[] => [...transitions[state]];

/** The kinds of request whose recipients must be told of the change (Art. 19). */
export const informsRecipients = (kind: RequestKind) =>
  kind === 'rectification' || kind === 'erasure' || kind === 'restriction';

export interface WorkflowFacts {
  kind: RequestKind;
  state: RequestState;
  channel: RequestChannel;
  identityMethod: IdentityMethod | null;
  reviewed: boolean;
  /** The user sending now is the one who reviewed the reply. */
  senderReviewed: boolean;
  /** Art. 19 recipients not yet ticked off as informed. */
  uninformedRecipients: number;
  objectionType: ObjectionType | null;
}

export interface TransitionRequest {
  to: RequestState;
  overrideReason: string;
  refusalGround: RefusalGround | null;
  refusalNote: string;
  recipientsSkipReason: string;
}

/** Validation keys (core/api/messages.ts) of what blocks a transition; empty = allowed. */
export type WorkflowProblem =
  | 'requestClosed'
  | 'transitionNotAllowed'
  | 'identityUnchecked'
  | 'reviewRequired'
  | 'reviewerSends'
  | 'refusalGroundRequired'
  | 'refusalGroundNotFitting'
  | 'refusalNoteRequired'
  | 'directMarketingAlwaysStops'
  | 'recipientsNotInformed';

const anyKind: RefusalGround[] = ['art12_5', 'art11', 'bdsg27', 'bdsg28'];

/**
 * The grounds that can refuse this kind of request: §§ 29 and 34 BDSG limit access only,
 * Art. 17(3) only erasure, Art. 21(1) sentence 2 only an objection.
 */
export function refusalGroundsFor(kind: RequestKind): RefusalGround[] {
  if (kind === 'access') return [...anyKind, 'bdsg29', 'bdsg34'];
  if (kind === 'erasure') return [...anyKind, 'art17_3'];
  if (kind === 'objection') return [...anyKind, 'art21_1'];
  return [...anyKind];
}

/** Grounds the person must be told the facts of: the letter prints the note after it. */
const groundsNeedingNote: readonly RefusalGround[] = ['art17_3', 'art21_1'];

function refusalProblems(f: WorkflowFacts, t: TransitionRequest): WorkflowProblem[] {
  if (!t.refusalGround) return ['refusalGroundRequired'];
  if (!refusalGroundsFor(f.kind).includes(t.refusalGround)) return ['refusalGroundNotFitting'];
  // An objection to direct marketing always stops it (Art. 21(3)): no weighing of grounds.
  if (t.refusalGround === 'art21_1' && f.objectionType === 'direct_marketing') {
    return ['directMarketingAlwaysStops'];
  }
  if (groundsNeedingNote.includes(t.refusalGround) && t.refusalNote.trim() === '') {
    return ['refusalNoteRequired'];
  }
  return [];
}

/** What still blocks sending the reply (for the screen, before the user tries). */
export function sendBlockers(
  f: Pick<WorkflowFacts, 'channel' | 'identityMethod' | 'reviewed' | 'senderReviewed'>,
): ('identity' | 'review' | 'reviewer')[] {
  const blockers: ('identity' | 'review' | 'reviewer')[] = [];
  if (!identityChecked(f.identityMethod, f.channel)) blockers.push('identity');
  if (!f.reviewed) blockers.push('review');
  else if (f.senderReviewed) blockers.push('reviewer');
  return blockers;
}

export function transitionProblems(f: WorkflowFacts, t: TransitionRequest): WorkflowProblem[] {
  if (f.state === 'closed') return ['requestClosed'];
  if (!transitions[f.state].includes(t.to)) return ['transitionNotAllowed'];
  if (t.to === 'closed') {
    // After a refusal nothing was changed, so there is nothing to tell the recipients.
    const skipped =
      informsRecipients(f.kind) && f.state === 'answered' && f.uninformedRecipients > 0;
    return skipped && t.recipientsSkipReason.trim() === '' ? ['recipientsNotInformed'] : [];
  }
  if (!isSent(t.to)) return [];
  const problems: WorkflowProblem[] = [];
  if (t.to === 'refused') problems.push(...refusalProblems(f, t));
  const art11 = t.to === 'refused' && t.refusalGround === 'art11';
  const checked = identityChecked(f.identityMethod, f.channel);
  if (!art11 && !checked && t.overrideReason.trim() === '') {
    problems.push('identityUnchecked');
  }
  if (!f.reviewed) problems.push('reviewRequired');
  else if (f.senderReviewed) problems.push('reviewerSends');
  return problems;
}

const closing: ReviewCheck[] = ['deadline', 'plainLanguage'];

/**
 * What the second person confirms, by kind of request: an access reply is checked for
 * completeness and other people's data; an erasure for every system and the retention
 * duties (Art. 17(3)(b)); a restriction for the marking and the notice before lifting it
 * (Art. 18(3)); an objection for the weighing (Art. 21(1)) and the stop; rectification,
 * erasure and restriction for the recipients (Art. 19).
 */
const checklists: Record<RequestKind, ReviewCheck[]> = {
  access: ['onlyThisRequester', 'identityChecked', 'complete', ...closing],
  rectification: ['identityChecked', 'rectifiedEverywhere', 'recipientsInformed', ...closing],
  erasure: [
    'identityChecked',
    'erasedEverywhere',
    'retentionChecked',
    'recipientsInformed',
    ...closing,
  ],
  restriction: [
    'identityChecked',
    'restrictionMarked',
    'liftingNotice',
    'recipientsInformed',
    ...closing,
  ],
  objection: ['identityChecked', 'objectionAssessed', 'processingStopped', ...closing],
  portability: ['onlyThisRequester', 'identityChecked', 'machineReadable', ...closing],
  consent_withdrawal: ['identityChecked', 'processingStopped', ...closing],
  other: ['onlyThisRequester', 'identityChecked', ...closing],
};

export const reviewChecklist = (kind: RequestKind): ReviewCheck[] => [...checklists[kind]];

/** The review counts only with every checklist item of the request's kind confirmed. */
export function missingChecks(kind: RequestKind, checks: readonly string[]): ReviewCheck[] {
  return checklists[kind].filter((c) => !checks.includes(c));
}
