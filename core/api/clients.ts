import { z } from 'zod';
import { id, instant, optionalEmail, optionalText, requiredText } from './fields';
import { failsWith } from './validation';
import { trafficLight, urgencyCounts } from './system';

/** German Länder (ISO 3166-2:DE suffixes); the Land decides the public holidays for deadlines. */
export const laender = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;
export const land = z.enum(laender, failsWith('land'));
export type Land = z.infer<typeof land>;

/** The controller's details of Art. 30(1)(a) GDPR. */
export const clientInput = z.object({
  name: requiredText(200),
  street: optionalText(200),
  postcode: optionalText(20),
  city: optionalText(100),
  country: optionalText(100),
  email: optionalEmail,
  phone: optionalText(50),
  website: optionalText(200),
  /** Managing director or other legal representative of the controller. */
  legalRepresentative: optionalText(200),
  /** Representative in the Union (Art. 27), only for controllers outside the EU. */
  euRepresentative: optionalText(500),
  dpoName: optionalText(200),
  dpoEmail: optionalEmail,
  dpoPhone: optionalText(50),
  dpoAddress: optionalText(500),
  land,
});
export type ClientInput = z.input<typeof clientInput>;

export const client = clientInput.extend({
  id,
  createdAt: instant,
  updatedAt: instant,
});
export type Client = z.infer<typeof client>;

export const clientSummary = z.object({
  id,
  name: z.string(),
  city: z.string(),
  land,
  activityCount: z.number().int(),
  incompleteCount: z.number().int(),
  /** What home.attention lists for the client, counted by urgency. */
  open: urgencyCounts,
  light: trafficLight,
});
export type ClientSummary = z.infer<typeof clientSummary>;

/** Everything that goes with a client, so the confirmation can name it. */
export const clientDeletionImpact = z.object({
  name: z.string(),
  activities: z.number().int(),
  catalogueEntries: z.number().int(),
  processors: z.number().int(),
  requests: z.number().int(),
  retentionRules: z.number().int(),
  attachments: z.number().int(),
});
