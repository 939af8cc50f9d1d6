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
  close(): Promise<void>;
}

export function tempDir(prefix = 'privacy-desk-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real workspace file in a temp folder, with the handler map in front of it. */
export async function openTestApp(
  options: { now?: () => Date; file?: string } = {},
): Promise<TestApp> {
  const dir = tempDir();
  const file = options.file ?? path.join(dir, 'workspace.sqlite');
  const ctx = await createAppContext({
    mode: 'browser',
    dataDir: dir,
    workspacePath: file,
    now: options.now,
  });
  ctx.settings.setPreferences({ userName: 'Test Nutzerin', language: 'de' });
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
    close: () => ctx.close(),
  };
}

export const sampleOrganisation = {
  name: 'Bäckerei Müller & Söhne GmbH',
  street: 'Hauptstraße 1',
  postcode: '80331',
  city: 'München',
  email: 'info@baeckerei-mueller.de',
  land: 'BY' as const,
};
