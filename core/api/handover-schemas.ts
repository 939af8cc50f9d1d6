import { z } from 'zod';
import { client } from './clients';
import { id, instant, requiredText } from './fields';
import { base64File } from './files';
import { method } from './method';
import { exportedFile } from './system';
import { failsWith } from './validation';

/** A passphrase is optional; one that is set must be long enough to resist guessing. */
export const MIN_PASSPHRASE_LENGTH = 10;

const newPassphrase = z
  .string()
  .max(500, failsWith('tooLong'))
  .refine(
    (text) => text === '' || text.length >= MIN_PASSPHRASE_LENGTH,
    failsWith('passphraseShort'),
  )
  .default('');

const givenPassphrase = z.string().max(500, failsWith('tooLong')).default('');

export const handoverExportInput = z.object({ id, passphrase: newPassphrase });

export const handoverFileInput = z.object({ base64: base64File, passphrase: givenPassphrase });

export const handoverImportInput = handoverFileInput.extend({
  /** The new client's name; the file's name when left out. */
  name: requiredText(200).optional(),
});

/** What a hand-over file holds, read and checked, nothing written. */
export const handoverPreview = z.object({
  clientName: z.string(),
  /** A client of that name is in this workspace already: the import needs another name. */
  nameTaken: z.boolean(),
  createdAt: instant,
  appVersion: z.string(),
  encrypted: z.boolean(),
  /** SHA-256 of the file as chosen, named in the import's audit entry. */
  sha256: z.string(),
  counts: z.object({
    activities: z.number().int(),
    catalogueEntries: z.number().int(),
    processors: z.number().int(),
    requests: z.number().int(),
    retentionRules: z.number().int(),
    breaches: z.number().int(),
    consentPersons: z.number().int(),
    attachments: z.number().int(),
    historyEntries: z.number().int(),
  }),
  /** Every history entry matches its recorded hashes (each entry checked on its own). */
  historyVerified: z.boolean(),
  /** The client here that the file was made from (same uid): the file can be merged into it. */
  sameClient: z.object({ id, name: z.string() }).nullable(),
});
export type HandoverPreview = z.infer<typeof handoverPreview>;

export const handoverMergeInput = handoverFileInput.extend({ clientId: id });

export const mergeStatus = z.enum(['new', 'changed', 'deleted', 'conflict']);
export type MergeStatus = z.infer<typeof mergeStatus>;

/** One record the merge changes: here (before) and in the file (after), per field. */
export const mergeChange = z.object({
  /** `<table>/<uid>`: names the record in a conflict choice. */
  key: z.string(),
  table: z.string(),
  label: z.string(),
  status: mergeStatus,
  fields: z.array(
    z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
  ),
});
export type MergeChange = z.infer<typeof mergeChange>;

export const mergePreview = z.object({
  clientName: z.string(),
  createdAt: instant,
  encrypted: z.boolean(),
  sha256: z.string(),
  historyVerified: z.boolean(),
  changes: z.array(mergeChange),
});
export type MergePreview = z.infer<typeof mergePreview>;

export const mergeChoice = z.object({
  key: z.string().max(200),
  take: z.enum(['ours', 'theirs']),
});
export type MergeChoice = z.infer<typeof mergeChoice>;

export const handoverMergeApplyInput = handoverMergeInput.extend({
  /** One per conflict of the preview: which version applies. */
  choices: z.array(mergeChoice).max(20_000).default([]),
});

export const mergeResult = z.object({
  client,
  added: z.number().int(),
  changed: z.number().int(),
  deleted: z.number().int(),
  conflicts: z.number().int(),
});

export const handoverMethods = {
  'clients.exportFile': method(
    handoverExportInput,
    exportedFile,
    'Exports one client with everything it holds as a hand-over file (.pdclient), optionally encrypted with a passphrase.',
  ),
  'clients.previewImport': method(
    handoverFileInput,
    handoverPreview,
    'Reads and checks a hand-over file and says what importing it would add; nothing is written.',
  ),
  'clients.importFile': method(
    handoverImportInput,
    client,
    'Imports a hand-over file as a new client, in one transaction, audited with the file’s SHA-256.',
  ),
  'clients.previewMerge': method(
    handoverMergeInput,
    mergePreview,
    'Compares a hand-over file with the client it was made from: new, changed, deleted and conflicting records, each with before and after; nothing is written.',
  ),
  'clients.mergeFile': method(
    handoverMergeApplyInput,
    mergeResult,
    'Merges a hand-over file back into the client it was made from, with a choice per conflict, in one transaction audited with the file’s SHA-256.',
  ),
};
