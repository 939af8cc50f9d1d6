import { useEffect, useMemo, useState } from 'react';
import type { FieldError, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isValidationKey, placeIssues, type PlacedIssue } from './server-issues';

/**
 * zod schemas in core/api use message keys ('required', 'email', 'tooLong', 'date', ...);
 * this turns such a key into the text of the 'validation' namespace. Anything else (a zod
 * default message) becomes the generic 'invalid' text rather than English jargon.
 */
export function useFieldError(): (error: FieldError | string | undefined) => string | undefined {
  const { t } = useTranslation('validation');
  return (error) => {
    const message = typeof error === 'string' ? error : error?.message;
    if (!message) return undefined;
    if (isValidationKey(message)) return t(message);
    // Server issues arrive translated already (see useServerIssues).
    if (typeof error === 'string' || error?.type === 'server') return message;
    return t('invalid');
  };
}

export interface ServerIssuesOptions<T extends FieldValues> {
  /** The form's top-level field names; an issue on one of them is shown at that field. */
  fields: readonly string[];
  /** The input's wrapper, stripped from issue paths: 'activity.' for { id, activity }. */
  prefix?: string;
  /** The field a CONFLICT without issues is about (a duplicate name). */
  conflictField?: string;
  /** The label of a field, so an issue the form cannot show is named in the banner. */
  label?: (field: string) => string | undefined;
  /** A react-hook-form form: issues become its field errors (and clear as fields change). */
  form?: Pick<UseFormReturn<T>, 'setError' | 'formState'>;
  /** A form without react-hook-form: its values, so an issue goes once its field changes. */
  values?: Record<string, unknown>;
}

export interface ServerIssues {
  /** For <ErrorBanner {...banner} />: nothing once every issue at a field is solved. */
  banner: { error: unknown; issues: { label?: string; message: string }[] };
  /** The translated issue of a field, for forms without react-hook-form. */
  at(field: string): string | undefined;
}

const errorAt = (errors: unknown, path: string): { type?: string } | undefined =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], errors) as
    { type?: string } | undefined;

/**
 * One way for every form to show what the API refused: each field issue next to its field
 * (focused), the rest in the banner under the field's label, never a raw path; an issue
 * disappears once its field is changed, and the banner with the last of them.
 */
export function useServerIssues<T extends FieldValues>(
  error: unknown,
  options: ServerIssuesOptions<T>,
): ServerIssues {
  const { t } = useTranslation('validation');
  const { fields, prefix, conflictField, label, form, values } = options;
  const fieldKey = fields.join('|');
  const placement = useMemo(
    () => placeIssues(error, { fields: fieldKey.split('|'), prefix, conflictField }),
    [error, fieldKey, prefix, conflictField],
  );
  // The values when the error came, to tell a field the user has changed since.
  const [seen, setSeen] = useState({ error, values });
  if (seen.error !== error) setSeen({ error, values });

  const setError = form?.setError;
  useEffect(() => {
    if (!setError || placement.atFields.length === 0) return;
    placement.atFields.forEach((issue, index) =>
      setError(
        issue.path as Path<T>,
        { type: 'server', message: issue.message },
        { shouldFocus: index === 0 },
      ),
    );
  }, [placement, setError]);

  const changed = (issue: PlacedIssue) =>
    JSON.stringify(values?.[issue.field] ?? null) !==
    JSON.stringify(seen.values?.[issue.field] ?? null);
  const open = (issue: PlacedIssue) => {
    // Set by the effect above; react-hook-form clears it when the field validates again.
    if (form) return errorAt(form.formState.errors, issue.path)?.type === 'server';
    return !changed(issue);
  };
  const text = (message: string) => (isValidationKey(message) ? t(message) : message);
  const openAtFields = placement.atFields.filter(open);
  const solved =
    placement.atFields.length > 0 && openAtFields.length === 0 && placement.elsewhere.length === 0;
  return {
    banner: {
      error: solved ? null : error,
      issues: placement.elsewhere.map((issue) => ({
        label: issue.field ? label?.(issue.field) : undefined,
        message: text(issue.message),
      })),
    },
    at: (field) => {
      const issue = openAtFields.find((i) => i.field === field);
      return issue && text(issue.message);
    },
  };
}
