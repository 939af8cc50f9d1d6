import fs from 'node:fs';
import path from 'node:path';
import type * as Electron from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HandlerContext, Handlers } from '../../electron/handlers/context';
import { tempDir } from '../helpers/app';

// What of the desktop suite (test/e2e-electron) can be checked without Electron's binary:
// whether it runs or prints its skip line, and the main-process helpers it hands to
// Playwright, run here against the app's own dialogs and menu with a stand-in electron.

const fake = vi.hoisted(() => ({
  dialog: {} as Record<string, unknown>,
  shell: {} as Record<string, unknown>,
}));
vi.mock('electron', () => ({
  app: { getPath: () => '/home/u/Documents', getVersion: () => '0.1.0' },
  dialog: fake.dialog,
  shell: fake.shell,
  Menu: {},
}));

const { createDesktopPlatform } = await import('../../electron/dialogs');
const { menuTemplate } = await import('../../electron/menu');
const { webPreferences } = await import('../../electron/security');
const { clickMenuItem, installStubs, queueDialogAnswer, stubRecord, windowSecurity } =
  await import('../e2e-electron/main-process');
const { electronSkipLine, electronSkipNotice, electronSuitePlan, runWantsElectronSuite } =
  await import('../e2e-electron/plan');
const { default: vitestConfig } = await import('../../vitest.config');
const { default: SummaryReporter } = await import('../summary-reporter');

const electron = { dialog: fake.dialog, shell: fake.shell } as unknown as typeof Electron;
const missing = () => {
  throw new Error('Electron failed to install correctly');
};

describe('whether the desktop suite runs', () => {
  it('is skipped with one loud line that says why and how to run it', () => {
    expect(electronSuitePlan(missing, () => true)).toEqual({ run: false, line: electronSkipLine });
    expect(
      electronSuitePlan(
        () => '/x/electron',
        () => false,
      ).run,
    ).toBe(false);
    expect(electronSkipLine).not.toContain('\n');
    expect(electronSkipLine).toMatch(/^!!! DESKTOP E2E SUITE SKIPPED/);
    expect(electronSkipLine).toContain('npm run test:electron');
    expect(electronSkipLine).toContain('xvfb-run');
  });

  it('runs with the binary that require("electron") names', () => {
    const exists = (file: string) => file === '/x/dist/electron';
    expect(electronSuitePlan(() => '/x/dist/electron', exists)).toEqual({
      run: true,
      executable: '/x/dist/electron',
    });
    expect(electronSkipNotice(['node', 'vitest', 'run'], { run: true, executable: '/x' })).toBe(
      null,
    );
  });

  it('prints the line only for runs that would include the suite', () => {
    const argv = (...args: string[]) => ['node', 'vitest.mjs', 'run', ...args];
    expect(runWantsElectronSuite(argv())).toBe(true);
    expect(runWantsElectronSuite(argv('--project', 'e2e-electron'))).toBe(true);
    expect(runWantsElectronSuite(argv('--project=e2e*'))).toBe(true);
    expect(runWantsElectronSuite(argv('test/e2e-electron/desktop.test.ts'))).toBe(true);
    expect(runWantsElectronSuite(argv('--project', 'unit'))).toBe(false);
    expect(runWantsElectronSuite(argv('test/unit/i18n.test.ts', '-t', 'e2e-electron'))).toBe(false);
  });

  it('is a project of `npm test` exactly where Electron is installed, else says so at the end', () => {
    const plan = electronSuitePlan();
    const names = (vitestConfig.test?.projects ?? []).map(
      (p) => (p as { test?: { name?: string } }).test?.name,
    );
    expect(names.includes('e2e-electron')).toBe(plan.run);

    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const argv = process.argv;
    process.argv = ['node', 'vitest.mjs', 'run'];
    const printed: string[] = [];
    try {
      new SummaryReporter().onTestRunEnd([]);
      printed.push(...log.mock.calls.map(([line]) => String(line).trim()));
    } finally {
      process.argv = argv;
      log.mockRestore();
    }
    expect(printed.includes(electronSkipLine)).toBe(!plan.run);
    expect(printed.at(-1)).toBe('0 passed, 0 failed, 0 skipped');
  });
});

