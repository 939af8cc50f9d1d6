import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

// Renders a generated .docx the way a user's office suite would: LibreOffice converts it
// to PDF, pdftotext reads the PDF back. A document that Word-compatible software cannot
// lay out (broken XML, missing fields) fails here, not at the user's desk.
// CI installs both: apt-get install -y libreoffice-writer-nogui poppler-utils

const run = promisify(execFile);
const TOOLS = ['soffice', 'pdftotext'] as const;

function onPath(command: string): boolean {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const names =
    process.platform === 'win32' ? [`${command}.exe`, `${command}.com`, command] : [command];
  return dirs.some((dir) => names.some((name) => fs.existsSync(path.join(dir, name))));
}

/** The conversion tools that are missing from PATH (empty when all are there). */
export function missingDocumentTools(): string[] {
  return TOOLS.filter((tool) => !onPath(tool));
}

export function hasLibreOffice(): boolean {
  return missingDocumentTools().length === 0;
}

/** Logs loudly (once per test file) why LibreOffice tests are skipped; returns true if so. */
export function warnIfNoLibreOffice(what: string): boolean {
  const missing = missingDocumentTools();
  if (missing.length === 0) return false;
  console.warn(
    `\n!!! SKIPPING ${what}: ${missing.join(' and ')} not found on PATH.\n` +
      '!!! Install them (apt-get install -y libreoffice-writer-nogui poppler-utils) to check\n' +
      '!!! that generated Word documents open and render in an office suite.\n',
  );
  return true;
}

/**
 * Converts .docx files to PDF with one LibreOffice call (starting it takes most of the
 * time) and its own profile, so parallel test files do not fight over the profile lock.
 * Returns the PDF path of each name; `dispose` removes the files.
 */
export async function docxToPdfs(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<{ pdfs: Map<string, string>; dispose: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-docx-'));
  const profile = path.join(os.tmpdir(), `lo-profile-${randomUUID()}`);
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const docx = files.map(({ name, bytes }) => {
      const file = path.join(dir, `${name}.docx`);
      fs.writeFileSync(file, bytes);
      return file;
    });
    await run(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...docx,
      ],
      { timeout: 60_000 + 10_000 * files.length },
    );
    const pdfs = new Map(files.map(({ name }) => [name, path.join(dir, `${name}.pdf`)]));
    for (const [name, pdf] of pdfs) {
      if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}.docx to PDF`);
    }
    return { pdfs, dispose };
  } catch (error) {
    dispose();
    throw error;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The text of a .docx as LibreOffice prints it (`pdftotext -layout`). */
export async function docxToText(bytes: Uint8Array, name = 'document'): Promise<string> {
  const { pdfs, dispose } = await docxToPdfs([{ name, bytes }]);
  try {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfs.get(name)!, '-'], {
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    dispose();
  }
}

/** Collapses runs of whitespace, so text wrapped by the layout still matches a phrase. */
export const normaliseSpace = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * Like docxToText for many documents in one LibreOffice start (the start is most of the
 * time): returns the text of each, by name.
 */
export async function docxesToText(
  documents: readonly { name: string; bytes: Uint8Array }[],
): Promise<Map<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-docx-'));
  const profile = path.join(os.tmpdir(), `lo-profile-${randomUUID()}`);
  try {
    const files = documents.map((d) => {
      const file = path.join(dir, `${d.name}.docx`);
      fs.writeFileSync(file, d.bytes);
      return file;
    });
    await run(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { timeout: 240_000 },
    );
    const texts = new Map<string, string>();
    for (const d of documents) {
      const pdf = path.join(dir, `${d.name}.pdf`);
      if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${d.name}.docx to PDF`);
      const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], {
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      texts.set(d.name, stdout);
    }
    return texts;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
