import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/app';
import { startWebProcess } from '../helpers/web-process';

describe('crash safety', () => {
  it('keeps every acknowledged write after SIGKILL mid-stream, with an intact file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'crash.sqlite');
    const web = await startWebProcess(db, dir);
    const call = (method: string, body: unknown) =>
      fetch(`${web.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}` },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ ok: boolean; value: { id: number; name: string } }>);

    const client = await call('clients.create', { name: 'Crash GmbH', land: 'BE' });
    const acknowledged: string[] = [];
    const inFlight: Promise<unknown>[] = [];
    // Eight writers stream activities; the process is killed while requests are in flight.
    for (let writer = 0; writer < 8; writer++) {
      inFlight.push(
        (async () => {
          for (let i = 0; ; i++) {
            const name = `Tätigkeit ${writer}-${i}`;
            const result = await call('activities.create', {
              clientId: client.value.id,
              activity: { name, purposes: 'Prüfung', subjects: [{ name: `Gruppe ${i % 5}` }] },
            });
            if (!result.ok) throw new Error(JSON.stringify(result));
            acknowledged.push(name);
          }
        })().catch(() => undefined),
      );
    }
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
    const exited = new Promise((r) => web.child.once('exit', r));
    web.child.kill('SIGKILL');
    await Promise.all([exited, ...inFlight]);
    expect(web.child.signalCode).toBe('SIGKILL');

    const reopened = new SQLite(db);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(
      (reopened.prepare('SELECT name FROM activities').all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    const lost = acknowledged.filter((name) => !stored.has(name));
    expect(lost).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
    // Each stored activity came with its audit entry in the same transaction.
    const audited = reopened
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'activity'")
      .get() as { n: number };
    expect(audited.n).toBe(stored.size);
    reopened.close();
  });
});
