import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../core/api';
import { attachmentOwners } from '../../electron/handlers/attachments/owners';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

let app: TestApp;
let clientId: number;
const saved = attachmentOwners.processor;

beforeEach(async () => {
  app = await openTestApp();
  clientId = (await app.call('clients.create', sampleClient)).id;
  // Stands in for a module's owner registration (processors register the real one).
  attachmentOwners.processor = {
    client: async (_db, ownerId) => (ownerId === 7 ? { clientId } : undefined),
    guardDelete: null,
  };
});
afterEach(async () => {
  attachmentOwners.processor = saved;
  await app.close();
});

const count = () =>
  (
    app.ctx.workspace().sqlite.prepare('SELECT count(*) AS n FROM attachments').get() as {
      n: number;
    }
  ).n;

describe('attachments in the workspace file', () => {
  it('stores a file with name, type, size and SHA-256, and gives it back byte for byte', async () => {
    const bytes = Buffer.from('Auftragsverarbeitungsvertrag – unterschrieben, Größe egal', 'utf8');
    const meta = await app.call('attachments.add', {
      ownerType: 'processor',
      ownerId: 7,
      role: 'signed_avv',
      name: 'AVV unterschrieben.pdf',
      mimeType: 'application/pdf',
      base64: bytes.toString('base64'),
    });
    expect(meta).toMatchObject({
      clientId,
      size: bytes.length,
      name: 'AVV unterschrieben.pdf',
      role: 'signed_avv',
    });
    expect(meta.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await app.call('attachments.list', { ownerType: 'processor', ownerId: 7 })).toEqual([
      meta,
    ]);
    const file = await app.call('attachments.get', { id: meta.id });
    expect(Buffer.from(file.base64, 'base64').equals(bytes)).toBe(true);
    await app.call('attachments.delete', { id: meta.id });
    expect(count()).toBe(0);
    const history = await app.call('audit.list', { entity: 'attachment', entityId: meta.id });
    // The deletion is recorded, then the file's name is removed from its entries.
    expect(history.map((h) => h.action)).toEqual(['redact', 'delete', 'create']);
    expect(history.map((h) => h.label)).toEqual([`#${meta.id}`, `#${meta.id}`, `#${meta.id}`]);
  });

  it('refuses a file over the limit with TOO_LARGE and stores nothing', async () => {
    const base64 = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1).toString('base64');
    const result = await app.raw('attachments.add', {
      ownerType: 'processor',
      ownerId: 7,
      name: 'gross.pdf',
      base64,
    });
    expect(result.ok || result.error.code).toBe('TOO_LARGE');
    expect(result.ok || result.error.message).toContain('20 MB');
    expect(count()).toBe(0);
  });

  it('refuses an unknown owner and content that is not base64', async () => {
    const missing = await app.raw('attachments.add', {
      ownerType: 'processor',
      ownerId: 8,
      name: 'a.pdf',
      base64: '',
    });
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
    const unregistered = await app.raw('attachments.add', {
      ownerType: 'request',
      ownerId: 7,
      name: 'a.eml',
      base64: '',
    });
    expect(unregistered.ok || unregistered.error.code).toBe('NOT_FOUND');
    const garbage = await app.raw('attachments.add', {
      ownerType: 'processor',
      ownerId: 7,
      name: 'a.pdf',
      base64: '%%%',
    });
    expect(garbage.ok || garbage.error.code).toBe('VALIDATION_FAILED');
    expect(count()).toBe(0);
  });
});
