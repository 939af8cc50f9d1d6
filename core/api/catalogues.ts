import { z } from 'zod';
import { id, optionalText, requiredText } from './fields';

export const catalogueKind = z.enum(['subject', 'data', 'recipient']);
export type CatalogueKind = z.infer<typeof catalogueKind>;

/** Art. 9 special categories and Art. 10 criminal-offence data need extra care. */
export const dataSpecial = z.enum(['none', 'art9', 'art10']);
export type DataSpecial = z.infer<typeof dataSpecial>;

export const recipientType = z.enum(['internal', 'external', 'third_country']);
export type RecipientType = z.infer<typeof recipientType>;

/** How a form names a catalogue entry: by name, so the same names are reused per client. */
export const subjectRef = z.object({ name: requiredText(200) });
export const dataRef = z.object({ name: requiredText(200), special: dataSpecial.default('none') });
export const recipientRef = z.object({
  name: requiredText(200),
  type: recipientType.default('external'),
  country: optionalText(100),
});

export const catalogueEntry = z.object({
  id,
  clientId: id,
  kind: catalogueKind,
  name: z.string(),
  special: dataSpecial,
  recipientType: recipientType.nullable(),
  country: z.string(),
  usage: z.number().int(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntry>;

export const catalogueUpdate = z.object({
  id,
  name: requiredText(200),
  special: dataSpecial.optional(),
  recipientType: recipientType.optional(),
  country: optionalText(100).optional(),
});
