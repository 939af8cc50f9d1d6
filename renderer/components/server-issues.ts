import type { FieldIssue } from '../../core/api';
import { validationMessages } from '../../core/api';

// Where each field issue of an API error belongs: on a field of the form (shown next to it)
// or, when the form has no such field, in the banner named by the field's label. Pure, so a
// unit test pins the rules down; useServerIssues (forms.ts) applies them to a form.

export interface ApiErrorLike {
  code: string;
  message: string;
  issues: FieldIssue[];
}

export const isApiError = (error: unknown): error is ApiErrorLike =>
  error instanceof Error &&
  typeof (error as Partial<ApiErrorLike>).code === 'string' &&
  Array.isArray((error as Partial<ApiErrorLike>).issues);

export interface PlacedIssue {
  /** The form path, without the input's wrapper ('receivedOn', 'subProcessors.0.name'). */
  path: string;
  /** The top-level field, as the form names it. */
  field: string;
  /** A key of the validation texts, or a text already translated by the server. */
  message: string;
}

export interface IssuePlacement {
  atFields: PlacedIssue[];
  /** Issues no field of this form shows: the banner lists them. */
  elsewhere: PlacedIssue[];
}

export interface PlacementOptions {
  fields: readonly string[];
  /** The input's wrapper, e.g. 'request.' for requests.create's { clientId, request }. */
  prefix?: string;
  /** The field a CONFLICT without issues is about (a duplicate name). */
  conflictField?: string;
}

export const isValidationKey = (key: string) => key in validationMessages.en;

export function placeIssues(error: unknown, options: PlacementOptions): IssuePlacement {
  const placement: IssuePlacement = { atFields: [], elsewhere: [] };
  if (!isApiError(error)) return placement;
  const { fields, prefix = '', conflictField } = options;
  if (error.issues.length === 0 && error.code === 'CONFLICT' && conflictField) {
    placement.atFields.push({ path: conflictField, field: conflictField, message: error.message });
    return placement;
  }
  for (const issue of error.issues) {
    const path =
      prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = path.split('.')[0] ?? '';
    // Some issues (e.g. 'duplicate' with CONFLICT) carry no text of their own.
    const message = isValidationKey(issue.key) ? issue.key : issue.message || error.message;
    const placed = { path, field, message };
    if (field && fields.includes(field)) placement.atFields.push(placed);
    else placement.elsewhere.push(placed);
  }
  return placement;
}
