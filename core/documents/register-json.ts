import { registerLabels } from '../i18n/register-labels';
import { activityTransfers } from '../rules/transfers';
import { registerFilename } from './format';
import type { RegisterExportInput } from './format';

// A machine-readable copy of the register (for backups, other tools, a later import). The
// values stay as stored (codes, ISO dates) so nothing depends on the document language;
// `language` only records which language the user chose. Each activity keeps its stored
// transfers and linked processors and lists every third-country transfer (recorded and
// through processors) in `thirdCountryTransfers`.

export const REGISTER_JSON_FORMAT = 'privacy-desk.register';
export const REGISTER_JSON_VERSION = 1;

export function buildRegisterJson(input: RegisterExportInput): string {
  const document = {
    format: REGISTER_JSON_FORMAT,
    version: REGISTER_JSON_VERSION,
    exportedAt: input.generatedAt.toISOString(),
    language: input.language,
    client: input.client,
    activities: input.activities.map((a) => ({
      ...a,
      thirdCountryTransfers: activityTransfers(a),
    })),
    ...(input.integrityNote ? { integrityNote: input.integrityNote } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function registerJsonFilename(input: RegisterExportInput): string {
  return registerFilename(
    input.client.name,
    registerLabels[input.language],
    input.generatedAt,
    'json',
  );
}
