import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope, MethodInput, MethodName, MethodOutput } from '../../core/api';
import { createAppContext, type AppContext } from '../../electron/app-context';
import { dispatch } from '../../electron/dispatch';
import { createHandlers } from '../../electron/handlers';

export interface TestApp {
  ctx: AppContext;
  dir: string;
  file: string;
  /** Calls a method through the real dispatch (validation, handler, output check). */
  raw(method: string, input: unknown): Promise<Envelope<unknown>>;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /**
   * Continues as another person: the operating-system account, and the user name in Settings
   * (kept when omitted, as when the same person renames herself, or a second one shares it).
   */
  actAs(person: { account: string; name?: string }): void;
  close(): Promise<void>;
}

/** The operating-system account and the user name a test app starts with. */
export const firstUser = { account: 'nutzerin', name: 'Test Nutzerin' };
/** A second person at her own account, e.g. the reviewer of a reply. */
export const secondUser = { account: 'weber', name: 'Max Weber' };

export function tempDir(prefix = 'privacy-desk-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real workspace file in a temp folder, with the handler map in front of it. */
export async function openTestApp(
  options: { now?: () => Date; file?: string } = {},
): Promise<TestApp> {
  const dir = tempDir();
  const file = options.file ?? path.join(dir, 'workspace.sqlite');
  let account = firstUser.account;
  const ctx = await createAppContext({
    mode: 'browser',
    dataDir: dir,
    workspacePath: file,
    now: options.now,
    account: () => account,
  });
  ctx.settings.setPreferences({ userName: firstUser.name, language: 'de' });
  const handlers = createHandlers();
  const raw = (method: string, input: unknown) => dispatch(handlers, ctx, method, input);
  return {
    ctx,
    dir,
    file,
    raw,
    async call(method, input) {
      const envelope = await raw(method, input);
      if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.value as never;
    },
    actAs(person) {
      account = person.account;
      if (person.name !== undefined) {
        ctx.settings.setPreferences({ ...ctx.settings.preferences, userName: person.name });
      }
    },
    close: () => ctx.close(),
  };
}

export const sampleClient = {
  name: 'Bäckerei Müller & Söhne GmbH',
  street: 'Hauptstraße 1',
  postcode: '80331',
  city: 'München',
  email: 'info@baeckerei-mueller.de',
  land: 'BY' as const,
};
