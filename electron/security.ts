import type {
  BrowserWindowConstructorOptions,
  Session,
  WebContents,
  WebPreferences,
} from 'electron';
import { contentSecurityPolicy } from './security-policy';

// Only type imports from 'electron' here: the policy below is pure so unit tests can check it
// without an Electron binary; main.ts passes in the few runtime pieces (shell.openExternal).

// One policy for both transports (browser mode sends the same header).
export { contentSecurityPolicy };

export function webPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

export function windowOptions(preload: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    title: 'Privacy Desk',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferences(preload, devTools),
  };
}

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

const filePathOf = (url: URL, caseInsensitive: boolean) => {
  const decoded = decodeURIComponent(url.pathname);
  return caseInsensitive ? decoded.toLowerCase() : decoded;
};

/**
 * Whether `url` is the app's own page (ignoring #route and ?query). Compared as decoded
 * paths because Chromium and Node percent-encode file URLs slightly differently.
 */
export function isAppPage(
  url: string,
  appPageUrl: string,
  caseInsensitive = process.platform === 'win32',
): boolean {
  const actual = parse(url);
  const expected = parse(appPageUrl);
  if (!actual || !expected || actual.protocol !== 'file:' || expected.protocol !== 'file:') {
    return false;
  }
  return (
    actual.host === expected.host &&
    filePathOf(actual, caseInsensitive) === filePathOf(expected, caseInsensitive)
  );
}

/** Links the system browser or mail client may open; everything else is dropped. */
export function isExternalLink(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && ['http:', 'https:', 'mailto:'].includes(parsed.protocol);
}

/** The part of an IPC event the sender check needs (a WebFrameMain, or null once gone). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** Only the top frame of our own page may call the API; never a subframe or a foreign page. */
export function isTrustedSender(frame: SenderFrame | null, appPageUrl: string): boolean {
  return frame !== null && frame.parent === null && isAppPage(frame.url, appPageUrl);
}

export interface HardeningOptions {
  appPageUrl: string;
  openExternal: (url: string) => Promise<void>;
}

/** Applies to every webContents (windows and devtools): no navigation away, no popups. */
export function hardenWebContents(contents: WebContents, options: HardeningOptions): void {
  const openOutside = (url: string) => {
    if (isExternalLink(url)) {
      options.openExternal(url).catch((error: unknown) => {
        console.error('[privacy-desk] could not open link:', error);
      });
    }
  };
  contents.on('will-navigate', (event, url) => {
    if (isAppPage(url, options.appPageUrl)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** CSP on every response, and no permission (camera, notifications, ...) or download ever. */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Desktop exports go through the save dialog (desktop.saveFile), never a download.
  session.on('will-download', (event) => event.preventDefault());
}
