// Personal data breaches (Art. 33/34 GDPR): the log, the 72-hour clock, the notices and the
// documents. Input schemas are in breach-schemas.ts; contract.ts spreads `breachMethods`.
import { z } from 'zod';
import {
  art34Ground,
  assessmentInput,
  breachDocument,
  breachInput,
  breachKind,
  breachStarterKey,
  breachState,
  informChannel,
  informInput,
  noticeChannel,
  noticeInput,
  noticeKind,
  rating,
  riskCriteria,
  riskLevel,
} from './breach-schemas';
import { dataSpecial } from './catalogues';
import { id, instant, language, optionalText } from './fields';
import { byId, method } from './method';
import { exportedFile } from './system';

export * from './breach-schemas';

const named = z.object({ id, name: z.string() });

/** The Art. 33(1) clock: awareness + 72 hours, in elapsed time. */
export const breachDeadlines = z.object({
  /** Where the 72 hours start: the awareness, or the processor's notice if earlier. */
  clockStart: instant,
  /** ISO instant with the Europe/Berlin offset ("2026-03-31T10:15:00+02:00"). */
  authorityBy: instant,
  /** Whole hours left now (negative once passed); null when the clock does not run. */
  hoursLeft: z.number().int().nullable(),
  /** The breach must still be notified and is not closed, nor assessed as "no risk". */
  clockRuns: z.boolean(),
  /** The first notice came, or would now come, after the 72 hours: reasons are due. */
  late: z.boolean(),
  /** Hours the processor took from its own awareness to its notice (Art. 33(2)). */
  processorDelayHours: z.number().nullable(),
});
export type BreachDeadlines = z.infer<typeof breachDeadlines>;

export const breachNotice = z.object({
  id,
  kind: noticeKind,
  at: instant,
  channel: noticeChannel,
  reference: z.string(),
  note: z.string(),
  delayReason: z.string(),
  /** Hours after the start of the clock. */
  hoursAfterStart: z.number(),
  recordedBy: z.string(),
});
export type BreachNotice = z.infer<typeof breachNotice>;

export const breachAssessment = z.object({
  criteria: riskCriteria,
  level: riskLevel,
  /** The level the criteria point to (core/rules/breach-risk.ts). */
  suggested: riskLevel,
  reasons: z.string(),
  art34Ground: art34Ground.nullable(),
  art34Note: z.string(),
  assessedAt: instant,
  assessedBy: z.string(),
});
export type BreachAssessment = z.infer<typeof breachAssessment>;

export const breach = z.object({
  id,
  clientId: id,
  clientName: z.string(),
  /** "DP-2026-7": the client's reference for this breach. */
  reference: z.string(),
  title: z.string(),
  starter: breachStarterKey.nullable(),
  description: z.string(),
  occurredFrom: instant.nullable(),
  occurredTo: instant.nullable(),
  awareAt: instant,
  discoveredBy: z.string(),
  reportedBy: z.string(),
  kinds: z.array(breachKind),
  subjects: z.array(named),
  data: z.array(named.extend({ special: dataSpecial })),
  subjectsCount: z.number().int().nullable(),
  recordsCount: z.number().int().nullable(),
  countNote: z.string(),
  activities: z.array(named),
  processors: z.array(named),
  systems: z.string(),
  consequences: z.string(),
  measuresTaken: z.string(),
  measuresProposed: z.string(),
  atProcessor: named.nullable(),
  processorAwareAt: instant.nullable(),
  processorNoticeAt: instant.nullable(),
  assessment: breachAssessment.nullable(),
  notices: z.array(breachNotice),
  subjectsInformed: z.object({ at: instant, channel: informChannel, note: z.string() }).nullable(),
  state: breachState,
  closedAt: instant.nullable(),
  closingNote: z.string(),
  deadlines: breachDeadlines,
  createdAt: instant,
  updatedAt: instant,
});
export type Breach = z.infer<typeof breach>;

export const breachSummary = breach
  .pick({
    id: true,
    clientId: true,
    clientName: true,
    reference: true,
    title: true,
    awareAt: true,
    kinds: true,
    state: true,
    subjectsCount: true,
    deadlines: true,
  })
  .extend({
    level: riskLevel.nullable(),
    firstNoticeAt: instant.nullable(),
    subjectsInformedAt: instant.nullable(),
  });
export type BreachSummary = z.infer<typeof breachSummary>;

export const breachStarter = z.object({
  key: breachStarterKey,
  title: z.string(),
  description: z.string(),
  kinds: z.array(breachKind),
  consequences: z.string(),
  measuresTaken: z.string(),
  measuresProposed: z.string(),
  /** A first reading of the criteria for this kind of case, to start the assessment from. */
  criteria: z.object({
    breachType: rating,
    sensitivity: rating,
    volume: rating,
    identification: rating,
    severity: rating,
    persons: rating,
  }),
});
export type BreachStarter = z.infer<typeof breachStarter>;

export const breachListInput = z.object({
  /** Omitted: every client (the DPO's view across clients). */
  clientId: id.optional(),
  state: breachState.or(z.literal('all')).default('all'),
});

export const breachMethods = {
  'breaches.list': method(
    breachListInput,
    z.array(breachSummary),
    'Breaches of a client or of every client: running clocks first, fewest hours left first.',
  ),
  'breaches.counts': method(
    z.object({ clientId: id.optional() }),
    z.object({ running: z.number().int(), overdue: z.number().int(), open: z.number().int() }),
    'Breaches whose 72-hour clock runs (navigation badge), of them past 72 hours, and open ones.',
  ),
  'breaches.get': method(byId, breach, 'One breach with its assessment, notices and clock.'),
  'breaches.starters': method(
    z.object({ language }),
    z.array(breachStarter),
    'Starting points for the frequent cases (mis-sent e-mail, lost device, ransomware ...).',
  ),
  'breaches.create': method(
    z.object({ clientId: id, breach: breachInput }),
    breach,
    'Records a breach; the authority deadline is awareness + 72 hours (deadlines.authorityBy).',
  ),
  'breaches.update': method(
    z.object({ id, breach: breachInput }),
    breach,
    "Changes a breach's facts (not once it is closed); times stay in order with its notices.",
  ),
  'breaches.assess': method(
    z.object({ id, assessment: assessmentInput }),
    breach,
    'Records the risk assessment (EDPB criteria): no risk, risk or high risk, with Art. 34(3) ground.',
  ),
  'breaches.notify': method(
    z.object({ id, notice: noticeInput }),
    breach,
    'Records the first or a follow-up notice to the authority; after 72 hours with reasons.',
  ),
  'breaches.informSubjects': method(
    z.object({ id, inform: informInput }),
    breach,
    'Records when and how the data subjects were told (Art. 34).',
  ),
  'breaches.close': method(
    z.object({ id, note: optionalText(4000) }),
    breach,
    'Closes a breach once assessed, notified where due and data subjects told (or an Art. 34(3) ground).',
  ),
  'breaches.reopen': method(byId, breach, 'Opens a closed breach again, e.g. for new facts.'),
  'breaches.document': method(
    z.object({ id, document: breachDocument, language }),
    exportedFile,
    'The notification to the authority, the letter to data subjects or the internal record (Word).',
  ),
  'breaches.exportRegister': method(
    z.object({ clientId: id.optional(), language }),
    exportedFile,
    'The breach register (Art. 33(5)) of a client, or of every client, as a Word document.',
  ),
} as const;
