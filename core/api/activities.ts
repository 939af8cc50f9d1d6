import { z } from 'zod';
import { dataRef, dataSpecial, recipientRef, recipientType, subjectRef } from './catalogues';
import { id, instant, optionalDate, optionalEmail, optionalText, requiredText } from './fields';
import { linkedRetentionRule } from './retention';
import { templateField } from './template-fields';

/** Art. 6(1)(a)-(f) and Art. 9(2)(a)-(j) GDPR. */
export const legalBasisCodes = [
  ...(['a', 'b', 'c', 'd', 'e', 'f'] as const).map((l) => `art6_1_${l}` as const),
  ...(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const).map(
    (l) => `art9_2_${l}` as const,
  ),
];
export const legalBasis = z.enum(legalBasisCodes as [string, ...string[]]);

/** Chapter V safeguards for a third-country transfer (Art. 30(1)(e)). */
export const safeguard = z.enum(['adequacy', 'scc', 'bcr', 'art46_other', 'art49', 'none']);
export type Safeguard = z.infer<typeof safeguard>;

export const transfer = z.object({
  country: requiredText(100),
  recipient: optionalText(200),
  safeguard: safeguard.default('none'),
  /** Documentation of suitable safeguards; required for Art. 49(1) subpara 2 transfers. */
  safeguardNote: optionalText(1000),
});

/** Where a processor or sub-processor processes: inside the EU/EEA, a country with an adequacy decision, or a third country. */
export const countryKind = z.enum(['eu_eea', 'adequacy', 'third_country']);
export type CountryKind = z.infer<typeof countryKind>;

/**
 * A processor linked to the activity, with what its third-country transfers need (Art.
 * 30(1)(e), Art. 44 ff.): where it and each sub-processor process and on which safeguard,
 * and the transfer impact assessment. core/rules/transfers.ts turns it into transfers.
 */
export const activityProcessor = z.object({
  id,
  name: z.string(),
  country: z.string(),
  countryKind,
  safeguard,
  safeguardNote: z.string(),
  tiaDoneOn: z.string().nullable(),
  tiaReference: z.string(),
  subProcessors: z.array(
    z.object({
      name: z.string(),
      country: z.string(),
      countryKind,
      safeguard,
      safeguardNote: z.string(),
    }),
  ),
});
export type ActivityProcessor = z.infer<typeof activityProcessor>;

export const activityStatus = z.enum(['draft', 'active', 'archived']);
export type ActivityStatus = z.infer<typeof activityStatus>;

export const dpiaStatus = z.enum(['open', 'not_needed', 'needed', 'done']);

/** Every Art. 30(1) field plus the optional German additions (DSK sample form). */
export const activityInput = z.object({
  number: optionalText(30),
  name: requiredText(200),
  purposes: optionalText(4000),
  legalBases: z.array(legalBasis).default([]),
  nationalNorm: optionalText(500),
  jointControllers: optionalText(1000),
  subjects: z.array(subjectRef).default([]),
  dataCategories: z.array(dataRef).default([]),
  recipients: z.array(recipientRef).default([]),
  transfers: z.array(transfer).default([]),
  retention: optionalText(4000),
  toms: optionalText(4000),
  tomsReference: optionalText(500),
  department: optionalText(200),
  contactName: optionalText(200),
  contactPhone: optionalText(50),
  contactEmail: optionalEmail,
  itSystems: optionalText(2000),
  dataSource: optionalText(1000),
  dpiaStatus: dpiaStatus.default('open'),
  dpiaReason: optionalText(2000),
  status: activityStatus.default('draft'),
  nextReview: optionalDate,
});
export type ActivityInput = z.input<typeof activityInput>;
export type ActivityValues = z.output<typeof activityInput>;

/** Art. 30(1) items a check can find missing; legal basis is only recommended (docs/domain.md 1). */
export const completenessItem = z.enum([
  'controller',
  'purposes',
  'subjects',
  'dataCategories',
  'recipients',
  'transfers',
  'retention',
  'toms',
]);
export type CompletenessItem = z.infer<typeof completenessItem>;
export const recommendationItem = z.enum(['legalBasis', 'art9Basis', 'dpia', 'nextReview']);
export type RecommendationItem = z.infer<typeof recommendationItem>;

/** The parts of an activity a starter template fills (core/api/template-fields.ts). */
export { templateField, type TemplateField } from './template-fields';

/**
 * Why lit. e is incomplete, for one recipient: a third-country recipient without a
 * documented transfer, or a transfer (recorded, or through a processor or sub-processor)
 * without its country, its safeguard or, for Art. 49, its documentation.
 */
export const transferIssue = z.object({
  /** Where to fix it: the recipient or transfer on the activity, or the processor's page. */
  source: z.enum(['recipient', 'activity', 'processor', 'subProcessor']),
  recipient: z.string(),
  /** For a sub-processor: the processor that engages it (onward transfer); else ''. */
  via: z.string(),
  country: z.string(),
  problem: z.enum(['transfer', 'country', 'safeguard', 'documentation']),
});
export type TransferIssue = z.infer<typeof transferIssue>;

export const completeness = z.object({
  /** Nothing missing and no template content left unconfirmed. */
  complete: z.boolean(),
  missing: z.array(completenessItem),
  recommended: z.array(recommendationItem),
  /** Template content the user has not confirmed yet (a placeholder transfer among it). */
  unconfirmed: z.array(templateField).default([]),
  /** Which recipient makes lit. e incomplete, so the check can name it. */
  transferIssues: z.array(transferIssue).optional(),
});
export type Completeness = z.infer<typeof completeness>;

const catRef = z.object({ id, name: z.string() });
export const activity = activityInput.extend({
  id,
  clientId: id,
  subjects: z.array(catRef),
  dataCategories: z.array(catRef.extend({ special: dataSpecial })),
  recipients: z.array(catRef.extend({ type: recipientType, country: z.string() })),
  nextReview: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  completeness,
  /** The starter template the activity was created from, if any. */
  templateKey: z.string().nullable().default(null),
  /** Template content not yet confirmed or edited by the user. */
  unconfirmed: z.array(templateField).default([]),
  /** Deletion rules linked to the activity; they document Art. 30(1)(f). */
  retentionRules: z.array(linkedRetentionRule).optional(),
  /** Processors linked to the activity; their transfers count as the activity's own. */
  processors: z.array(activityProcessor).optional(),
});
export type Activity = z.infer<typeof activity>;

export const activitySummary = z.object({
  id,
  number: z.string(),
  name: z.string(),
  department: z.string(),
  status: activityStatus,
  nextReview: z.string().nullable(),
  updatedAt: instant,
  completeness,
});
export type ActivitySummary = z.infer<typeof activitySummary>;

export const activitySort = z.enum(['name', 'number', 'status', 'updatedAt', 'nextReview']);

export const activityListInput = z.object({
  clientId: id,
  search: z.string().trim().max(200).default(''),
  status: z.union([activityStatus, z.literal('current'), z.literal('all')]).default('current'),
  /** incomplete: an Art. 30(1) item is missing; unconfirmed: template content to confirm. */
  completeness: z.enum(['all', 'complete', 'incomplete', 'unconfirmed']).default('all'),
  reviewDue: z.boolean().default(false),
  sort: activitySort.default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});

export const confirmTemplateInput = z.object({
  id,
  /** The template fields the user confirms as true for this client. */
  fields: z.array(templateField).min(1),
});

/** Guidance for the app's user, per template field; shown in the form, never printed. */
export const templateHints = z.partialRecord(templateField, z.string());
export type TemplateHints = z.infer<typeof templateHints>;
