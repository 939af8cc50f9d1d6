import { z } from 'zod';
import { id, instant } from './fields';
import { base64File, fileName } from './files';
import { byId, method, ok } from './method';

/** Attachments are kept inside the workspace file; larger files belong in a document system. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Records that can hold attachments; each module registers how to find its owners. */
export const attachmentOwnerType = z.enum([
  'processor',
  'request',
  'breach',
  'consent_person',
  /** The DPIA record of an activity: ownerId is the activity's id. */
  'dpia',
]);
export type AttachmentOwnerType = z.infer<typeof attachmentOwnerType>;

export const attachmentOwner = z.object({ ownerType: attachmentOwnerType, ownerId: id });

export const attachmentMeta = z.object({
  id,
  clientId: id,
  ownerType: attachmentOwnerType,
  ownerId: id,
  /** What the file is for, e.g. 'signed_avv', 'toms', 'original_request'; free per module. */
  role: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: instant,
});
export type AttachmentMeta = z.infer<typeof attachmentMeta>;

export const attachmentUpload = attachmentOwner.extend({
  role: z.string().trim().max(50).default(''),
  name: fileName,
  mimeType: z.string().trim().max(200).default('application/octet-stream'),
  base64: base64File,
});

export const attachmentMethods = {
  'attachments.list': method(
    attachmentOwner,
    z.array(attachmentMeta),
    'The files attached to a record, newest first.',
  ),
  'attachments.add': method(
    attachmentUpload,
    attachmentMeta,
    'Stores a file inside the workspace with its size and SHA-256.',
  ),
  'attachments.get': method(
    byId,
    attachmentMeta.extend({ base64: z.string() }),
    'One attachment with its content, to open or save it.',
  ),
  'attachments.delete': method(byId, ok, 'Deletes an attachment.'),
} as const;
