import { z } from 'zod';
import { failsWith } from './validation';

// Every custom message is a key under `validation.` in messages.ts, so the same schema
// gives translated errors in the form (renderer) and at the API boundary (main process).
// Keys go through failsWith / customIssue (validation.ts), so a misspelled one fails to compile.
export const id = z.number().int().positive();

export const requiredText = (max = 500) =>
  z.string().trim().min(1, failsWith('required')).max(max, failsWith('tooLong'));

export const optionalText = (max = 2000) =>
  z.string().trim().max(max, failsWith('tooLong')).default('');

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A legal date as `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, failsWith('date'))
  .refine(isRealDate, failsWith('date'));

export const optionalDate = z
  .union([isoDate, z.literal('').transform(() => null), z.null()])
  .default(null);

export const optionalEmail = z
  .string()
  .trim()
  .max(254, failsWith('tooLong'))
  .refine((s) => s === '' || z.email().safeParse(s).success, failsWith('email'))
  .default('');

/** An instant as a full ISO string with zone (UTC). */
export const instant = z.string();

export const language = z.enum(['de', 'en']);
export type Language = z.infer<typeof language>;
