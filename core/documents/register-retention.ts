import type { Paragraph } from 'docx';
import type { Activity, Language } from '../api';
import { linkedRuleLine } from '../i18n/retention-labels';
import { bulletList, textParagraphs } from './docx-parts';

// Art. 30(1)(f) in the register exports: the activity's own note on erasure periods, then
// each linked deletion rule (name, period, start event, norm) from the deletion concept.

type WithRules = Pick<Activity, 'retention' | 'retentionRules'>;

const ruleLines = (activity: WithRules, language: Language) =>
  (activity.retentionRules ?? []).map((rule) => linkedRuleLine(rule, language));

/** The Word blocks: the note's paragraphs (if any) and one bullet per linked rule. */
export function retentionParagraphs(
  activity: Activity,
  language: Language,
  empty: string,
): Paragraph[] {
  const rules = ruleLines(activity, language);
  if (rules.length === 0) return textParagraphs(activity.retention, empty);
  const note = activity.retention.trim() ? textParagraphs(activity.retention, empty) : [];
  return [...note, ...bulletList(rules, empty)];
}

/** One spreadsheet cell: the note and the linked rules, joined with "; ". */
export function retentionCell(activity: Activity, language: Language): string {
  return [activity.retention.trim(), ...ruleLines(activity, language)].filter(Boolean).join('; ');
}

/**
 * The storage period as plain text, one line each (Art. 15(1)(d) reply): the note, then
 * every linked deletion rule.
 */
export function retentionText(activity: WithRules, language: Language): string {
  return [activity.retention.trim(), ...ruleLines(activity, language)].filter(Boolean).join('\n');
}
