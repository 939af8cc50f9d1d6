import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session, WebContents } from 'electron';
import * as esbuild from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../electron/channel';
import {
  contentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAppPage,
  isExternalLink,
  isTrustedSender,
  webPreferences,
  windowOptions,
} from '../../electron/security';

const root = path.resolve(__dirname, '../..');
const appPageUrl = pathToFileURL(
  '/opt/Privacy Desk/resources/app.asar/dist/renderer/index.html',
).href;

const directives = () =>
  new Map(
    contentSecurityPolicy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe('BrowserWindow options', () => {
  it('isolates the page from Node', () => {
    const prefs = webPreferences('/app/preload.cjs', false);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(windowOptions('/app/preload.cjs', true).webPreferences).toEqual(
      webPreferences('/app/preload.cjs', true),
    );
  });
});

describe('Content-Security-Policy', () => {
  it('allows scripts from the app only and never eval', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(directives().get('script-src')).toEqual(["'self'"]);
    expect(directives().get('default-src')).toEqual(["'self'"]);
  });

  it('closes the doors a renderer page never needs', () => {
    const d = directives();
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    for (const values of d.values()) expect(values).not.toContain('*');
  });
});

describe('navigation and links', () => {
  it('recognises only the app page, with any route or query', () => {
    expect(isAppPage(appPageUrl, appPageUrl, false)).toBe(true);
    expect(isAppPage(`${appPageUrl}#/clients/3`, appPageUrl, false)).toBe(true);
    expect(isAppPage(`${appPageUrl}?x=1`, appPageUrl, false)).toBe(true);
    // Chromium writes the same path with other escaping than Node does.
    expect(
      isAppPage(
        'file:///opt/Privacy%20Desk/resources/app.asar/dist/renderer/index.html',
        appPageUrl,
        false,
      ),
    ).toBe(true);
    expect(isAppPage('file:///opt/other/index.html', appPageUrl, false)).toBe(false);
    expect(isAppPage('file:///etc/passwd', appPageUrl, false)).toBe(false);
    expect(isAppPage('https://example.com/dist/renderer/index.html', appPageUrl, false)).toBe(
      false,
    );
    expect(isAppPage('not a url', appPageUrl, false)).toBe(false);
  });

  it('compares Windows paths without regard to case', () => {
    const win =
      'file:///C:/Program%20Files/Privacy%20Desk/resources/app.asar/dist/renderer/index.html';
    expect(isAppPage(win.replace('C:/Program', 'c:/program'), win, true)).toBe(true);
    expect(isAppPage(win.replace('C:/Program', 'c:/program'), win, false)).toBe(false);
  });

  it('hands only http(s) and mailto links to the system', () => {
    expect(isExternalLink('https://dsgvo-gesetz.de/art-30-dsgvo/')).toBe(true);
    expect(isExternalLink('http://example.com')).toBe(true);
    expect(isExternalLink('mailto:dsb@example.com')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'data:text/html,x',
      '',
      'relative/path',
    ]) {
      expect(isExternalLink(url), url).toBe(false);
    }
  });

  it('accepts IPC only from the top frame of the app page', () => {
    expect(isTrustedSender({ url: appPageUrl, parent: null }, appPageUrl)).toBe(true);
    expect(isTrustedSender({ url: appPageUrl, parent: {} }, appPageUrl)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, appPageUrl)).toBe(false);
    expect(isTrustedSender(null, appPageUrl)).toBe(false);
  });
});

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

const navigationEvent = () => ({ preventDefault: vi.fn() });

describe('hardenWebContents', () => {
  const setup = () => {
    const contents = new FakeContents();
    const openExternal = vi.fn(async () => {});
    hardenWebContents(contents as unknown as WebContents, { appPageUrl, openExternal });
    return { contents, openExternal };
  };

  it('blocks navigation away and sends web links to the system browser', () => {
    const { contents, openExternal } = setup();
    const away = navigationEvent();
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');

    const local = navigationEvent();
    contents.emit('will-navigate', local, 'file:///etc/passwd');
    expect(local.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);

    const own = navigationEvent();
    contents.emit('will-navigate', own, `${appPageUrl}#/home`);
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window and webview', () => {
    const { contents, openExternal } = setup();
    expect(contents.openHandler?.({ url: 'mailto:dsb@example.com' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    const attach = navigationEvent();
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  it('sets the CSP header and refuses permissions and downloads', () => {
    let headersListener: ((details: object, cb: (r: object) => void) => void) | null = null;
    let requestHandler:
      ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    const session = Object.assign(new EventEmitter(), {
      webRequest: { onHeadersReceived: (l: typeof headersListener) => (headersListener = l) },
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    });
    hardenSession(session as unknown as Session);

    const reply = vi.fn();
    headersListener!({ responseHeaders: { 'X-Other': ['1'] } }, reply);
    expect(reply).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
    const answer = vi.fn();
    requestHandler!({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(checkHandler!()).toBe(false);
    const download = navigationEvent();
    session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
  });
});

describe('preload', () => {
  const source = fs.readFileSync(path.join(root, 'electron/preload.ts'), 'utf8');

  it('exposes one function over one channel', () => {
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(source).toMatch(/exposeInMainWorld\('privacyDesk', \{\s*invoke: /);
    expect(source.match(/ipcRenderer\.\w+/g)).toEqual(['ipcRenderer.invoke']);
    expect(source).toContain('ipcRenderer.invoke(API_CHANNEL,');
    expect(API_CHANNEL).toBe('privacy-desk:invoke');
  });

  it('bundles to CommonJS that requires nothing but electron (sandboxed renderer)', async () => {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['electron/preload.ts'],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    // The exposed object has exactly one key.
    expect(code).toMatch(/exposeInMainWorld\("privacyDesk", \{\n\s*invoke: [^\n]*\n\}\)/);
  });
});

describe('the CSP written into index.html', () => {
  it('is the header policy without frame-ancestors, which a <meta> cannot carry', async () => {
    const { metaContentSecurityPolicy } = await import('../../electron/security-policy');
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    expect(metaContentSecurityPolicy.split('; ')).toEqual(
      contentSecurityPolicy.split('; ').filter((p) => !p.startsWith('frame-ancestors')),
    );
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
  });
});
