import { z } from 'zod';

// Every custom message is a key under `validation.` in messages.ts, so the same schema
// gives translated errors in the form (renderer) and at the API boundary (main process).
export const id = z.number().int().positive();

export const requiredText = (max = 500) =>
  z.string().trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

export const optionalText = (max = 2000) =>
  z.string().trim().max(max, { error: 'tooLong' }).default('');

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A legal date as `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
  .refine(isRealDate, { error: 'date' });

export const optionalDate = z
  .union([isoDate, z.literal('').transform(() => null), z.null()])
  .default(null);

export const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: 'tooLong' })
  .refine((s) => s === '' || z.email().safeParse(s).success, { error: 'email' })
  .default('');

/** An instant as a full ISO string with zone (UTC). */
export const instant = z.string();

export const language = z.enum(['de', 'en']);
export type Language = z.infer<typeof language>;
