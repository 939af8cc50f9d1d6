import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { errorMessages } from '../core/api';
import { WorkspaceFileError } from '../db/connection';
import { createAppContext, type AppContext } from './app-context';
import { createDesktopPlatform } from './dialogs';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { appName } from './paths';
import { hardenSession, hardenWebContents, windowOptions } from './security';

app.setName(appName);
// Same override as browser mode (paths.ts), so both find the same settings and workspace.
if (process.env.PRIVACY_DESK_HOME) app.setPath('userData', process.env.PRIVACY_DESK_HOME);

const root = app.getAppPath();
const appPageFile = path.join(root, 'dist', 'renderer', 'index.html');
const appPageUrl = pathToFileURL(appPageFile).href;

let mainWindow: BrowserWindow | null = null;
let context: AppContext | null = null;
let closing: Promise<void> | null = null;
let closed = false;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    ...windowOptions(path.join(__dirname, 'preload.cjs'), !app.isPackaged),
    // Packaged builds take the icon from the executable; this is for `npm start`.
    ...(app.isPackaged ? {} : { icon: path.join(root, 'assets', 'icons', 'icon.png') }),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadFile(appPageFile).catch((error: unknown) => {
    console.error(`[privacy-desk] could not load ${appPageFile} (run \`npm run build\`):`, error);
  });
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  context = await createAppContext({
    mode: 'desktop',
    dataDir: app.getPath('userData'),
    platform: createDesktopPlatform(() => mainWindow),
    // Packaged: electron-builder rebuilt node_modules for Electron, the default binding fits.
    nativeBinding: app.isPackaged ? undefined : electronNativeBinding(root),
  });
  const ctx = context;
  const handlers = createHandlers();
  const refreshMenu = installMenu({
    handlers,
    ctx,
    getWindow: () => mainWindow,
    isPackaged: app.isPackaged,
  });
  registerIpc({
    handlers,
    ctx,
    appPageUrl,
    afterCall: (method, envelope) => {
      if (envelope.ok && menuRelevant.has(method)) refreshMenu();
    },
  });
  mainWindow = createWindow();
}

/** Why the app could not start, in plain words when the workspace file is the reason. */
function startFailure(error: unknown): string {
  if (error instanceof WorkspaceFileError && error.problem !== 'missing') {
    const code = error.problem === 'newerVersion' ? 'WORKSPACE_TOO_NEW' : 'NOT_A_WORKSPACE';
    return `${errorMessages.de[code]}\n\n${errorMessages.en[code]}`;
  }
  return `Privacy Desk could not start:\n${String(error)}`;
}

// Calls from the page that change what the menu shows (language, recent files).
const menuRelevant = new Set(['preferences.set', 'workspace.open', 'workspace.create']);

if (!app.requestSingleInstanceLock()) {
  // A second start would open the same SQLite file twice: hand over to the running one.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { appPageUrl, openExternal: (url) => shell.openExternal(url) });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (context && !mainWindow) mainWindow = createWindow();
  });

  // Close the workspace (checkpoints the WAL) before the process ends.
  app.on('will-quit', (event) => {
    if (closed || !context) return;
    event.preventDefault();
    closing ??= context
      .close()
      .catch((error: unknown) =>
        console.error('[privacy-desk] closing the workspace failed:', error),
      )
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  start().catch((error: unknown) => {
    console.error('[privacy-desk] start failed:', error);
    dialog.showErrorBox(appName, startFailure(error));
    app.exit(1);
  });
}
