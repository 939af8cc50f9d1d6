import { z } from 'zod';
import { attachmentMethods } from './attachments';
import { breachMethods } from './breaches';
import { consentMethods } from './consent';
import { dpiaMethods } from './dpia';
import { handoverMethods } from './handover-schemas';
import { requestMethods } from './requests';
import { processorMethods } from './processors';
import { registerImportMethods } from './register-import';
import { retentionMethods } from './retention';
import {
  activity,
  activityInput,
  activityListInput,
  activitySummary,
  confirmTemplateInput,
  templateHints,
} from './activities';
import { catalogueEntry, catalogueKind, catalogueUpdate } from './catalogues';
import { givenPassphrase, newPassphrase, passphraseResult, setPassphraseInput } from './encryption';
import { id, language } from './fields';
import { base64File, fileName } from './files';
import { byId, method, none, ok } from './method';
import { client, clientDeletionImpact, clientInput, clientSummary } from './clients';
import {
  attentionItem,
  cockpitItem,
  auditEntry,
  auditListInput,
  auditVerification,
  exportedFile,
  exportFormat,
  filePath,
  preferences,
  templateSummary,
  workspaceInfo,
} from './system';

/**
 * The one API of Privacy Desk: both transports (Electron IPC and browser-mode HTTP) serve
 * exactly these methods, validating input and output with these schemas.
 */
export const contract = {
  'workspace.info': method(
    none,
    workspaceInfo,
    'Current workspace file, recent files and app mode.',
  ),
  'workspace.create': method(
    filePath.extend({ passphrase: newPassphrase.optional() }),
    workspaceInfo.extend({ recoveryKey: z.string().nullable() }),
    'Creates a new empty workspace file (encrypted if a passphrase is given; its recovery key is returned once) and switches to it.',
  ),
  'workspace.open': method(
    filePath.extend({
      convert: z.boolean().default(false),
      passphrase: givenPassphrase.optional(),
    }),
    workspaceInfo,
    'Opens an existing workspace file (migrating it after a dated copy); another SQLite file only with convert (else NOT_A_WORKSPACE); an encrypted one only with its passphrase or recovery key (PASSPHRASE_REQUIRED, WRONG_PASSPHRASE).',
  ),
  'workspace.setPassphrase': method(
    setPassphraseInput,
    passphraseResult,
    'Encrypts the open workspace, changes its passphrase or removes it (null); the current one is asked for if there is one (WRONG_PASSPHRASE). Returns a new recovery key.',
  ),
  'workspace.saveCopy': method(
    filePath,
    z.object({ path: z.string() }),
    'Writes a consistent copy of the workspace to a new file (never overwrites; the folder must exist).',
  ),
  'workspace.showInFolder': method(
    none,
    ok,
    'Reveals the workspace file in the file manager (desktop only).',
  ),

  'preferences.get': method(
    none,
    preferences,
    'The user name written to the audit log and the UI language.',
  ),
  'preferences.set': method(preferences, preferences, 'Saves the user name, role and UI language.'),

  'clients.list': method(
    none,
    z.array(clientSummary),
    'All clients of the workspace with activity counts, open items by urgency and a traffic light, by name.',
  ),
  'clients.get': method(byId, client, 'One client with its controller details (Art. 30(1)(a)).'),
  'clients.create': method(clientInput, client, 'Creates a client.'),
  'clients.update': method(clientInput.extend({ id }), client, "Updates a client's details."),
  'clients.deletionImpact': method(
    byId,
    clientDeletionImpact,
    'What deleting a client would delete, for the confirmation.',
  ),
  'clients.delete': method(byId, clientDeletionImpact, 'Deletes a client and everything it holds.'),

  'activities.list': method(
    activityListInput,
    z.array(activitySummary),
    "Lists a client's processing activities with search, filters and sort.",
  ),
  'activities.get': method(
    byId,
    activity,
    'One processing activity with every field and its completeness check.',
  ),
  'activities.create': method(
    z.object({ clientId: id, activity: activityInput }),
    activity,
    'Creates a processing activity.',
  ),
  'activities.update': method(
    z.object({ id, activity: activityInput }),
    activity,
    'Replaces every field of a processing activity.',
  ),
  'activities.duplicate': method(byId, activity, 'Copies an activity as a new draft.'),
  'activities.archive': method(byId, activity, 'Sets an activity to archived.'),
  'activities.delete': method(byId, ok, 'Deletes an activity.'),
  'activities.fromTemplate': method(
    z.object({ clientId: id, key: z.string().min(1), language }),
    activity,
    'Creates a draft activity from a starter template.',
  ),
  'activities.confirmTemplate': method(
    confirmTemplateInput,
    activity,
    'Confirms template content of an activity as true for the client.',
  ),

  'activityTemplates.list': method(
    z.object({ language }),
    z.array(templateSummary),
    'The starter templates of typical small-business activities.',
  ),
  'activityTemplates.hints': method(
    z.object({ key: z.string().min(1), language }),
    templateHints,
    "A template's guidance for the user, per field (shown in the form, never printed).",
  ),

  'catalogues.list': method(
    z.object({ clientId: id, kind: catalogueKind.optional() }),
    z.array(catalogueEntry),
    "A client's catalogue of data-subject, data and recipient categories.",
  ),
  'catalogues.update': method(
    catalogueUpdate,
    catalogueEntry,
    'Renames or re-marks a catalogue entry everywhere it is used.',
  ),
  'catalogues.delete': method(byId, ok, 'Deletes an unused catalogue entry.'),

  'audit.list': method(
    auditListInput,
    z.array(auditEntry),
    'The change history, newest first, for a record (with the files added to or removed from it) or a client.',
  ),
  'audit.verify': method(
    none,
    auditVerification,
    'Checks the hash chain of the change history: intact, or the first entry changed outside the app.',
  ),

  'home.attention': method(
    z.object({ clientId: id }),
    z.array(attentionItem),
    'What needs attention for a client.',
  ),
  'home.cockpit': method(
    none,
    z.array(cockpitItem),
    "What needs attention across every client (the same items as each client's home.attention), by client name, then as home.attention orders them.",
  ),

  'activities.exportRegister': method(
    z.object({ clientId: id, format: exportFormat, language }),
    exportedFile,
    "Exports a client's Art. 30 register as Word, CSV or JSON.",
  ),
  'desktop.saveFile': method(
    z.object({ filename: fileName, base64: base64File }),
    z.object({ saved: z.boolean(), path: z.string() }),
    'Asks where to save a file and writes it (desktop only).',
  ),
  ...attachmentMethods,
  ...processorMethods,
  ...requestMethods,
  ...retentionMethods,
  ...breachMethods,
  ...consentMethods,
  ...handoverMethods,
  ...registerImportMethods,
  ...dpiaMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName =>
  Object.prototype.hasOwnProperty.call(contract, name);
