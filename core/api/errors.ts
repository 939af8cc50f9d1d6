/** Stable error codes of the API. The renderer and tests rely on these strings. */
export const errorCodes = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'FILE_EXISTS',
  'IN_USE',
  'TOO_LARGE',
  /** A workflow rule forbids the step now (e.g. a closed request, sending without review). */
  'NOT_ALLOWED',
  'UNKNOWN_METHOD',
  'NOT_SUPPORTED',
  'WORKSPACE_ERROR',
  /** An SQLite file that is not a workspace: opened only after the user agrees to convert it. */
  'NOT_A_WORKSPACE',
  /** A workspace written by a newer version of the app: not opened, not changed. */
  'WORKSPACE_TOO_NEW',
  /** An encrypted workspace was opened without a passphrase: nothing was opened. */
  'PASSPHRASE_REQUIRED',
  /** The passphrase (or recovery key) does not open the file: nothing was opened or changed. */
  'WRONG_PASSPHRASE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  path: string;
  /** A key under `validation.` in the message catalogue (core/api/messages.ts). */
  key: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by handlers and repos; turned into an error envelope by the transports. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}
