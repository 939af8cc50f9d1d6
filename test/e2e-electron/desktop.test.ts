import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/security-policy';
import { docxPartNames, docxText } from '../helpers/docx';
import { launchDesktop, type DesktopSession } from './launch';

// The desktop shell as a user meets it: the real Electron app, its File menu and save dialog
// (stubbed at the dialog, so the rest of the path is the app's own), the page talking over
// the preload's one function, and the window's protections checked while it runs.
// vitest.config.ts leaves this project out, with one printed line, where Electron's binary
// is not installed.

describe('the desktop app (Electron)', () => {
  let s: DesktopSession;
  let workspace = '';
  let clientId = 0;
  const clientName = 'Kanzlei Weiß & Söhne GbR';
  const activityName = 'Mandantenakten führen';

  beforeAll(async () => {
    s = await launchDesktop({ language: 'de' });
    workspace = path.join(s.dir, 'Kanzlei Weiß.sqlite');
  });
  afterAll(async () => {
    await s?.close();
  });

  // While the page reloads after a menu action, a call can meet no page: ask again.
  const workspacePath = () =>
    s.call('workspace.info', {}).then(
      (info) => info.path,
      () => '',
    );

  it('starts on its own page with the default workspace in the user data folder', async () => {
    expect(s.page.url()).toMatch(/^file:\/\/.*\/dist\/renderer\/index\.html(#.*)?$/);
    await s.page.getByRole('heading', { level: 1 }).first().waitFor();
    const info = await s.call('workspace.info', {});
    expect(info.mode).toBe('desktop');
    expect(info.path).toBe(path.join(s.dir, 'home', 'workspace.sqlite'));
  });

  it('creates and opens workspaces through the File menu, never from a path the page names', async () => {
    await s.answerNextDialog('save', workspace);
    await s.clickMenu('CmdOrCtrl+N');
    await expect.poll(workspacePath, { timeout: 20_000 }).toBe(workspace);
    expect(fs.existsSync(workspace)).toBe(true);

    // The page itself may not choose a file: only the native dialogs in main do.
    const elsewhere = path.join(s.dir, 'elsewhere.sqlite');
    const refused = await s.invoke('workspace.create', { path: elsewhere });
    expect(refused.ok ? 'allowed' : refused.error.code).toBe('FORBIDDEN');
    expect(fs.existsSync(elsewhere)).toBe(false);

    const defaultWorkspace = path.join(s.dir, 'home', 'workspace.sqlite');
    await s.answerNextDialog('open', defaultWorkspace);
    await s.clickMenu('CmdOrCtrl+O');
    await expect.poll(workspacePath, { timeout: 20_000 }).toBe(defaultWorkspace);
    await s.answerNextDialog('open', workspace);
    await s.clickMenu('CmdOrCtrl+O');
    await expect.poll(workspacePath, { timeout: 20_000 }).toBe(workspace);

    const { calls } = await s.stubs();
    expect(calls.map((c) => [c.kind, path.basename(c.answer ?? '')])).toEqual([
      ['save', 'Kanzlei Weiß.sqlite'],
      ['open', 'workspace.sqlite'],
      ['open', 'Kanzlei Weiß.sqlite'],
    ]);
    expect(path.basename(calls[0]!.defaultPath)).toBe('Privacy Desk.sqlite');
  });

  it('creates a client and an activity over IPC, and shows them', async () => {
    const client = await s.call('clients.create', { name: clientName, land: 'BE' });
    clientId = client.id;
    await s.call('activities.create', {
      clientId,
      activity: { name: activityName, purposes: 'Führung der Mandantenakten', status: 'active' },
    });
    await s.page.evaluate((id) => (window.location.hash = `#/client/${id}/activities`), clientId);
    await s.page.reload();
    await expect
      .poll(() => s.page.getByRole('row', { name: new RegExp(activityName) }).count())
      .toBe(1);
    expect(await s.page.locator('main').innerText()).toContain('Kanzlei Weiß');
  });

  it('exports the register as a Word file through the save dialog', async () => {
    const target = path.join(s.dir, 'exports', 'Verzeichnis Kanzlei Weiß.docx');
    fs.mkdirSync(path.dirname(target));
    await s.answerNextDialog('save', target);
    await s.page.getByRole('button', { name: 'Exportieren' }).click();
    await s.page.getByRole('button', { name: 'Word (.docx)' }).click();
    await expect.poll(() => fs.existsSync(target), { timeout: 20_000 }).toBe(true);
    // Written in one go by main, but give a slow disk its moment.
    await expect.poll(() => fs.statSync(target).size).toBeGreaterThan(1000);

    const bytes = fs.readFileSync(target);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(docxPartNames(bytes)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']),
    );
    const text = docxText(bytes);
    expect(text).toContain(clientName);
    expect(text).toContain(activityName);
    const save = (await s.stubs()).calls.at(-1)!;
    expect(save.kind).toBe('save');
    expect(path.extname(save.defaultPath)).toBe('.docx');
  });

  it('runs the page isolated and sandboxed, with only invoke on the bridge', async () => {
    expect(await s.security()).toMatchObject({
      windows: 1,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    const page = await s.page.evaluate(() => {
      const bridge = (window as unknown as { privacyDesk: Record<string, unknown> }).privacyDesk;
      return {
        bridge: Object.getOwnPropertyNames(bridge),
        invoke: typeof bridge.invoke,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        module: typeof (window as unknown as { module?: unknown }).module,
      };
    });
    expect(page).toEqual({
      bridge: ['invoke'],
      invoke: 'function',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  it('sends the Content-Security-Policy header with the page', async () => {
    // A picture from outside is refused by every policy in force; each refusal names its
    // policy. Only the header can carry frame-ancestors (a <meta> policy cannot).
    const policies = await s.page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          document.addEventListener('securitypolicyviolation', (event) =>
            seen.push(event.originalPolicy),
          );
          const probe = document.createElement('img');
          probe.src = 'https://example.invalid/probe.png';
          document.body.append(probe);
          setTimeout(() => {
            probe.remove();
            resolve(seen);
          }, 1000);
        }),
    );
    expect(policies, 'the policy of the response header (security.ts)').toContain(
      contentSecurityPolicy,
    );
  });

  it('opens no new window: window.open is denied, links go to the system browser', async () => {
    const opened = await s.page.evaluate(() => [
      window.open('about:blank') === null,
      window.open('https://example.org/popup') === null,
    ]);
    expect(opened).toEqual([true, true]);
    await expect
      .poll(async () => (await s.stubs()).external)
      .toContain('https://example.org/popup');
    expect(s.app.windows()).toHaveLength(1);
    expect((await s.security()).windows).toBe(1);
  });

  it('never navigates away from its page', async () => {
    const other = path.join(s.dir, 'other.html');
    fs.writeFileSync(other, '<!doctype html><title>other</title><h1>elsewhere</h1>');
    const appPage = s.page.url().split('#')[0];
    for (const target of [pathToFileURL(other).href, 'https://example.org/navigate']) {
      await s.page
        .evaluate((url) => {
          window.location.href = url;
        }, target)
        // Were navigation allowed, the page's context would go away under the call.
        .catch(() => undefined);
      await s.page.waitForTimeout(1000);
      expect(s.page.url().split('#')[0]).toBe(appPage);
      expect(await s.page.title()).not.toBe('other');
    }
    expect((await s.stubs()).external).toContain('https://example.org/navigate');
    expect(await s.page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
  });
});
