import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { errorMessages, type Language } from '../core/api';
import {
  chooseCopyDestination,
  chooseNewWorkspace,
  chooseWorkspaceToOpen,
  confirm,
  showAbout,
  showError,
  type WorkspaceDialogTexts,
} from './dialogs';
import { dispatch } from './dispatch';
import type { HandlerContext, Handlers } from './handlers/context';

const de = {
  file: 'Datei',
  newWorkspace: 'Neuer Arbeitsbereich …',
  openWorkspace: 'Arbeitsbereich öffnen …',
  openRecent: 'Zuletzt geöffnet',
  noRecent: 'Keine weiteren Dateien',
  saveCopy: 'Kopie speichern …',
  showInFolder: 'Im Ordner anzeigen',
  quit: 'Beenden',
  edit: 'Bearbeiten',
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  cut: 'Ausschneiden',
  copy: 'Kopieren',
  paste: 'Einfügen',
  selectAll: 'Alles auswählen',
  view: 'Ansicht',
  reload: 'Neu laden',
  devTools: 'Entwicklerwerkzeuge',
  resetZoom: 'Originalgröße',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fullScreen: 'Vollbild',
  help: 'Hilfe',
  about: 'Über Privacy Desk',
  aboutDetail:
    'Verarbeitungsverzeichnis, Auftragsverarbeitung, Löschfristen und Betroffenenanfragen – offline in einer Datei.',
  newTitle: 'Neuen Arbeitsbereich anlegen',
  openTitle: 'Arbeitsbereich öffnen',
  copyTitle: 'Kopie des Arbeitsbereichs speichern',
  workspaceFilter: 'Privacy-Desk-Arbeitsbereich',
  allFiles: 'Alle Dateien',
  errorTitle: 'Privacy Desk',
  convertQuestion: 'Diese Datei in einen Arbeitsbereich umwandeln?',
  convertYes: 'Umwandeln',
  cancel: 'Abbrechen',
};

export type MenuLabels = typeof de;

const en: MenuLabels = {
  file: 'File',
  newWorkspace: 'New workspace…',
  openWorkspace: 'Open workspace…',
  openRecent: 'Open recent',
  noRecent: 'No other files',
  saveCopy: 'Save a copy…',
  showInFolder: 'Show in folder',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  devTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
  help: 'Help',
  about: 'About Privacy Desk',
  aboutDetail:
    'Record of processing, processor agreements, retention and data subject requests – offline, in one file.',
  newTitle: 'Create a new workspace',
  openTitle: 'Open a workspace',
  copyTitle: 'Save a copy of the workspace',
  workspaceFilter: 'Privacy Desk workspace',
  allFiles: 'All files',
  errorTitle: 'Privacy Desk',
  convertQuestion: 'Convert this file into a workspace?',
  convertYes: 'Convert',
  cancel: 'Cancel',
};

export const menuLabels: Record<Language, MenuLabels> = { de, en };

export interface MenuDeps {
  handlers: Handlers;
  ctx: HandlerContext;
  getWindow: () => BrowserWindow | null;
  /** Devtools only in development builds. */
  isPackaged: boolean;
  platform?: NodeJS.Platform;
  /** Rebuilds the menu after the recent files or the language changed. */
  refresh: () => void;
}

type WorkspaceMethod = 'workspace.open' | 'workspace.create' | 'workspace.saveCopy';

/** Goes through dispatch like the page does, so recent files and errors behave the same. */
async function runWorkspaceMethod(deps: MenuDeps, method: WorkspaceMethod, file: string) {
  const lang = deps.ctx.language();
  const labels = menuLabels[lang];
  let envelope = await dispatch(deps.handlers, deps.ctx, method, { path: file });
  // Another SQLite file: converted only when the user says so here.
  if (!envelope.ok && envelope.error.code === 'NOT_A_WORKSPACE') {
    const agreed = await confirm(deps.getWindow(), {
      title: labels.errorTitle,
      message: labels.convertQuestion,
      detail: `${file}\n\n${errorMessages[lang].NOT_A_WORKSPACE}`,
      yes: labels.convertYes,
      no: labels.cancel,
    });
    if (!agreed) return;
    envelope = await dispatch(deps.handlers, deps.ctx, method, { path: file, convert: true });
  }
  if (!envelope.ok) {
    await showError(deps.getWindow(), labels.errorTitle, envelope.error.message);
    return;
  }
  if (method !== 'workspace.saveCopy') {
    // The preload has no push channel on purpose: the page reloads and asks again.
    deps.getWindow()?.webContents.reload();
    deps.refresh();
  }
}

