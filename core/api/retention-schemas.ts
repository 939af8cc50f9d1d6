import { z } from 'zod';
import { id, instant, isoDate, optionalText, requiredText } from './fields';
import { requestKind } from './requests-schemas';
import { failsWith, customIssue } from './validation';

// Retention rules and the deletion concept (DIN 66398). One rule (Löschregel) per
// kind of data (Datenart) of a client: start event type + retention period (Vorhaltefrist)
// + deletion run interval = Regellöschfrist. Links to the register's activities and data
// categories, and a deletion log (Löschprotokoll) of the runs that were carried out.

/** DIN 66398's three abstract start types (Startzeitpunkt). */
export const startEvents = ['creation', 'transaction_end', 'relationship_end'] as const;
export const startEvent = z.enum(startEvents);
export type StartEvent = z.infer<typeof startEvent>;

export const periodUnit = z.enum(['days', 'months', 'years']);
export type PeriodUnit = z.infer<typeof periodUnit>;

/** How often the deletion runs; its length is added to the Vorhaltefrist (DIN 66398). */
export const runIntervals = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'half_yearly',
  'yearly',
] as const;
export const runInterval = z.enum(runIntervals);
export type RunInterval = z.infer<typeof runInterval>;

/** Delete, anonymise, or restrict (Art. 18, "sperren") until the period ends, then delete. */
export const deletionMethod = z.enum(['delete', 'anonymise', 'restrict']);
export type DeletionMethod = z.infer<typeof deletionMethod>;

/** A period amount: never negative; 200 years is beyond any statutory period. */
export const periodAmount = z
  .number(failsWith('number'))
  .int(failsWith('number'))
  .min(0, failsWith('notNegative'))
  .max(2400, failsWith('tooBig'));

/** The fields a user edits; `retentionRuleInput` adds the cross-field checks. */
export const retentionRuleFields = z.object({
  /** The Datenart, e.g. "Rechnungen (Buchungsbelege)"; unique per client. */
  name: requiredText(200),
  description: optionalText(2000),
  /** The catalogue entry the rule was taken from ("statutory key" or "custom:<id>"). */
  catalogueKey: z.string().trim().max(100).nullable().default(null),
  startEvent,
  /** The concrete event, e.g. "Ende des Kalenderjahres der letzten Eintragung". */
  startDescription: optionalText(500),
  periodAmount,
  periodUnit,
  /** The period begins at the end of the calendar year of the start event (§ 257(5) HGB). */
  yearEnd: z.boolean().default(false),
  runInterval: runInterval.default('monthly'),
  method: deletionMethod.default('delete'),
  norm: optionalText(500),
  /** Why this period (the "Begründung" of the deletion concept). */
  reason: optionalText(4000),
  /** Where the data lives, e.g. "DATEV", "Personalakte (Papier)". */
  systems: z.array(requiredText(200)).max(50).default([]),
  responsible: optionalText(200),
  /** A legal hold (e.g. open tax assessment, § 147(3) AO, or litigation) stops deletion. */
  legalHold: z.boolean().default(false),
  holdReason: optionalText(2000),
  activityIds: z.array(id).max(500).default([]),
  dataCategoryIds: z.array(id).max(500).default([]),
});

export const retentionRuleInput = retentionRuleFields.superRefine((rule, issue) => {
  if (rule.legalHold && rule.holdReason === '') {
    issue.addIssue(customIssue(['holdReason'], 'required'));
  }
  const seen = new Set<string>();
  rule.systems.forEach((system, i) => {
    const key = system.toLocaleLowerCase('de');
    if (seen.has(key)) issue.addIssue(customIssue(['systems', i], 'duplicate'));
    seen.add(key);
  });
});
export type RetentionRuleInput = z.input<typeof retentionRuleInput>;
export type RetentionRuleValues = z.output<typeof retentionRuleInput>;

/** Regellöschfrist = Vorhaltefrist + run interval, in whole months plus days. */
export const regularPeriod = z.object({ months: z.number().int(), days: z.number().int() });
export type RegularPeriod = z.infer<typeof regularPeriod>;

const ref = z.object({ id, name: z.string() });

/**
 * What a rule the app keeps for itself applies to: 'closed_requests' is every client's rule
 * for its closed data subject requests (one per client; it cannot be deleted, its period and
 * start can be changed, and the plan offers the requests due for deletion).
 */
export const ruleAppliesTo = z.enum(['closed_requests']);
export type RuleAppliesTo = z.infer<typeof ruleAppliesTo>;

/** Where a rule's deletion runs stand, per system ('' when the rule names no system). */
export const systemRunStatus = z.object({
  system: z.string(),
  lastRun: z.string().nullable(),
  nextDue: z.string().nullable(),
  overdue: z.boolean(),
});

export const retentionRule = retentionRuleFields
  .omit({ activityIds: true, dataCategoryIds: true })
  .extend({
    id,
    clientId: id,
    appliesTo: ruleAppliesTo.nullable().default(null),
    activities: z.array(ref),
    dataCategories: z.array(ref),
    regularPeriod,
    runs: z.array(systemRunStatus),
    overdue: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
  });
