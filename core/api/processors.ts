// Processors and data processing agreements (AVV, Art. 28).
// Schemas live in processor-schemas.ts; core/api/contract.ts spreads `processorMethods`.
import { z } from 'zod';
import { id, requiredText } from './fields';
import { base64File, fileName } from './files';
import { byId, method, ok } from './method';
import {
  agreementInput,
  avvCheck,
  avvDraftOptions,
  avvSettings,
  avvTemplate,
  processor,
  processorInput,
  processorList,
  processorListInput,
  processorSummary,
} from './processor-schemas';
import { attachmentMeta } from './attachments';
import { exportedFile } from './system';

export * from './processor-schemas';

const link = z.object({ processorId: id, activityId: id });

export const processorMethods = {
  'processors.list': method(
    processorListInput,
    processorList,
    "A client's processors with their AVV status and warnings, filtered, with counts.",
  ),
  'processors.get': method(
    byId,
    processor,
    'One processor with its AVV, linked activities and warnings.',
  ),
  'processors.create': method(
    z.object({ clientId: id, processor: processorInput }),
    processor,
    'Creates a processor (AVV status "missing") and links its activities.',
  ),
  'processors.update': method(
    z.object({ id, processor: processorInput }),
    processor,
    "Replaces a processor's details, TOMs, sub-processors and activity links.",
  ),
  'processors.setAgreement': method(
    z.object({ id, agreement: agreementInput }),
    processor,
    'Sets the AVV status with its dates (requested, sent, signed, review, end).',
  ),
  'processors.delete': method(
    byId,
    ok,
    'Deletes an unlinked processor with its files; refused (IN_USE) while activities use it.',
  ),
  'processors.linkActivity': method(link, processor, 'Links a processing activity to a processor.'),
  'processors.unlinkActivity': method(
    link,
    processor,
    'Removes the link between a processing activity and a processor.',
  ),
  'processors.forActivity': method(
    z.object({ activityId: id }),
    z.array(processorSummary),
    "The processors an activity uses, with their AVV warnings (for the activity's page).",
  ),
  'processors.getSettings': method(
    z.object({ clientId: id }),
    avvSettings,
    "The client's tracker settings (days until a requested AVV is overdue).",
  ),
  'processors.setSettings': method(
    avvSettings.extend({ clientId: id }),
    avvSettings,
    "Saves the client's tracker settings.",
  ),
  'processors.checkDraft': method(
    z.object({ id, options: avvDraftOptions }),
    avvCheck,
    'Completeness check of the AVV draft inputs: each gap with where to fill it.',
  ),
  'processors.draft': method(
    z.object({ id, options: avvDraftOptions, markSent: z.boolean().default(false) }),
    exportedFile.extend({ check: avvCheck, processor, attachment: attachmentMeta }),
    'Generates the AVV draft (.docx), stored with its number among the processor\'s files; with markSent a missing AVV becomes "draft sent".',
  ),
  'avvTemplates.list': method(
    z.object({}),
    z.array(avvTemplate),
    'The custom AVV Word templates registered in the workspace.',
  ),
  'avvTemplates.add': method(
    z.object({
      name: requiredText(200),
      filename: fileName,
      base64: base64File,
    }),
    avvTemplate,
    'Registers a custom .docx template after checking every placeholder.',
  ),
  'avvTemplates.delete': method(byId, ok, 'Removes a custom AVV template.'),
} as const;
