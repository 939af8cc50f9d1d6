import { z } from 'zod';
import { id } from './fields';

export interface MethodDef<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  doc: string;
}

/** One contract entry: input schema, output schema, one-line doc (becomes docs/api.md). */
export const method = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  doc: string,
): MethodDef<I, O> => ({ input, output, doc });

export const none = z.object({});
export const byId = z.object({ id });
export const ok = z.object({ ok: z.literal(true) });
