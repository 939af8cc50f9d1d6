import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../core/api';
import { startBrowserServer, type BrowserServer } from '../../electron/browser-mode';
import { createHandlers } from '../../electron/handlers';
import { openTestApp, sampleClient, tempDir, type TestApp } from '../helpers/app';
import { docxBomb } from '../helpers/zip';

// Files from outside, sent the way the page sends them (HTTP, browser mode): each hostile
// one is answered within a second with a typed error, writes nothing, and the server goes
// on answering. The well-formed but unusual ones (HTML only, forwarded) are read properly.

let app: TestApp;
let server: BrowserServer;
let clientId: number;

beforeAll(async () => {
  app = await openTestApp({ now: () => new Date('2025-02-10T10:00:00Z') });
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  server = await startBrowserServer({ ctx: app.ctx, handlers: createHandlers(), staticDir });
  clientId = (await app.call('clients.create', sampleClient)).id;
});
afterAll(async () => {
  await server.close();
  await app.close();
});

async function post(method: string, body: unknown) {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(body),
  });
  const envelope = (await response.json()) as Envelope<Record<string, unknown>>;
  return { envelope, ms: performance.now() - started };
}

const rows = () =>
  ['requests', 'attachments', 'avv_templates', 'audit_log'].map(
    (t) =>
      (app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number })
        .n,
  );

const mail = (lines: string[]) => Buffer.from(lines.join('\r\n')).toString('base64');
const from = 'From: Anna Berg <anna.berg@example.org>';
const date = 'Date: Mon, 3 Feb 2025 10:00:00 +0100';

/** Refused in time with the given key, nothing written, and the server still there. */
async function expectRefused(method: string, body: unknown, key: string) {
  const before = rows();
  const { envelope, ms } = await post(method, body);
  expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  if (!envelope.ok) expect(envelope.error.issues?.map((i) => i.key)).toContain(key);
  expect(ms).toBeLessThan(1000);
  expect(rows()).toEqual(before);
  const alive = await post('clients.list', {});
  expect(alive.envelope.ok).toBe(true);
}

