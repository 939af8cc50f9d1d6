import { z } from 'zod';
import { isCanonicalBase64 } from '../files/base64';
import { safeBaseName } from '../files/file-name';
import { requiredText } from './fields';
import { failsWith } from './validation';

/** A file's content as canonical base64; anything else is refused, never stored truncated. */
export const base64File = z.string().refine(isCanonicalBase64, failsWith('base64'));

/** A file name from outside, reduced to a safe base name (no folders, no control characters). */
export const fileName = requiredText(255)
  .transform(safeBaseName)
  .refine((name) => name !== '', failsWith('fileName'));
