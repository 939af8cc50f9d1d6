import { z } from 'zod';

/**
 * The parts of an activity a starter template fills (legalBases includes the national norm,
 * dpia the status and its reason). Template content stays "unconfirmed" until the user
 * confirms or edits it: it is a proposal, not yet a statement about this client.
 */
export const templateField = z.enum([
  'purposes',
  'legalBases',
  'subjects',
  'dataCategories',
  'recipients',
  'transfers',
  'retention',
  'toms',
  'department',
  'itSystems',
  'dataSource',
  'dpia',
]);
export type TemplateField = z.infer<typeof templateField>;
