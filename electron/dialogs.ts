import fs from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  dialog,
  shell,
  type BrowserWindow,
  type FileFilter,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { todayInBerlin } from '../core/rules/calendar';
import type { DesktopPlatform } from './handlers/context';

type WindowGetter = () => BrowserWindow | null;

const save = (win: BrowserWindow | null, options: SaveDialogOptions) =>
  win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);

const open = (win: BrowserWindow | null, options: OpenDialogOptions) =>
  win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);

/** The desktop half of the handlers: a real save dialog and the file manager. */
export function createDesktopPlatform(getWindow: WindowGetter): DesktopPlatform {
  return {
    async saveFile(filename, data) {
      // The name comes from the page: keep only its last segment as a suggestion.
      const suggested = path.basename(filename.replace(/\\/g, '/')) || 'export';
      const result = await save(getWindow(), {
        defaultPath: path.join(app.getPath('documents'), suggested),
      });
      if (result.canceled || !result.filePath) return { saved: false, path: '' };
      await fs.writeFile(result.filePath, data);
      return { saved: true, path: result.filePath };
    },
    showInFolder(file) {
      shell.showItemInFolder(file);
    },
  };
}

export interface WorkspaceDialogTexts {
  title: string;
  filterName: string;
  allFiles: string;
}

const workspaceFilters = (texts: WorkspaceDialogTexts): FileFilter[] => [
  { name: texts.filterName, extensions: ['sqlite', 'db'] },
  { name: texts.allFiles, extensions: ['*'] },
];

/** GTK save dialogs do not append the extension of the chosen filter. */
export const withSqliteExtension = (file: string) => (path.extname(file) ? file : `${file}.sqlite`);

/** The date in file names is the legal calendar day the user reads elsewhere in the app. */
const today = () => todayInBerlin(new Date());

export async function chooseNewWorkspace(
  win: BrowserWindow | null,
  texts: WorkspaceDialogTexts,
): Promise<string | null> {
  const result = await save(win, {
    title: texts.title,
    defaultPath: path.join(app.getPath('documents'), 'Privacy Desk.sqlite'),
    filters: workspaceFilters(texts),
  });
  return result.canceled || !result.filePath ? null : withSqliteExtension(result.filePath);
}

export async function chooseWorkspaceToOpen(
  win: BrowserWindow | null,
  texts: WorkspaceDialogTexts,
  current: string,
): Promise<string | null> {
  const result = await open(win, {
    title: texts.title,
    defaultPath: path.dirname(current),
    properties: ['openFile'],
    filters: workspaceFilters(texts),
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function chooseCopyDestination(
  win: BrowserWindow | null,
  texts: WorkspaceDialogTexts,
  current: string,
): Promise<string | null> {
  const ext = path.extname(current) || '.sqlite';
  const name = `${path.basename(current, path.extname(current))} ${today()}${ext}`;
  const result = await save(win, {
    title: texts.title,
    defaultPath: path.join(path.dirname(current), name),
    filters: workspaceFilters(texts),
  });
  return result.canceled || !result.filePath ? null : withSqliteExtension(result.filePath);
}

/** A yes/no question; true only for the first button (the default is the second, "cancel"). */
export async function confirm(
  win: BrowserWindow | null,
  texts: { title: string; message: string; detail: string; yes: string; no: string },
): Promise<boolean> {
  const options = {
    type: 'question' as const,
    title: texts.title,
    message: texts.message,
    detail: texts.detail,
    buttons: [texts.yes, texts.no],
    defaultId: 1,
    cancelId: 1,
  };
  const { response } = await (win
    ? dialog.showMessageBox(win, options)
    : dialog.showMessageBox(options));
  return response === 0;
}

export async function showError(win: BrowserWindow | null, title: string, message: string) {
  const options = { type: 'error' as const, title, message };
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

export async function showAbout(win: BrowserWindow | null, title: string, detail: string) {
  const options = {
    type: 'info' as const,
    title,
    message: `Privacy Desk ${app.getVersion()}`,
    detail,
  };
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}
