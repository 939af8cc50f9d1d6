import type { z } from 'zod';
import {
  AppError,
  contract,
  errorMessages,
  isMethodName,
  translateValidation,
  validationKey,
  type Envelope,
  type FieldIssue,
  type Language,
} from '../core/api';
import type { HandlerContext, Handlers } from './handlers/context';
import { checkOutput } from './output-check';

const toIssues = (error: z.ZodError, lang: Language): FieldIssue[] =>
  error.issues.map((issue) => ({
    path: issue.path.join('.'),
    key: validationKey(issue.message),
    message: translateValidation(issue.message, lang),
  }));

export function errorEnvelope(error: unknown, lang: Language): Envelope<never> {
  if (error instanceof AppError) {
    return {
      ok: false,
      error: {
        code: error.code,
        message: errorMessages[lang][error.code],
        ...(error.issues.length
          ? {
              // Handlers name an issue by key; the text follows the user's language.
              issues: error.issues.map((i) => ({
                ...i,
                message: i.message || translateValidation(i.key, lang),
              })),
            }
          : {}),
      },
    };
  }
  // Anything else is a bug or an I/O failure: log it here, never send a stack trace.
  console.error('[privacy-desk] unexpected error:', error);
  return { ok: false, error: { code: 'INTERNAL', message: errorMessages[lang].INTERNAL } };
}

/**
 * The one way into the handlers, for both transports: look the method up, parse its input
 * (never trust the caller), run it, check the output against the contract, answer an envelope.
 */
export async function dispatch(
  handlers: Handlers,
  ctx: HandlerContext,
  method: string,
  rawInput: unknown,
): Promise<Envelope<unknown>> {
  const lang = ctx.language();
  try {
    if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', { method });
    const def = contract[method];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', {}, toIssues(parsed.error, lang));
    const handler = handlers[method] as (input: unknown, c: HandlerContext) => Promise<unknown>;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value: checkOutput(def.output, value) };
  } catch (error) {
    return errorEnvelope(error, lang);
  }
}
