import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { MethodInput, MethodName, MethodOutput } from '../../core/api';
import { tempDir } from './app';
import { startWebProcess, type WebProcess } from './web-process';

export { axeFindings, axeTags, formatFindings, type AxeFinding } from './axe';

/** Debian's Chromium here; Chrome or Edge on Windows and macOS; CHROME_PATH overrides. */
const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
].filter((p): p is string => Boolean(p));

export const browserPath = candidates.find((p) => fs.existsSync(p));
export const rendererBuilt = fs.existsSync(
  path.resolve(import.meta.dirname, '../../dist/renderer/index.html'),
);

if (!browserPath) {
  console.warn(
    '\n!!! E2E TESTS SKIPPED: no Chromium, Chrome or Edge found. Install it (Debian: `apt-get install -y chromium`) or set CHROME_PATH. .ci/run installs it.\n',
  );
} else if (!rendererBuilt) {
  console.warn(
    '\n!!! E2E TESTS SKIPPED: the renderer is not built. Run `npm run build:renderer` (npm test does).\n',
  );
}
export const canRunE2e = Boolean(browserPath && rendererBuilt);

export interface E2eSession {
  web: WebProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  dir: string;
  db: string;
  /** Console errors and uncaught exceptions of the page, e.g. CSP violations. */
  pageErrors: string[];
  /** A full-page screenshot in the session folder, to look at; close() lists them. */
  shot(name: string): Promise<string>;
  /** Calls the running app's API over HTTP with the token, to seed data; throws on an error. */
  api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /**
   * Continues as another person on the same machine: browser mode restarts on the same
   * workspace and address under `account` with `name` in Settings, and the page opens `hash`.
   */
  actAs(person: { account: string; name: string }, hash?: string): Promise<void>;
  close(): Promise<void>;
}

/** A fresh workspace in browser mode and a page that has opened it with its token. */
export async function openE2e(
  options: { language?: 'de' | 'en'; account?: string } = {},
): Promise<E2eSession> {
  const dir = tempDir('privacy-desk-e2e-');
  if (options.language) {
    fs.writeFileSync(
      path.join(dir, 'settings.json'),
      JSON.stringify({
        preferences: { userName: 'E2E Prüferin', language: options.language },
        recent: [],
      }),
    );
  }
  const db = path.join(dir, 'e2e.sqlite');
  let web = await startWebProcess(db, dir, { account: options.account });
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1366, height: 900 },
    locale: 'de-DE',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const shots: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(web.url);
  const session: E2eSession = {
    web,
    browser,
    context,
    page,
    dir,
    db,
    pageErrors,
    async shot(name) {
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      shots.push(file);
      return file;
    },
    async api(method, input) {
      const response = await fetch(`${session.web.origin}/api/${method}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${session.web.token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; value: never };
      if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope)}`);
      return envelope.value;
    },
    async actAs(person, hash = '') {
      const port = Number(new URL(web.origin).port);
      await web.stop();
      web = await startWebProcess(db, dir, { account: person.account, port });
      session.web = web;
      const preferences = await session.api('preferences.get', {});
      await session.api('preferences.set', { ...preferences, userName: person.name });
      await page.goto(`${web.url}${hash}`);
    },
    close: async () => {
      if (!page.isClosed())
        await page.screenshot({ path: path.join(dir, 'last.png') }).catch(() => undefined);
      if (shots.length) console.log(`Screenshots (and last.png) in ${dir}:\n${shots.join('\n')}`);
      await browser.close();
      await session.web.stop();
    },
  };
  return session;
}

/**
 * Loads the app anew at a hash route, as a user starting it would find it. `goto` to a URL that
 * differs only in its hash is a hash change in the same document: the renderer keeps its cached
 * queries and may redirect on them (CI saw '/' answer the client list of a moment before). So
 * the page leaves for about:blank first; the token stays in the tab's sessionStorage.
 */
export async function loadAnew(s: E2eSession, route = '/'): Promise<void> {
  await s.page.goto('about:blank');
  await s.page.goto(`${s.web.origin}/#${route}`);
}

/** Opens a hash route and waits until its heading is there and nothing is still loading. */
export async function showScreen(s: E2eSession, route: string): Promise<void> {
  const { page } = s;
  await page.goto(`${s.web.origin}/#${route}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect
    .poll(() => page.locator('.page-loading, [role=status]:has-text("…")').count())
    .toBe(0);
  await page.waitForLoadState('networkidle');
}
