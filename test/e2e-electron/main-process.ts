import type * as Electron from 'electron';

// Functions that run inside Electron's main process, handed to `electronApp.evaluate`. Each
// is serialised as source text, so it may use nothing but its arguments and globalThis; each
// takes the electron module first, as Playwright passes it (unit tests pass a fake one).

type ElectronModule = typeof Electron;

export interface DialogCall {
  kind: 'save' | 'open';
  title: string;
  defaultPath: string;
  answer: string | null;
}

export interface StubState {
  save: string[];
  open: string[];
  calls: DialogCall[];
  /** URLs the app handed to the system browser or mail client. */
  external: string[];
}

/**
 * Replaces the native file dialogs with queues of answers (an empty queue is "cancelled")
 * and shell.openExternal with a list, so no dialog waits for a user and no browser opens.
 * The app calls `dialog.showSaveDialog` through the module object at call time, so the
 * replacement reaches every dialog of dialogs.ts and the File menu.
 */
export function installStubs(electron: ElectronModule): void {
  const state: StubState = { save: [], open: [], calls: [], external: [] };
  (globalThis as { __privacyDeskStubs?: StubState }).__privacyDeskStubs = state;
  const optionsOf = (args: unknown[]) =>
    (args[args.length - 1] ?? {}) as { title?: string; defaultPath?: string };
  const record = (kind: DialogCall['kind'], args: unknown[]) => {
    const options = optionsOf(args);
    const answer = state[kind].shift() ?? null;
    state.calls.push({
      kind,
      title: options.title ?? '',
      defaultPath: options.defaultPath ?? '',
      answer,
    });
    return answer;
  };
  electron.dialog.showSaveDialog = (async (...args: unknown[]) => {
    const answer = record('save', args);
    return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
  }) as unknown as typeof electron.dialog.showSaveDialog;
  electron.dialog.showOpenDialog = (async (...args: unknown[]) => {
    const answer = record('open', args);
    return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
  }) as unknown as typeof electron.dialog.showOpenDialog;
  electron.shell.openExternal = async (url: string) => {
    state.external.push(url);
  };
}

/** Queues the file the next save or open dialog answers with. */
export function queueDialogAnswer(
  _electron: ElectronModule,
  answer: { kind: 'save' | 'open'; path: string },
): void {
  const state = (globalThis as { __privacyDeskStubs?: StubState }).__privacyDeskStubs;
  if (!state) throw new Error('the dialog stubs are not installed');
  state[answer.kind].push(answer.path);
}

/** What the dialogs were asked and what left for the system browser, so far. */
export function stubRecord(_electron: ElectronModule): Pick<StubState, 'calls' | 'external'> {
  const state = (globalThis as { __privacyDeskStubs?: StubState }).__privacyDeskStubs;
  if (!state) throw new Error('the dialog stubs are not installed');
  return { calls: [...state.calls], external: [...state.external] };
}

/** Clicks the application menu's item with this accelerator (the labels follow the language). */
export function clickMenuItem(electron: ElectronModule, accelerator: string): string {
  const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
    for (const item of items) {
      if (item.accelerator === accelerator) return item;
      const inner = item.submenu ? find(item.submenu.items) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const item = find(electron.Menu.getApplicationMenu()?.items ?? []);
  if (!item) throw new Error(`the menu has no item with the accelerator ${accelerator}`);
  item.click();
  return item.label;
}

export interface WindowSecurity {
  windows: number;
  url: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInWorker?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  webviewTag?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
}

/** The web preferences the window's page really runs with. */
export function windowSecurity(electron: ElectronModule): WindowSecurity {
  const windows = electron.BrowserWindow.getAllWindows();
  const win = windows[0];
  if (!win) return { windows: 0, url: '' };
  // Undocumented (missing from electron.d.ts), but what Electron's own security warnings
  // read: the preferences the page was really created with, defaults applied.
  const contents = win.webContents as unknown as {
    getLastWebPreferences?: () => Electron.WebPreferences | null;
  };
  if (typeof contents.getLastWebPreferences !== 'function') {
    throw new Error('this Electron has no webContents.getLastWebPreferences()');
  }
  const prefs = contents.getLastWebPreferences() ?? {};
  return {
    windows: windows.length,
    url: win.webContents.getURL(),
    contextIsolation: prefs.contextIsolation,
    sandbox: prefs.sandbox,
    nodeIntegration: prefs.nodeIntegration,
    nodeIntegrationInWorker: prefs.nodeIntegrationInWorker,
    nodeIntegrationInSubFrames: prefs.nodeIntegrationInSubFrames,
    webviewTag: prefs.webviewTag,
    webSecurity: prefs.webSecurity,
    allowRunningInsecureContent: prefs.allowRunningInsecureContent,
  };
}
