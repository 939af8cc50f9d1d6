import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../core/api';
import type { HandlerContext, Handlers } from '../../electron/handlers/context';

// The page cannot name a file path over IPC: File > New / Open / Save a copy use dialogs
// in the main process; only a file of the recent list (recorded by main) may be reopened.

const ipc = vi.hoisted(() => ({ handler: null as null | ((...args: unknown[]) => unknown) }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (_channel: string, fn: (...args: unknown[]) => unknown) => {
      ipc.handler = fn;
    },
    removeHandler: vi.fn(),
  },
}));

const { registerIpc } = await import('../../electron/ipc');

const appPageUrl = 'file:///app/dist/renderer/index.html';
const event = { senderFrame: { url: appPageUrl, parent: null } };

function setup() {
  const calls: [string, unknown][] = [];
  const handler = (name: string) =>
    vi.fn(async (input: unknown) => {
      calls.push([name, input]);
      return {
        path: '/data/a.sqlite',
        recent: [],
        mode: 'desktop',
        version: '0',
        schemaVersion: '',
        encrypted: false,
        opensAtStart: false,
      };
    });
  const handlers = {
    'workspace.open': handler('workspace.open'),
    'workspace.create': handler('workspace.create'),
    'workspace.saveCopy': vi.fn(async (input: { path: string }) => {
      calls.push(['workspace.saveCopy', input]);
      return { path: input.path };
    }),
  } as unknown as Handlers;
  const ctx = {
    settings: { recent: ['/data/a.sqlite', '/data/b.sqlite'] },
    language: () => 'de',
  } as unknown as HandlerContext;
  registerIpc({ handlers, ctx, appPageUrl });
  const invoke = (method: string, input: unknown) =>
    ipc.handler!(event, method, input) as Promise<Envelope<unknown>>;
  return { invoke, calls };
}

describe('workspace paths over IPC', () => {
  it.each([
    ['workspace.open', { path: '/etc/passwd' }],
    ['workspace.open', { path: '/data/a.sqlite/../../etc/x' }],
    ['workspace.create', { path: '/tmp/new.sqlite' }],
    ['workspace.saveCopy', { path: '/home/u/.bashrc' }],
    ['workspace.saveCopy', {}],
  ])('refuses %s %j from the page, touching nothing', async (method, input) => {
    const { invoke, calls } = setup();
    const envelope = await invoke(method, input);
    expect(envelope).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        issues: [{ key: 'useFileMenu', message: expect.stringContaining('Menü „Datei“') }],
      },
    });
    expect(calls).toEqual([]);
  });

  it('reopens a file of the recent list', async () => {
    const { invoke, calls } = setup();
    expect((await invoke('workspace.open', { path: '/data/b.sqlite' })).ok).toBe(true);
    expect(calls).toEqual([['workspace.open', { path: '/data/b.sqlite', convert: false }]]);
  });
});
