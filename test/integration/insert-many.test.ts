import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertMany } from '../../db/repos/insert-many';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

// The batch insert an import uses: every row lands with its own values, ids come back in the
// order of the rows, and a batch of rows that set different columns is written as kysely's
// builder writes it.

describe('insertMany', () => {
  let app: TestApp;
  let clientId: number;
  beforeEach(async () => {
    app = await openTestApp();
    clientId = (await app.call('clients.create', sampleClient)).id;
  });
  afterEach(() => app.close());

  const person = (i: number) => ({
    client_id: clientId,
    name: `Person ${i}`,
    email: `p${i}@example.org`,
    created_at: '2026-12-03T10:00:00.000Z',
    updated_at: '2026-12-03T10:00:00.000Z',
  });

  it('writes each row with its values and answers the ids in row order, across batches', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => person(i));
    const ids = await app.ctx
      .workspace()
      .db.transaction()
      .execute((trx) => insertMany(trx, 'consent_persons', rows, { batch: 400, returnId: true }));
    expect(ids).toHaveLength(1001);
    const stored = app.ctx
      .workspace()
      .sqlite.prepare('SELECT id, name, email FROM consent_persons ORDER BY id')
      .all() as { id: number; name: string; email: string }[];
    expect(stored.map((r) => r.id)).toEqual(ids);
    expect(stored[0]).toMatchObject({ name: 'Person 0', email: 'p0@example.org' });
    expect(stored[1000]).toMatchObject({ name: 'Person 1000', email: 'p1000@example.org' });
  });

  it('writes a batch whose rows differ in their columns as the builder does', async () => {
    // A multi-row INSERT leaves a column a row does not set NULL (SQLite has no DEFAULT there).
    const rows = [person(0), { ...person(1), customer_sale_on: '2025-01-01' }];
    await app.ctx
      .workspace()
      .db.transaction()
      .execute((trx) => insertMany(trx, 'consent_persons', rows, { batch: 10 }));
    const stored = app.ctx
      .workspace()
      .sqlite.prepare('SELECT name, customer_sale_on AS sale FROM consent_persons ORDER BY id')
      .all();
    expect(stored).toEqual([
      { name: 'Person 0', sale: null },
      { name: 'Person 1', sale: '2025-01-01' },
    ]);
  });
});