const currentPath = (ctx: HandlerContext) => ctx.workspace().path;

const dialogTexts = (labels: MenuLabels, title: string): WorkspaceDialogTexts => ({
  title,
  filterName: labels.workspaceFilter,
  allFiles: labels.allFiles,
});

/** Clicks are async and nobody awaits them: failures end up in one error dialog. */
const action = (deps: MenuDeps, task: () => Promise<void>) => () => {
  task().catch(async (error: unknown) => {
    console.error('[privacy-desk] menu action failed:', error);
    const labels = menuLabels[deps.ctx.language()];
    await showError(deps.getWindow(), labels.errorTitle, String(error));
  });
};

function fileMenu(deps: MenuDeps, labels: MenuLabels): MenuItemConstructorOptions {
  const current = currentPath(deps.ctx);
  const recent = deps.ctx.settings.recent.filter((file) => file !== current);
  return {
    label: labels.file,
    submenu: [
      {
        label: labels.newWorkspace,
        accelerator: 'CmdOrCtrl+N',
        click: action(deps, async () => {
          const texts = dialogTexts(labels, labels.newTitle);
          const file = await chooseNewWorkspace(deps.getWindow(), texts);
          if (file) await runWorkspaceMethod(deps, 'workspace.create', file);
        }),
      },
      {
        label: labels.openWorkspace,
        accelerator: 'CmdOrCtrl+O',
        click: action(deps, async () => {
          const texts = dialogTexts(labels, labels.openTitle);
          const file = await chooseWorkspaceToOpen(deps.getWindow(), texts, current);
          if (file) await runWorkspaceMethod(deps, 'workspace.open', file);
        }),
      },
      {
        label: labels.openRecent,
        submenu: recent.length
          ? recent.map((file) => ({
              // '&' marks a mnemonic on Windows and Linux; paths show it literally.
              label: file.replace(/&/g, '&&'),
              click: action(deps, () => runWorkspaceMethod(deps, 'workspace.open', file)),
            }))
          : [{ label: labels.noRecent, enabled: false }],
      },
      { type: 'separator' },
      {
        label: labels.saveCopy,
        accelerator: 'CmdOrCtrl+Shift+S',
        click: action(deps, async () => {
          const texts = dialogTexts(labels, labels.copyTitle);
          const file = await chooseCopyDestination(deps.getWindow(), texts, current);
          if (file) await runWorkspaceMethod(deps, 'workspace.saveCopy', file);
        }),
      },
      {
        label: labels.showInFolder,
        click: action(deps, async () => deps.ctx.platform?.showInFolder(currentPath(deps.ctx))),
      },
      { type: 'separator' },
      { role: 'quit', label: labels.quit },
    ],
  };
}

export function menuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const labels = menuLabels[deps.ctx.language()];
  const devTools: MenuItemConstructorOptions[] = deps.isPackaged
    ? []
    : [{ role: 'toggleDevTools', label: labels.devTools }];
  return [
    // macOS puts the app name first and expects its standard menu there.
    ...((deps.platform ?? process.platform) === 'darwin'
      ? [{ role: 'appMenu' } as MenuItemConstructorOptions]
      : []),
    fileMenu(deps, labels),
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: 'reload', label: labels.reload },
        ...devTools,
        { type: 'separator' },
        { role: 'resetZoom', label: labels.resetZoom },
        { role: 'zoomIn', label: labels.zoomIn },
        { role: 'zoomOut', label: labels.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: labels.fullScreen },
      ],
    },
    {
      label: labels.help,
      role: 'help',
      submenu: [
        {
          label: labels.about,
          click: action(deps, () => showAbout(deps.getWindow(), labels.about, labels.aboutDetail)),
        },
      ],
    },
  ];
}

/** Installs the menu and returns the function that rebuilds it. */
export function installMenu(deps: Omit<MenuDeps, 'refresh'>): () => void {
  const refresh = () => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ ...deps, refresh })));
  };
  refresh();
  return refresh;
}
