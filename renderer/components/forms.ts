import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { validationMessages } from '../../core/api';
import { ApiError } from '../api/client';

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
    if (message in validationMessages.en) return t(message);
    // Server issues arrive translated already (see applyServerIssues).
    if (typeof error === 'object' && error.type === 'server') return message;
    return t('invalid');
  };
}

/**
 * Puts the API's field issues onto the form fields (e.g. a CONFLICT on 'name'), so the
 * message appears where the user has to act. Returns true if any issue matched a field.
 * `prefix` strips a wrapper path such as 'activity.' from issue paths.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  prefix = '',
): boolean {
  if (!(error instanceof ApiError)) return false;
  let matched = false;
  for (const issue of error.issues) {
    const path =
      prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const root = path.split('.')[0] ?? '';
    if (!fields.includes(root)) continue;
    const known = issue.key in validationMessages.en;
    // Some issues (e.g. 'duplicate' with CONFLICT) carry no text of their own.
    const message = known ? issue.key : issue.message || error.message;
    setError(path as Path<T>, { type: 'server', message });
    matched = true;
  }
  return matched;
}