export type RetentionRule = z.infer<typeof retentionRule>;

/** What the register (export, Art. 15 reply) prints of a linked rule. */
export const linkedRetentionRule = z.object({
  id,
  name: z.string(),
  startEvent,
  startDescription: z.string(),
  periodAmount: z.number().int(),
  periodUnit,
  yearEnd: z.boolean(),
  runInterval,
  method: deletionMethod,
  norm: z.string(),
  legalHold: z.boolean(),
});
export type LinkedRetentionRule = z.infer<typeof linkedRetentionRule>;

/** A statutory period shipped in assets/ or one the user added (workspace-wide). */
export const retentionPeriod = z.object({
  key: z.string(),
  source: z.enum(['statutory', 'custom']),
  id: id.nullable(),
  name: z.string(),
  norm: z.string(),
  /** Why the period applies; a rule taken from the catalogue starts with it as its reason. */
  reason: z.string(),
  /** Guidance for the user when picking the period (own periods: the user's note). */
  note: z.string(),
  periodAmount: z.number().int(),
  periodUnit,
  yearEnd: z.boolean(),
  startEvent,
  startDescription: z.string(),
  method: deletionMethod,
});
export type RetentionPeriod = z.infer<typeof retentionPeriod>;

export const retentionPeriodInput = z.object({
  name: requiredText(200),
  norm: optionalText(500),
  note: optionalText(2000),
  periodAmount,
  periodUnit,
  yearEnd: z.boolean().default(false),
  startEvent,
  startDescription: optionalText(500),
  method: deletionMethod.default('delete'),
});
export type RetentionPeriodInput = z.input<typeof retentionPeriodInput>;

export const dueDates = z.object({
  /** Last day the data must be kept. */
  keepUntil: z.string(),
  /** First day the data may (and must, at the next run) be deleted. */
  deletableFrom: z.string(),
  /** Latest day by which the deletion run must have removed it (end of Regellöschfrist). */
  deleteBy: z.string(),
  legalHold: z.boolean(),
});
export type DueDates = z.infer<typeof dueDates>;

/** A calendar month "YYYY-MM". */
export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, failsWith('month'));

export const planInput = z.object({
  /** Omitted: every client of the workspace. */
  clientId: id.optional(),
  month: yearMonth,
  span: z.enum(['month', 'quarter']).default('month'),
});

/** A closed request of the plan: when its retention ends, and whether it may go now. */
export const dueRequest = z.object({
  id,
  kind: requestKind,
  requesterName: z.string(),
  closedOn: z.string(),
  deletableFrom: z.string(),
  deleteBy: z.string(),
  /** The period has passed today (Europe/Berlin): the request can be deleted now. */
  deletableNow: z.boolean(),
});
export type DueRequest = z.infer<typeof dueRequest>;

export const planEntry = z.object({
  clientId: id,
  clientName: z.string(),
  ruleId: id,
  ruleName: z.string(),
  system: z.string(),
  method: deletionMethod,
  legalHold: z.boolean(),
  /** Data whose start event lies in this range becomes deletable within the span. */
  cohortFrom: z.string().nullable(),
  cohortTo: z.string().nullable(),
  /** The next run due within (or before) the span; null when none falls due. */
  runDue: z.string().nullable(),
  lastRun: z.string().nullable(),
  overdue: z.boolean(),
  /** The rule for closed requests: the requests whose period ends by the end of the span. */
  requests: z.array(dueRequest),
});
export type PlanEntry = z.infer<typeof planEntry>;

export const plan = z.object({ from: z.string(), to: z.string(), entries: z.array(planEntry) });
export type DeletionPlan = z.infer<typeof plan>;

export const deletionRunInput = z.object({
  ruleId: id,
  date: isoDate,
  system: z.string().trim().max(200).default(''),
  /** How many records were deleted, if counted. */
  count: z
    .number(failsWith('number'))
    .int(failsWith('number'))
    .min(0, failsWith('notNegative'))
    .nullable()
    .default(null),
  description: optionalText(2000),
  method: deletionMethod,
  person: requiredText(200),
});
export type DeletionRunInput = z.input<typeof deletionRunInput>;

export const deletionRun = z.object({
  id,
  clientId: id,
  /** Null once the rule is deleted; the log keeps the rule's name. */
  ruleId: id.nullable(),
  ruleName: z.string(),
  date: z.string(),
  system: z.string(),
  count: z.number().int().nullable(),
  description: z.string(),
  method: deletionMethod,
  person: z.string(),
  createdAt: instant,
});
export type DeletionRun = z.infer<typeof deletionRun>;

/** DIN 66398 matrix of deletion classes: start types x the standard periods in use. */
export const deletionClasses = z.object({
  periods: z.array(regularPeriod.extend({ yearEnd: z.boolean(), key: z.string() })),
  cells: z.array(z.object({ startEvent, periodKey: z.string(), ruleIds: z.array(id) })),
});
export type DeletionClasses = z.infer<typeof deletionClasses>;