describe('hostile files', () => {
  it('a 96 KB From header', async () => {
    const base64 = mail([`From: ${'<'.repeat(96 * 1024)}`, date, '', 'x']);
    await expectRefused(
      'requests.importEml',
      { clientId, name: 'lang.eml', base64 },
      'emlNoSender',
    );
  });

  it('a date in the year 100', async () => {
    const base64 = mail([from, 'Date: Mon, 3 Feb 0100 10:00:00 +0100', '', 'x']);
    await expectRefused('requests.importEml', { clientId, name: 'alt.eml', base64 }, 'emlNoDate');
  });

  it('a mail with more parts than a request could use', async () => {
    const parts = Array.from({ length: 60 }, (_, i) =>
      [
        '--B',
        'Content-Type: application/octet-stream',
        `Content-Disposition: attachment; filename=a${i}.bin`,
        '',
        'x',
      ].join('\r\n'),
    );
    const base64 = mail([
      from,
      date,
      'Content-Type: multipart/mixed; boundary=B',
      '',
      ...parts,
      '--B--',
    ]);
    await expectRefused(
      'requests.importEml',
      { clientId, name: 'viele.eml', base64 },
      'emlTooManyParts',
    );
  });

  it('five megabytes of random bytes as an e-mail', async () => {
    const noise = Buffer.alloc(5 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const body = { clientId, name: 'rauschen.eml', base64: noise.toString('base64') };
    await expectRefused('requests.importEml', body, 'emlMalformed');
  });

  it('a Word template of 120 MB unpacked (zip bomb), and one that lies about its size', async () => {
    for (const bomb of [docxBomb(120), docxBomb(64, 1000)]) {
      const body = {
        name: 'Bombe',
        filename: 'vorlage.docx',
        base64: Buffer.from(bomb).toString('base64'),
      };
      await expectRefused('avvTemplates.add', body, 'archiveLimits');
    }
  });

  it.each([
    ['attachments.add', { ownerType: 'request', ownerId: 1, name: 'a.pdf' }],
    ['requests.importEml', { clientId: 1, name: 'a.eml' }],
    ['avvTemplates.add', { name: 'V', filename: 'v.docx' }],
  ])('invalid base64 for %s is refused, not stored truncated', async (method, rest) => {
    for (const base64 of ['QUJDR', 'QUJD=A==', '====', 'QU JD']) {
      await expectRefused(method, { ...rest, base64 }, 'base64');
    }
  });
});

describe('unusual but honest e-mails', () => {
  it('an HTML-only mail becomes a request with a readable description', async () => {
    const base64 = mail([
      from,
      date,
      'Subject: Datenauskunft',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><div>Sehr geehrte Damen und Herren,<br>ich bitte um <b>Auskunft</b> nach Art.&nbsp;15 DSGVO.</div></body></html>',
    ]);
    const { envelope, ms } = await post('requests.importEml', {
      clientId,
      name: 'html.eml',
      base64,
    });
    expect(ms).toBeLessThan(1000);
    expect(envelope).toMatchObject({
      ok: true,
      value: { kind: 'access', requesterName: 'Anna Berg' },
    });
    if (envelope.ok) {
      expect(envelope.value.description).toBe(
        'Betreff: Datenauskunft\n\nSehr geehrte Damen und Herren,\nich bitte um Auskunft nach Art. 15 DSGVO.',
      );
    }
  });

  it('a forwarded message keeps its text, its own attachment and itself as files', async () => {
    const base64 = mail([
      'From: Empfang <empfang@baeckerei-mueller.de>',
      'Date: Mon, 10 Feb 2025 08:00:00 +0100',
      'Subject: WG: Löschung',
      'Content-Type: multipart/mixed; boundary=OUT',
      '',
      '--OUT',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Zur Bearbeitung.',
      '--OUT',
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment; filename="=?UTF-8?Q?L=C3=B6schung.eml?="',
      '',
      'From: Anna Berg <anna.berg@example.org>',
      'Date: Mon, 3 Feb 2025 09:00:00 +0100',
      'Subject: Löschung meiner Daten',
      'Content-Type: multipart/mixed; boundary=IN',
      '',
      '--IN',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Bitte löschen Sie meine Daten.',
      '--IN',
      'Content-Type: application/pdf',
      "Content-Disposition: attachment; filename*=UTF-8''..%2FAusweis%20Berg.pdf",
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
      '--IN--',
      '--OUT--',
    ]);
    const { envelope, ms } = await post('requests.importEml', { clientId, name: 'wg.eml', base64 });
    expect(ms).toBeLessThan(1000);
    expect(envelope).toMatchObject({ ok: true, value: { kind: 'erasure' } });
    if (!envelope.ok) return;
    const description = String(envelope.value.description);
    expect(description).toContain('Zur Bearbeitung.');
    expect(description).toContain('Von: Anna Berg <anna.berg@example.org>');
    expect(description).toContain('Bitte löschen Sie meine Daten.');
    const files = await app.call('attachments.list', {
      ownerType: 'request',
      ownerId: Number(envelope.value.id),
    });
    expect(files.map((f) => [f.name, f.mimeType, f.role]).reverse()).toEqual([
      ['wg.eml', 'message/rfc822', 'original'],
      ['Löschung.eml', 'message/rfc822', 'original'],
      ['Ausweis Berg.pdf', 'application/pdf', 'original'],
    ]);
  });

  it('an attachment name with folders is kept as its base name', async () => {
    const r = await app.call('requests.create', {
      clientId,
      request: { kind: 'access', receivedOn: '2025-02-03', channel: 'letter', requesterName: 'X' },
    });
    const file = await app.call('attachments.add', {
      ownerType: 'request',
      ownerId: r.id,
      name: '../../etc/passwd',
      base64: Buffer.from('x').toString('base64'),
    });
    expect(file.name).toBe('passwd');
  });
});
