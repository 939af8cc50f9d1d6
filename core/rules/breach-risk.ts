import type { AssessmentInput, RiskCriteria, RiskLevel } from '../api';
import { ratedCriteria } from '../api';
import type { Problem } from './breach-clock';

// The risk of a breach to the rights and freedoms of persons, after the criteria of EDPB
// Guidelines 9/2022 (section IV.B): the type of breach, the nature, sensitivity and volume
// of the data, the ease of identification, the severity of the consequences, special
// characteristics of the persons (vulnerable, Art. 9/10 data) and their number. The rule
// suggests a level; the user decides, and a lower level than the suggestion needs reasons.

const order: Record<RiskCriteria['severity'], number> = { low: 0, medium: 1, high: 2 };
export const levelRank: Record<RiskLevel, number> = { none: 0, risk: 1, high: 2 };

export function suggestedLevel(c: RiskCriteria): RiskLevel {
  const ratings = ratedCriteria.map((k) => order[c[k]]);
  const severity = order[c.severity];
  // Severe consequences are a high risk; so are noticeable ones for vulnerable persons or
  // with Art. 9/10 data, and a breach rated high on most criteria; nothing above low is none.
  if (severity === 2) return 'high';
  if ((c.specialCategories || c.vulnerable) && severity >= 1) return 'high';
  // Minor consequences that cannot be tied to a person are unlikely to result in a risk,
  // whatever the data (e.g. a stolen device encrypted with its key safe, EDPB 01/2021).
  if (severity === 0 && c.identification === 'low') return 'none';
  if (ratings.filter((r) => r === 2).length >= 3) return 'high';
  const special = c.specialCategories || c.vulnerable;
  if (!special && ratings.every((r) => r === 0)) return 'none';
  return 'risk';
}

export function assessmentProblems(
  a: Pick<
    Required<AssessmentInput>,
    'criteria' | 'level' | 'reasons' | 'art34Ground' | 'art34Note'
  >,
  specialConcerned: boolean,
): Problem[] {
  const problems: Problem[] = [];
  const reasons = (a.reasons ?? '').trim();
  const criteria = { ...a.criteria, specialCategories: a.criteria.specialCategories ?? false };
  if (specialConcerned && !criteria.specialCategories) {
    problems.push({ path: 'criteria.specialCategories', key: 'specialCategoriesConcerned' });
  }
  const suggested = suggestedLevel({
    ...criteria,
    specialCategories: criteria.specialCategories || specialConcerned,
    vulnerable: criteria.vulnerable ?? false,
  });
  if (a.level === 'none' && !reasons) problems.push({ path: 'reasons', key: 'noRiskReasons' });
  else if (levelRank[a.level] < levelRank[suggested] && !reasons) {
    problems.push({ path: 'reasons', key: 'belowSuggestion' });
  }
  if (a.art34Ground && a.level !== 'high') {
    problems.push({ path: 'art34Ground', key: 'art34GroundNeedsHigh' });
  } else if (a.art34Ground && !(a.art34Note ?? '').trim()) {
    problems.push({ path: 'art34Note', key: 'art34NoteNeeded' });
  }
  return problems;
}

export interface CloseFacts {
  level: RiskLevel | null;
  art34Ground: string | null;
  firstNoticeAt: string | null;
  informedChannel: string | null;
}

/**
 * What must be done before a breach is closed: assessed; notified when there is a risk;
 * with a high risk the persons told, or an Art. 34(3) ground recorded (with disproportionate
 * effort, a public communication instead).
 */
export function closeProblem(f: CloseFacts): string | null {
  if (f.level === null) return 'notAssessed';
  if (f.level !== 'none' && f.firstNoticeAt === null) return 'notNotified';
  if (f.level === 'high') {
    if (f.art34Ground === 'disproportionate' && f.informedChannel !== 'public') {
      return 'publicNeeded';
    }
    if (f.art34Ground === null && f.informedChannel === null) return 'highRiskNotInformed';
  }
  return null;
}
