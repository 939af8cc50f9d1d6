import type { ErasureItem, ErasureOutcome, Language, LinkedRetentionRule } from '../api';
import { formatRetention } from '../i18n/retention-labels';

// What an erasure request does to each kind of data, proposed from the deletion rules
// linked to the activities that concern the person (docs/domain.md section 7):
// - a rule that names a statutory norm is a retention duty: the data is kept (Art. 17(3)(b)
//   GDPR, § 35(3) BDSG) and restricted until the period ends;
// - a rule whose method is "restrict", or that is under a legal hold, restricts the data
//   instead of deleting it (Art. 18 GDPR, e.g. for legal claims);
// - everything else is deleted, including an activity that has no deletion rule.
// It is a proposal: whether a person's records are still inside their period is known
// only in the client's systems, so the user confirms or changes every line.

export interface ErasureActivity {
  name: string;
  dataCategories: readonly { name: string }[];
  retentionRules?: readonly LinkedRetentionRule[];
}

export function proposedOutcome(rule: LinkedRetentionRule): ErasureOutcome {
  if (rule.norm.trim() !== '') return 'retained';
  if (rule.method === 'restrict' || rule.legalHold) return 'restricted';
  return 'deleted';
}

/** "8 Jahre ab Schluss des Kalenderjahres (§ 147 AO)": the period and its norm, plainly. */
function ruleDetail(rule: LinkedRetentionRule, language: Language): string {
  const norm = rule.norm.trim();
  return norm ? `${formatRetention(rule, language)} (${norm})` : formatRetention(rule, language);
}

export function proposeErasureItems(
  activities: readonly ErasureActivity[],
  language: Language,
): ErasureItem[] {
  const items: ErasureItem[] = [];
  const seen = new Set<number>();
  for (const activity of activities) {
    const rules = activity.retentionRules ?? [];
    if (rules.length === 0) {
      items.push({
        ruleId: null,
        name: activity.name,
        outcome: 'deleted',
        detail: activity.dataCategories.map((d) => d.name).join(', '),
      });
    }
    for (const rule of rules) {
      if (seen.has(rule.id)) continue;
      seen.add(rule.id);
      const outcome = proposedOutcome(rule);
      items.push({
        ruleId: rule.id,
        name: rule.name,
        outcome,
        detail: outcome === 'deleted' ? '' : ruleDetail(rule, language),
      });
    }
  }
  return items;
}
