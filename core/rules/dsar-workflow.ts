import type { IdentityMethod, RefusalGround, RequestState, ReviewCheck } from '../api';
import { openStates, reviewChecks } from '../api';
import { identityChecked } from './identity';

// The workflow of a data subject request:
// received -> identity check -> in progress -> in review -> answered | refused -> closed.
// Steps back are allowed while the request is open (e.g. a reviewer sends it back to work).
// Sending a reply (answered or refused) needs a four-eyes review, and a checked identity
// unless the user records an override with its reason. A refusal because the requester
// cannot be identified (Art. 11(2), 12(2)) is the one reply that needs no identity.

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

export interface WorkflowFacts {
  state: RequestState;
  identityMethod: IdentityMethod | null;
  reviewed: boolean;
}

export interface TransitionRequest {
  to: RequestState;
  overrideReason: string;
  refusalGround: RefusalGround | null;
}

/** Validation keys (core/api/messages.ts) of what blocks a transition; empty = allowed. */
export type WorkflowProblem =
  | 'requestClosed'
  | 'transitionNotAllowed'
  | 'identityUnchecked'
  | 'reviewRequired'
  | 'refusalGroundRequired';

/** What still blocks sending the reply (for the screen, before the user tries). */
export function sendBlockers(f: WorkflowFacts): ('identity' | 'review')[] {
  const blockers: ('identity' | 'review')[] = [];
  if (!identityChecked(f.identityMethod)) blockers.push('identity');
  if (!f.reviewed) blockers.push('review');
  return blockers;
}

export function transitionProblems(f: WorkflowFacts, t: TransitionRequest): WorkflowProblem[] {
  if (f.state === 'closed') return ['requestClosed'];
  if (!transitions[f.state].includes(t.to)) return ['transitionNotAllowed'];
  if (!isSent(t.to)) return [];
  const problems: WorkflowProblem[] = [];
  if (t.to === 'refused' && !t.refusalGround) problems.push('refusalGroundRequired');
  const art11 = t.to === 'refused' && t.refusalGround === 'art11';
  if (!art11 && !identityChecked(f.identityMethod) && t.overrideReason.trim() === '') {
    problems.push('identityUnchecked');
  }
  if (!f.reviewed) problems.push('reviewRequired');
  return problems;
}

/** The review counts only with every checklist item confirmed. */
export function missingChecks(checks: readonly string[]): ReviewCheck[] {
  return reviewChecks.filter((c) => !checks.includes(c));
}
