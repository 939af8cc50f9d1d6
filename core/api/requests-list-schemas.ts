// Data subject requests: the shapes of the inbox list, the reply proposal and the e-mail import.
import { z } from 'zod';
import { erasureItem } from './requests-reply-schemas';
import { requestChannel, requestKind, requestState } from './requests-schemas';
import { id } from './fields';
import { templateField } from './template-fields';
import { base64File, fileName } from './files';

export const requestSummary = z.object({
  id,
  clientId: id,
  clientName: z.string(),
  kind: requestKind,
  state: requestState,
  channel: requestChannel,
  requesterName: z.string(),
  receivedOn: z.string(),
  due: z.string(),
  daysLeft: z.number().int(),
  urgency: z.enum(['overdue', 'due_soon', 'ok', 'done']),
  extended: z.boolean(),
});
export type RequestSummary = z.infer<typeof requestSummary>;

export const requestListInput = z.object({
  /** Omitted: across all clients (the DPO's inbox). */
  clientId: id.optional(),
  state: z.union([requestState, z.literal('open'), z.literal('all')]).default('open'),
  kind: z.union([requestKind, z.literal('all')]).default('all'),
  due: z.enum(['all', 'week', 'overdue']).default('all'),
  search: z.string().trim().max(200).default(''),
  sort: z.enum(['due', 'received']).default('due'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(5000).default(1000),
});

export const requestCounts = z.object({
  open: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
});

export const replyProposal = z.object({
  activities: z.array(
    z.object({
      id,
      name: z.string(),
      /** The requester's categories of data subjects this activity processes. */
      matched: z.array(z.string()),
      proposed: z.boolean(),
      selected: z.boolean(),
      /** Starter-template content the Art. 15 reply would print, not yet confirmed. */
      unconfirmed: z.array(templateField),
    }),
  ),
  /**
   * Recipients to inform under Art. 19 of the selected or proposed activities: their
   * processors and external recipients, not internal departments.
   */
  recipients: z.array(z.string()),
  /** Erasure: per deletion rule of those activities, what happens to the data. */
  erasureItems: z.array(erasureItem),
});

/** A request that refers to an activity (shown before the activity is deleted). */
export const activityRequest = z.object({
  id,
  requesterName: z.string(),
  kind: requestKind,
  state: requestState,
  receivedOn: z.string(),
});

export const emlImport = z.object({
  clientId: id,
  name: fileName,
  base64: base64File,
});
