import type { ActivityInput, TemplateField } from '../api';

// Content from a starter template is a proposal until the user confirms it or writes their
// own: "Microsoft 365 / USA" is true for one client and false for the next. These rules say
// which fields a template filled and which of them an edit has touched, so the server (on
// save) and the form (live, before saving) agree on what is still unconfirmed.

/** What the rules read; stored activities and (half-typed) form values both fit. */
type Values = Partial<ActivityInput>;

const text = (s: string | null | undefined) => (s ?? '').trim();

/** The comparable content of one template field, as a string. */
function contentOf(values: Values, field: TemplateField): string {
  switch (field) {
    case 'legalBases':
      return JSON.stringify([[...(values.legalBases ?? [])].sort(), text(values.nationalNorm)]);
    case 'subjects':
      return JSON.stringify((values.subjects ?? []).map((s) => text(s.name)));
    case 'dataCategories':
      return JSON.stringify(
        (values.dataCategories ?? []).map((d) => [text(d.name), d.special ?? 'none']),
      );
    case 'recipients':
      return JSON.stringify(
        (values.recipients ?? []).map((r) => [text(r.name), r.type ?? 'external', text(r.country)]),
      );
    case 'transfers':
      return JSON.stringify(
        (values.transfers ?? []).map((t) => [
          text(t.country),
          text(t.recipient),
          t.safeguard ?? 'none',
          text(t.safeguardNote),
        ]),
      );
    case 'dpia':
      return JSON.stringify([values.dpiaStatus ?? 'open', text(values.dpiaReason)]);
    default:
      return text(values[field]);
  }
}

const emptyContent: Record<TemplateField, string> = {
  purposes: '',
  legalBases: JSON.stringify([[], '']),
  subjects: '[]',
  dataCategories: '[]',
  recipients: '[]',
  transfers: '[]',
  retention: '',
  toms: '',
  department: '',
  itSystems: '',
  dataSource: '',
  dpia: JSON.stringify(['open', '']),
};

export const templateFields = Object.keys(emptyContent) as TemplateField[];

/** The fields a template filled (left at their empty default they need no confirmation). */
export function filledTemplateFields(values: Values): TemplateField[] {
  return templateFields.filter((field) => contentOf(values, field) !== emptyContent[field]);
}

/** Whether an edit changed the field's content (whitespace at the ends does not count). */
export function templateFieldChanged(field: TemplateField, before: Values, after: Values): boolean {
  return contentOf(before, field) !== contentOf(after, field);
}

/** What stays unconfirmed after an edit: every edited field counts as the user's own now. */
export function remainingUnconfirmed(
  unconfirmed: readonly TemplateField[],
  before: Values,
  after: Values,
): TemplateField[] {
  return unconfirmed.filter((field) => !templateFieldChanged(field, before, after));
}
