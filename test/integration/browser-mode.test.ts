import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../electron/browser-mode';
import { createHandlers } from '../../electron/handlers';
import { openTestApp, sampleClient, tempDir, type TestApp } from '../helpers/app';
import fs from 'node:fs';

let app: TestApp;
let server: BrowserServer;
let base: string;

beforeAll(async () => {
  app = await openTestApp();
  const staticDir = tempDir();
  fs.writeFileSync(
    path.join(staticDir, 'index.html'),
    '<!doctype html><title>Privacy Desk</title>',
  );
  server = await startBrowserServer({ ctx: app.ctx, handlers: createHandlers(), staticDir });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  await app.close();
});

const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${server.token}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });

describe('browser mode over HTTP', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the same handlers as POST /api/<method>', async () => {
    const response = await post('clients.create', sampleClient);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { name: string } };
    expect(body).toMatchObject({ ok: true, value: { name: sampleClient.name } });
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const none = await fetch(`${base}/api/clients.list`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
    expect((await post('clients.list', {}, { Authorization: 'Bearer falsch' })).status).toBe(401);
  });

  it('answers 403 for a foreign Origin or Host header', async () => {
    expect((await post('clients.list', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    // fetch() will not forge Host; a raw request can, as a DNS-rebinding page would.
    const status = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/api/clients.list',
            method: 'POST',
            headers: {
              Host: `evil.example:${server.port}`,
              Authorization: `Bearer ${server.token}`,
            },
          },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end('{}');
      });
    });
    expect(status).toBe(403);
    expect((await post('clients.list', {}, { Origin: base })).status).toBe(200);
  });

  it('rejects bad input with 400 and its field issues, and unknown methods with 404', async () => {
    const bad = await post('clients.create', { name: '', land: 'BY' });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues[0]!.path).toBe('name');
    const garbled = await fetch(`${base}/api/clients.create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: '{not json',
    });
    expect(garbled.status).toBe(400);
    expect((await post('nope.nothing', {})).status).toBe(404);
  });

  it('serves the renderer with a strict CSP and never outside its folder', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const traversal = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await traversal.text()).not.toContain('root:');
  });
});
