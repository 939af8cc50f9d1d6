import { z } from 'zod';
import templatesJson from '../../assets/templates/activities.json' with { type: 'json' };
import { activityInput, dpiaStatus, legalBasis, safeguard, templateField } from '../api/activities';
import type { ActivityInput, ActivityValues, TemplateHints } from '../api/activities';
import { dataSpecial, recipientType } from '../api/catalogues';
import type { Language } from '../api/fields';
import type { templateSummary } from '../api/system';

// Starter templates of typical small-business processing activities (assets/templates).
// Every text exists in German and English; the user picks one language when creating the
// activity, and from then on it is ordinary, editable data of that client.
// Every field that becomes part of the activity is printed (register, Art. 15 reply), so it
// holds only what a register entry states. Anything said to the app's user ("adapt to the
// service you use", "check every year", a link to look at) goes into `hints`, which the
// form shows next to the field and no document ever reads.

/** A text in both UI languages; may be empty (e.g. no joint controllers). */
const localized = z.strictObject({ de: z.string().trim(), en: z.string().trim() });

/** A text that must be filled in both languages. */
const required = z.strictObject({ de: z.string().trim().min(1), en: z.string().trim().min(1) });

const transferTemplate = z.strictObject({
  country: required,
  recipient: localized,
  safeguard,
  safeguardNote: localized,
});

export const activityTemplate = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: required,
  /** One purpose per line. */
  purposes: required,
  legalBases: z.array(legalBasis),
  nationalNorm: localized,
  jointControllers: localized,
  // Catalogue entries: the same name must mean the same thing in every template, because
  // they land in one per-client catalogue shared by all activities.
  subjects: z.array(required).min(1),
  dataCategories: z.array(required.extend({ special: dataSpecial })).min(1),
  recipients: z.array(required.extend({ type: recipientType, country: z.string().trim() })).min(1),
  transfers: z.array(transferTemplate),
  retention: required,
  toms: required,
  department: localized,
  itSystems: localized,
  dataSource: localized,
  dpiaStatus,
  dpiaReason: localized,
  /** Guidance for the user, by the field it belongs to; never part of the activity. */
  hints: z.partialRecord(templateField, required).default({}),
});
export type ActivityTemplate = z.infer<typeof activityTemplate>;

export const activityTemplates = z
  .array(activityTemplate)
  .refine((list) => new Set(list.map((t) => t.key)).size === list.length, {
    error: 'Template keys must be unique.',
  });

// Parsed once at module load: a broken asset must stop the app at start-up (and fail the
// unit tests), not surface later as a half-filled activity.
const parsed = activityTemplates.safeParse(templatesJson);
if (!parsed.success) fail(parsed.error);
const templates: readonly ActivityTemplate[] = parsed.data;
// The activity schema also limits lengths; checking each conversion here (a few ms)
// keeps "Create from template" from ever failing in front of the user.
for (const t of templates) {
  for (const language of ['de', 'en'] as const) {
    const check = activityInput.safeParse(templateToActivityInput(t.key, language));
    if (!check.success) fail(check.error, `${t.key}/${language}: `);
  }
}

function fail(error: z.ZodError, prefix = ''): never {
  const details = z.prettifyError(error);
  throw new Error(`assets/templates/activities.json is invalid: ${prefix}\n${details}`);
}

/** All templates in one language, sorted by name as a user of that language expects. */
export function listTemplates(language: Language): z.infer<typeof templateSummary>[] {
  return templates
    .map((t) => ({ key: t.key, name: t.name[language], purposes: t.purposes[language] }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/** The template's guidance for the user in one language; empty for an unknown key. */
export function templateHints(key: string, language: Language): TemplateHints {
  const t = templates.find((candidate) => candidate.key === key);
  const hints: TemplateHints = {};
  for (const field of templateField.options) {
    const text = t?.hints[field];
    if (text) hints[field] = text[language];
  }
  return hints;
}

/**
 * A complete draft activity in one language, ready for `activityInput.parse`, or undefined
 * for an unknown key. Contact fields and the number stay empty: they belong to the client.
 */
export function templateToActivityInput(
  key: string,
  language: Language,
): ActivityInput | undefined {
  const t = templates.find((candidate) => candidate.key === key);
  if (!t) return undefined;
  // `satisfies ActivityValues` makes the compiler insist on every field, so a field added to
  // the activity schema later is not silently left to its default here.
  const input = {
    number: '',
    name: t.name[language],
    purposes: t.purposes[language],
    legalBases: [...t.legalBases],
    nationalNorm: t.nationalNorm[language],
    jointControllers: t.jointControllers[language],
    subjects: t.subjects.map((s) => ({ name: s[language] })),
    dataCategories: t.dataCategories.map((d) => ({ name: d[language], special: d.special })),
    recipients: t.recipients.map((r) => ({ name: r[language], type: r.type, country: r.country })),
    transfers: t.transfers.map((x) => ({
      country: x.country[language],
      recipient: x.recipient[language],
      safeguard: x.safeguard,
      safeguardNote: x.safeguardNote[language],
    })),
    retention: t.retention[language],
    toms: t.toms[language],
    tomsReference: '',
    department: t.department[language],
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    itSystems: t.itSystems[language],
    dataSource: t.dataSource[language],
    dpiaStatus: t.dpiaStatus,
    dpiaReason: t.dpiaReason[language],
    status: 'draft',
    nextReview: null,
  } satisfies ActivityValues;
  return input;
}