describe("the suite's stubs in the main process", () => {
  afterEach(() => {
    for (const key of Object.keys(fake.dialog)) delete fake.dialog[key];
    for (const key of Object.keys(fake.shell)) delete fake.shell[key];
  });

  it("answer the app's own save dialog, so the export is written where the test says", async () => {
    installStubs(electron);
    const dir = tempDir('privacy-desk-stubs-');
    const target = path.join(dir, 'Verzeichnis.docx');
    queueDialogAnswer(electron, { kind: 'save', path: target });
    const platform = createDesktopPlatform(() => null);
    expect(await platform.saveFile('../x/Verzeichnis.docx', Buffer.from('PK'))).toEqual({
      saved: true,
      path: target,
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('PK');
    // Nothing queued: the user cancelled, nothing is written.
    expect(await platform.saveFile('Verzeichnis.docx', Buffer.from('PK'))).toEqual({
      saved: false,
      path: '',
    });
    const { calls } = stubRecord(electron);
    expect(calls.map((c) => [c.kind, c.defaultPath, c.answer])).toEqual([
      ['save', path.join('/home/u/Documents', 'Verzeichnis.docx'), target],
      ['save', path.join('/home/u/Documents', 'Verzeichnis.docx'), null],
    ]);
  });

  it('record links for the system browser instead of opening one', async () => {
    installStubs(electron);
    await (fake.shell.openExternal as (url: string) => Promise<void>)('https://example.org/');
    expect(stubRecord(electron).external).toEqual(['https://example.org/']);
  });

  it('click File > Open by its accelerator, and the chosen file is opened', async () => {
    installStubs(electron);
    const open = vi.fn(async () => ({
      path: '/data/Kanzlei.sqlite',
      recent: [],
      mode: 'desktop',
      version: '0.1.0',
      schemaVersion: '0010',
      encrypted: false,
      opensAtStart: false,
    }));
    const reload = vi.fn();
    const ctx = {
      settings: { recent: [] },
      platform: null,
      workspace: () => ({ path: '/data/workspace.sqlite' }),
      language: () => 'de',
    } as unknown as HandlerContext;
    const template = menuTemplate({
      handlers: { 'workspace.open': open } as unknown as Handlers,
      ctx,
      getWindow: () => ({ webContents: { reload } }) as unknown as Electron.BrowserWindow,
      isPackaged: true,
      platform: 'linux',
      refresh: () => undefined,
    });
    // The shape Menu.buildFromTemplate gives: items with a submenu of items.
    const asMenu = (items: MenuItemConstructorOptions[]): object[] =>
      items.map((item) => ({
        ...item,
        submenu: Array.isArray(item.submenu) ? { items: asMenu(item.submenu) } : undefined,
      }));
    const menu = { items: asMenu(template) };
    const withMenu = { ...electron, Menu: { getApplicationMenu: () => menu } };
    queueDialogAnswer(electron, { kind: 'open', path: '/data/Kanzlei.sqlite' });

    const label = clickMenuItem(withMenu as unknown as typeof Electron, 'CmdOrCtrl+O');
    expect(label).toBe('Arbeitsbereich öffnen …');
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
    expect(open).toHaveBeenCalledWith(
      { path: '/data/Kanzlei.sqlite', convert: false },
      expect.anything(),
    );
    expect(() => clickMenuItem(withMenu as unknown as typeof Electron, 'CmdOrCtrl+Alt+Z')).toThrow(
      /no item/,
    );
  });

  it("read the window's web preferences as the page runs with them", () => {
    const win = {
      webContents: {
        getLastWebPreferences: () => webPreferences('/app/preload.cjs', false),
        getURL: () => 'file:///app/dist/renderer/index.html',
      },
    };
    const withWindow = { BrowserWindow: { getAllWindows: () => [win] } };
    expect(windowSecurity(withWindow as unknown as typeof Electron)).toEqual({
      windows: 1,
      url: 'file:///app/dist/renderer/index.html',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});
