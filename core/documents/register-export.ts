import type { ExportFormat } from '../api';
import { buildRegisterCsv, registerCsvFilename } from './register-csv';
import { registerDocxBuffer, registerDocxFilename } from './register-docx';
import { buildRegisterJson, registerJsonFilename } from './register-json';
import type { RegisterExportInput } from './format';

export type { RegisterExportInput } from './format';

export interface RegisterExportFile {
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
}

export const registerMimeTypes: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** The register of one client in the chosen format, as bytes ready to save or send. */
export async function buildRegisterExport(
  format: ExportFormat,
  input: RegisterExportInput,
): Promise<RegisterExportFile> {
  const mimeType = registerMimeTypes[format];
  switch (format) {
    case 'docx':
      return {
        filename: registerDocxFilename(input),
        mimeType,
        bytes: await registerDocxBuffer(input),
      };
    case 'csv':
      return {
        filename: registerCsvFilename(input),
        mimeType,
        bytes: new TextEncoder().encode(buildRegisterCsv(input)),
      };
    case 'json':
      return {
        filename: registerJsonFilename(input),
        mimeType,
        bytes: new TextEncoder().encode(buildRegisterJson(input)),
      };
  }
}
