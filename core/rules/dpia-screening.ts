import type { DpiaCriterion, DskItemKey, ScreeningAnswers, ScreeningResult } from '../api';

// The DPIA screening of one activity (Art. 35 GDPR; docs/domain.md "DPIA screening"):
//  - Art. 35(10): where the legal basis in EU or member-state law already came with a
//    DPIA, paragraphs 1 to 7 do not apply (unless that state's law asks for one anyway);
//  - Art. 35(3): in its three cases a DPIA is required, whatever else applies;
//  - Art. 35(4): an item of the supervisory authorities' list (DSK) requires one too; the
//    DSK items used here apply only together with one further WP248 criterion;
//  - WP248 rev.01: two or more of the nine criteria: a DPIA is needed in most cases; one
//    criterion can suffice and two may not: the controller may conclude otherwise, with
//    reasons documented (Art. 5(2)). The first three results are no such judgement.

export interface ScreeningOutcome {
  result: ScreeningResult;
  /** Codes for `dpia:reason.<code>`, in the order the rule applied them. */
  reasons: string[];
  /** Whether the user may record a different result with reasons of their own. */
  deviationAllowed: boolean;
}

/** The DSK items ticked whose further criterion applies, and those ticked without one. */
function dskHits(
  answers: ScreeningAnswers,
  conditions: ReadonlyMap<DskItemKey, readonly DpiaCriterion[]>,
) {
  const met: DskItemKey[] = [];
  const unmet: DskItemKey[] = [];
  for (const key of answers.dsk) {
    const further = conditions.get(key) ?? [];
    const applies = further.length === 0 || further.some((c) => answers.criteria.includes(c));
    (applies ? met : unmet).push(key);
  }
  return { met, unmet };
}

export function screenActivity(
  answers: ScreeningAnswers,
  conditions: ReadonlyMap<DskItemKey, readonly DpiaCriterion[]>,
): ScreeningOutcome {
  if (answers.exception === 'art35_10') {
    return { result: 'not_needed', reasons: ['exception_art35_10'], deviationAllowed: true };
  }
  if (answers.art35.length > 0) {
    const reasons = [...answers.art35].sort().map((c) => `art35_${c}`);
    return { result: 'needed_art35_3', reasons, deviationAllowed: false };
  }
  const dsk = dskHits(answers, conditions);
  const unmet = dsk.unmet.map((key) => `dsk_without_further_${key}`);
  if (dsk.met.length > 0) {
    return {
      result: 'needed_dsk',
      reasons: dsk.met.map((key) => `dsk_${key}`),
      deviationAllowed: false,
    };
  }
  const criteria = [...new Set(answers.criteria)].map((c) => `criterion_${c}`);
  if (criteria.length >= 2) {
    return {
      result: 'needed',
      reasons: ['two_or_more', ...criteria, ...unmet],
      deviationAllowed: true,
    };
  }
  if (criteria.length === 1) {
    return {
      result: 'not_needed',
      reasons: ['one_criterion', ...criteria, ...unmet],
      deviationAllowed: true,
    };
  }
  return { result: 'not_needed', reasons: ['no_criterion', ...unmet], deviationAllowed: true };
}

/** Whether a result asks for a DPIA (the attention item stays until one is recorded). */
export const dpiaRequired = (result: ScreeningResult) => result !== 'not_needed';

type Decision = 'needed' | 'not_needed';

/**
 * The result to record when the user chose `decision` (null: the rule's). The same answer
 * as the rule is no deviation; a different one needs reasons and is refused where Art.
 * 35(3) or the DSK list require the DPIA.
 */
export function decide(
  outcome: ScreeningOutcome,
  decision: Decision | null,
): { result: ScreeningResult; deviating: boolean } | 'not_allowed' {
  const ruleDecision: Decision = dpiaRequired(outcome.result) ? 'needed' : 'not_needed';
  if (decision === null || decision === ruleDecision) {
    return { result: outcome.result, deviating: false };
  }
  if (!outcome.deviationAllowed) return 'not_allowed';
  return { result: decision, deviating: true };
}
