import fs from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import type { Envelope, MethodInput, MethodName, MethodOutput } from '../../core/api';
import { electronBuildEnv } from '../../scripts/electron-native.mjs';
import { tempDir } from '../helpers/app';
import {
  clickMenuItem,
  installStubs,
  queueDialogAnswer,
  stubRecord,
  windowSecurity,
  type StubState,
  type WindowSecurity,
} from './main-process';

const root = path.resolve(import.meta.dirname, '../..');

export interface DesktopSession {
  app: ElectronApplication;
  page: Page;
  /** The temporary folder: the app's user data (settings, default workspace) and any file. */
  dir: string;
  /** Calls the API the way the page does, over `window.privacyDesk.invoke`. */
  invoke<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ): Promise<Envelope<MethodOutput<M>>>;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  answerNextDialog(kind: 'save' | 'open', file: string): Promise<void>;
  stubs(): Promise<Pick<StubState, 'calls' | 'external'>>;
  clickMenu(accelerator: string): Promise<string>;
  security(): Promise<WindowSecurity>;
  close(): Promise<void>;
}

/**
 * Starts the real desktop app (out/main/main.cjs, the built renderer, better-sqlite3 built
 * for Electron in .electron-native/) with its user data in a fresh temporary folder, the
 * native dialogs and shell.openExternal stubbed, and waits for its window.
 */
export async function launchDesktop(
  options: { language?: 'de' | 'en' } = {},
): Promise<DesktopSession> {
  const dir = tempDir('privacy-desk-electron-');
  const home = path.join(dir, 'home');
  fs.mkdirSync(home);
  fs.writeFileSync(
    path.join(home, 'settings.json'),
    JSON.stringify({
      preferences: { userName: 'E2E Desktop', language: options.language ?? 'de' },
      recent: [],
    }),
  );
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(electronBuildEnv(process.env))) {
    if (value !== undefined) env[key] = value;
  }
  // Its own user data folder: its own settings, default workspace and single-instance lock.
  env.PRIVACY_DESK_HOME = home;
  const app = await _electron.launch({ args: [root], cwd: root, env, timeout: 60_000 });
  const output: string[] = [];
  app.process().stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  try {
    await app.evaluate(installStubs);
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const invoke = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      page.evaluate(
        ([m, i]) =>
          (
            window as unknown as {
              privacyDesk: { invoke(m: string, i: unknown): Promise<unknown> };
            }
          ).privacyDesk.invoke(m, i),
        [method, input] as const,
      ) as Promise<Envelope<MethodOutput<M>>>;
    return {
      app,
      page,
      dir,
      invoke,
      async call(method, input) {
        const envelope = await invoke(method, input);
        if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
        return envelope.value;
      },
      answerNextDialog: (kind, file) => app.evaluate(queueDialogAnswer, { kind, path: file }),
      stubs: () => app.evaluate(stubRecord),
      clickMenu: (accelerator) => app.evaluate(clickMenuItem, accelerator),
      security: () => app.evaluate(windowSecurity),
      close: () => app.close(),
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw new Error(`the desktop app did not start: ${String(error)}\n${output.join('')}`, {
      cause: error,
    });
  }
}
