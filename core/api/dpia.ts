import { z } from 'zod';
import { id, instant, isoDate, language, optionalText, requiredText } from './fields';
import { method } from './method';

// The DPIA screening of a processing activity (Art. 35 GDPR) and the DPIA record once one
// was carried out. The legal facts: docs/domain.md, "DPIA screening (Art. 35)".

/** The three cases of Art. 35(3) GDPR in which a DPIA is required in particular. */
export const art35Case = z.enum(['a_evaluation', 'b_special_large_scale', 'c_public_monitoring']);
export type Art35Case = z.infer<typeof art35Case>;

/** The nine criteria of WP248 rev.01 (Article 29 Working Party, endorsed by the EDPB). */
export const dpiaCriterion = z.enum([
  'scoring',
  'automated_decision',
  'monitoring',
  'sensitive',
  'large_scale',
  'matching',
  'vulnerable',
  'innovative',
  'prevents_rights',
]);
export type DpiaCriterion = z.infer<typeof dpiaCriterion>;

/** An item of the DSK list under Art. 35(4) (assets/dpia-dsk-list.json). */
export const dskItemKey = z.enum(['biometric', 'genetic']);
export type DskItemKey = z.infer<typeof dskItemKey>;

/** Art. 35(10): a legal basis in EU or member-state law whose adoption included a DPIA. */
export const dpiaException = z.enum(['art35_10']);

export const screeningAnswers = z.object({
  art35: z.array(art35Case).max(3).default([]),
  criteria: z.array(dpiaCriterion).max(9).default([]),
  dsk: z.array(dskItemKey).max(50).default([]),
  exception: dpiaException.nullable().default(null),
});
export type ScreeningAnswers = z.output<typeof screeningAnswers>;

/** The result of a screening; the three "needed" results name what requires the DPIA. */
export const screeningResult = z.enum(['needed', 'not_needed', 'needed_dsk', 'needed_art35_3']);
export type ScreeningResult = z.infer<typeof screeningResult>;

/** What the user may record instead of the rule's result, with reasons in their own words. */
export const screeningDeviation = z.object({
  result: z.enum(['needed', 'not_needed']),
  reason: requiredText(4000),
});

export const screeningInput = z.object({
  activityId: id,
  answers: screeningAnswers,
  deviation: screeningDeviation.nullable().default(null),
});

export const dpiaScreening = z.object({
  answers: screeningAnswers,
  /** What core/rules/dpia-screening.ts gives for the answers. */
  ruleResult: screeningResult,
  /** The recorded result: the rule's, or the user's deviation. */
  result: screeningResult,
  /** Codes the renderer translates (`dpia:reason.<code>`). */
  reasons: z.array(z.string()),
  deviationReason: z.string(),
  screenedBy: z.string(),
  screenedAt: instant,
});
export type DpiaScreening = z.infer<typeof dpiaScreening>;

/** How the DPIA ended (Art. 35(7)(d), Art. 36(1)). */
export const dpiaOutcome = z.enum(['risks_addressed', 'prior_consultation', 'not_proceeding']);
export type DpiaOutcome = z.infer<typeof dpiaOutcome>;

export const dpiaRecordValues = z.object({
  date: isoDate,
  reference: requiredText(200),
  outcome: dpiaOutcome,
  note: optionalText(4000),
});

export const dpiaRecord = dpiaRecordValues.extend({
  recordedBy: z.string(),
  recordedAt: instant,
});
export type DpiaRecord = z.infer<typeof dpiaRecord>;

export const dpiaAssessment = z.object({
  activityId: id,
  clientId: id,
  screening: dpiaScreening.nullable(),
  record: dpiaRecord.nullable(),
});
export type DpiaAssessment = z.infer<typeof dpiaAssessment>;

export const dskItem = z.object({
  key: dskItemKey,
  number: z.number().int(),
  label: z.string(),
  example: z.string(),
  /** The item applies only when one of these WP248 criteria applies as well. */
  furtherCriteria: z.array(dpiaCriterion),
});
export type DskItem = z.infer<typeof dskItem>;

export const dpiaMethods = {
  'dpia.get': method(
    z.object({ activityId: id }),
    dpiaAssessment,
    "An activity's DPIA screening (Art. 35) and its DPIA record, each null until recorded.",
  ),
  'dpia.dskList': method(
    z.object({ language }),
    z.object({ title: z.string(), complete: z.boolean(), items: z.array(dskItem) }),
    'The items of the DSK list under Art. 35(4) known to the app (complete: false while items are missing).',
  ),
  'dpia.screen': method(
    screeningInput,
    dpiaAssessment,
    'Records the screening: the answers, the result of the rule or a deviation with reasons (NOT_ALLOWED where Art. 35(3) or the DSK list requires a DPIA).',
  ),
  'dpia.record': method(
    z.object({ activityId: id, record: dpiaRecordValues }),
    dpiaAssessment,
    'Records the DPIA carried out: date, reference, outcome and a note; files via attachments (ownerType dpia).',
  ),
} as const;
