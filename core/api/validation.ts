import type { ValidationKey } from './messages';

/**
 * The error option of a zod check, naming the validation text the user reads:
 * `.min(1, failsWith('required'))`. Typed, so a misspelled key fails to compile instead of
 * reaching the form as "Invalid value".
 */
export const failsWith = (key: ValidationKey) => ({ error: key });

/** A custom issue of a refinement at `path`, its message a validation key (typed the same). */
export const customIssue = (path: PropertyKey[], key: ValidationKey) => ({
  code: 'custom' as const,
  path,
  message: key,
});
