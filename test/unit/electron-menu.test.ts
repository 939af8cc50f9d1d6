import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError, errorMessages } from '../../core/api';
import type { HandlerContext, Handlers } from '../../electron/handlers/context';

const electron = vi.hoisted(() => ({
  showMessageBox: vi.fn(async () => ({ response: 0 })),
  showItemInFolder: vi.fn(),
}));
vi.mock('electron', () => ({
  app: { getPath: () => '/home/u/Documents', getVersion: () => '0.1.0' },
  dialog: { showMessageBox: electron.showMessageBox },
  shell: { showItemInFolder: electron.showItemInFolder },
  Menu: {},
}));

const { menuLabels, menuTemplate } = await import('../../electron/menu');

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const find = (items: Item[], label: string) => items.find((i) => i.label === label);
const click = async (item: Item | undefined) => {
  (item?.click as unknown as () => void)();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

const info = {
  path: '/data/R&D.sqlite',
  recent: [],
  mode: 'desktop',
  version: '0.1.0',
  schemaVersion: '0001',
  encrypted: false,
  opensAtStart: false,
};

function setup(language: 'de' | 'en', open = vi.fn(async (): Promise<unknown> => info)) {
  const reload = vi.fn();
  const refresh = vi.fn();
  const ctx = {
    mode: 'desktop',
    version: '0.1.0',
    settings: { recent: ['/data/a.sqlite', '/data/R&D.sqlite'] },
    platform: { saveFile: vi.fn(), showInFolder: electron.showItemInFolder },
    workspace: () => ({ path: '/data/a.sqlite' }),
    language: () => language,
  } as unknown as HandlerContext;
  const handlers = { 'workspace.open': open } as unknown as Handlers;
  const window = { webContents: { reload } };
  const deps = {
    handlers,
    ctx,
    getWindow: () => window as never,
    isPackaged: false,
    platform: 'linux' as const,
    refresh,
  };
  return { deps, reload, refresh, open };
}

beforeEach(() => vi.clearAllMocks());

describe('application menu', () => {
  it('speaks German or English with the same structure', () => {
    const de = menuTemplate(setup('de').deps);
    const en = menuTemplate(setup('en').deps);
    expect(de.map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(submenu(de[0]).map((i) => i.type ?? i.role ?? 'item')).toEqual(
      submenu(en[0]).map((i) => i.type ?? i.role ?? 'item'),
    );
    expect(Object.keys(menuLabels.en).sort()).toEqual(Object.keys(menuLabels.de).sort());
  });

  it('offers devtools only in development', () => {
    const { deps } = setup('en');
    const roles = (packaged: boolean) =>
      submenu(menuTemplate({ ...deps, isPackaged: packaged })[2]).map((i) => i.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it('starts with the app menu on macOS only', () => {
    const { deps } = setup('en');
    expect(menuTemplate({ ...deps, platform: 'darwin' })[0]?.role).toBe('appMenu');
    expect(menuTemplate(deps)[0]?.label).toBe('File');
  });

  it('lists recent files except the open one, escaping mnemonics', () => {
    const file = submenu(menuTemplate(setup('en').deps)[0]);
    const recent = submenu(find(file, 'Open recent'));
    expect(recent.map((i) => i.label)).toEqual(['/data/R&&D.sqlite']);
  });

  it('opens a recent file through the API, then reloads the page and the menu', async () => {
    const { deps, reload, refresh, open } = setup('en');
    const recent = submenu(find(submenu(menuTemplate(deps)[0]), 'Open recent'));
    await click(recent[0]);
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
    expect(open).toHaveBeenCalledWith({ path: '/data/R&D.sqlite', convert: false }, deps.ctx);
    expect(refresh).toHaveBeenCalled();
  });

  it('shows a failed switch in an error dialog and keeps the page', async () => {
    const failing = vi.fn(async () => {
      throw new AppError('WORKSPACE_ERROR');
    });
    const { deps, reload } = setup('de', failing);
    const recent = submenu(find(submenu(menuTemplate(deps)[0]), 'Zuletzt geöffnet'));
    await click(recent[0]);
    await vi.waitFor(() => expect(electron.showMessageBox).toHaveBeenCalled());
    expect(electron.showMessageBox).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ type: 'error', message: errorMessages.de.WORKSPACE_ERROR }),
    );
    expect(reload).not.toHaveBeenCalled();
  });

  it.each([
    [0, [false, true]],
    [1, [false]],
  ])(
    'asks before converting a file that is not a workspace (answer %i)',
    async (answer, converts) => {
      const open = vi.fn(async (input: { convert: boolean }) => {
        if (!input.convert) throw new AppError('NOT_A_WORKSPACE');
        return info;
      });
      electron.showMessageBox.mockResolvedValueOnce({ response: answer });
      const { deps, reload } = setup('de', open as never);
      await click(submenu(find(submenu(menuTemplate(deps)[0]), 'Zuletzt geöffnet'))[0]);
      await vi.waitFor(() => expect(electron.showMessageBox).toHaveBeenCalled());
      expect(electron.showMessageBox).toHaveBeenCalledWith(
        expect.anything(),
        expect.objectContaining({
          type: 'question',
          message: 'Diese Datei in einen Arbeitsbereich umwandeln?',
          buttons: ['Umwandeln', 'Abbrechen'],
          cancelId: 1,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(open.mock.calls.map(([input]) => input.convert)).toEqual(converts);
      expect(reload).toHaveBeenCalledTimes(answer === 0 ? 1 : 0);
    },
  );

  it('reveals the workspace in the file manager', async () => {
    const { deps } = setup('en');
    await click(find(submenu(menuTemplate(deps)[0]), 'Show in folder'));
    expect(electron.showItemInFolder).toHaveBeenCalledWith('/data/a.sqlite');
  });
});
