import type { BreachDocument } from '../api';
import { subjectsLetterDocument } from './breach-letter';
import { notificationDocument } from './breach-notification';
import { breachFilename, pack, type BreachDocumentInput } from './breach-parts';
import { recordDocument } from './breach-record';
import { registerDocument, type BreachRegisterInput } from './breach-register';

// The Word documents of the breach log: one entry point per kind, a file name each.

export type { BreachDocumentInput } from './breach-parts';
export type { BreachRegisterInput } from './breach-register';

const builders = {
  authority: notificationDocument,
  subjects: subjectsLetterDocument,
  record: recordDocument,
} as const;

export async function buildBreachDocument(
  kind: BreachDocument,
  input: BreachDocumentInput,
): Promise<{ filename: string; bytes: Uint8Array }> {
  return {
    filename: breachFilename(kind, input.language, input.breach.reference, input.generatedAt),
    bytes: await pack(builders[kind](input)),
  };
}

export async function buildBreachRegister(
  input: BreachRegisterInput,
): Promise<{ filename: string; bytes: Uint8Array }> {
  const scope = input.client?.name ?? '';
  return {
    filename: breachFilename('register', input.language, scope, input.generatedAt),
    bytes: await pack(registerDocument(input)),
  };
}
