import { z } from 'zod';
import periodsJson from '../../assets/retention-periods.json' with { type: 'json' };
import { isoDate } from '../api/fields';
import type { Language } from '../api/fields';
import { deletionMethod, periodUnit, startEvent } from '../api/retention';
import type { RetentionPeriod } from '../api/retention';
import type { PeriodChange } from '../rules/retention';

// The statutory retention periods shipped with the app (assets/retention-periods.json), in
// German and English, with norm, period, start event and whether the period runs from the
// end of the calendar year. Users add their own periods to a workspace-wide list (table
// retention_periods): a DPO reuses the same own periods for every client. A rule copies the
// values it takes from here, so changing the catalogue never changes an existing rule.
// `reason` is copied into the rule and printed in the deletion concept, so it states the
// reason for the period; `note` is guidance for the user ("set a legal hold then") and is
// only shown where the period is picked.

const localized = z.strictObject({ de: z.string().trim().min(1), en: z.string().trim().min(1) });
const optionalLocalized = z.strictObject({ de: z.string().trim(), en: z.string().trim() });

export const statutoryPeriod = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: localized,
  /** What the kind of data comprises, for a rule the app creates itself (closed requests). */
  description: optionalLocalized.optional(),
  norm: localized,
  reason: localized,
  note: optionalLocalized,
  periodAmount: z.number().int().min(0),
  periodUnit,
  yearEnd: z.boolean(),
  startEvent,
  startDescription: localized,
  method: deletionMethod,
  /** A statutory change of the period (BEG IV for Buchungsbelege). */
  transition: z
    .strictObject({ changedOn: isoDate, previousAmount: z.number().int().min(0) })
    .optional(),
});
export type StatutoryPeriod = z.infer<typeof statutoryPeriod>;

export const statutoryPeriods = z
  .array(statutoryPeriod)
  .refine((list) => new Set(list.map((p) => p.key)).size === list.length, {
    error: 'Retention period keys must be unique.',
  });

// Parsed once at module load: a broken asset must stop the app (and fail the unit tests).
const parsed = statutoryPeriods.safeParse(periodsJson);
if (!parsed.success) {
  throw new Error(`assets/retention-periods.json is invalid: ${parsed.error.message}`);
}
const periods: readonly StatutoryPeriod[] = parsed.data;

export function listStatutoryPeriods(): readonly StatutoryPeriod[] {
  return periods;
}

export function findStatutoryPeriod(key: string): StatutoryPeriod | undefined {
  return periods.find((p) => p.key === key);
}

/** One statutory entry in the user's language, in the API's shape. */
export function localizePeriod(p: StatutoryPeriod, language: Language): RetentionPeriod {
  return {
    key: p.key,
    source: 'statutory',
    id: null,
    name: p.name[language],
    norm: p.norm[language],
    reason: p.reason[language],
    note: p.note[language],
    periodAmount: p.periodAmount,
    periodUnit: p.periodUnit,
    yearEnd: p.yearEnd,
    startEvent: p.startEvent,
    startDescription: p.startDescription[language],
    method: p.method,
  };
}

/**
 * The statutory change that applies to a rule: only when the rule was taken from an entry
 * with a transition and still uses that entry's period (an edited period is the user's own).
 */
export function periodChangeFor(rule: {
  catalogueKey: string | null;
  periodAmount: number;
  periodUnit: string;
  yearEnd: boolean;
}): PeriodChange | null {
  const entry = rule.catalogueKey ? findStatutoryPeriod(rule.catalogueKey) : undefined;
  if (!entry?.transition) return null;
  const same =
    entry.periodAmount === rule.periodAmount &&
    entry.periodUnit === rule.periodUnit &&
    entry.yearEnd === rule.yearEnd;
  return same ? entry.transition : null;
}
