import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import { accessRequest } from '../fixtures/requests';

// The inbox search over name, e-mail and reference: what a DPO types is matched as text,
// ignoring case, so "%" or "_" in a search finds only requests that contain them.

let app: TestApp;

beforeEach(async () => {
  app = await openTestApp({ now: () => new Date('2025-02-10T10:00:00Z') });
  const clientId = (await app.call('clients.create', sampleClient)).id;
  const requesters = [
    {
      requesterName: 'Anna Berg',
      requesterEmail: 'anna@example.de',
      requesterReference: '50% Rabatt',
    },
    { requesterName: 'Bert_Klein', requesterEmail: 'bert@example.de', requesterReference: 'K-1' },
    {
      requesterName: 'Carla Stein',
      requesterEmail: 'c.stein@example.de',
      requesterReference: 'K-2',
    },
  ];
  for (const requester of requesters) {
    await app.call('requests.create', { clientId, request: { ...accessRequest(), ...requester } });
  }
});
afterEach(() => app.close());

const found = async (search: string) =>
  (await app.call('requests.list', { search })).map((r) => r.requesterName).sort();

describe('the inbox search', () => {
  it('finds a requester by name, e-mail or reference, ignoring case', async () => {
    expect(await found('ANNA')).toEqual(['Anna Berg']);
    expect(await found('c.stein@')).toEqual(['Carla Stein']);
    expect(await found('k-')).toEqual(['Bert_Klein', 'Carla Stein']);
  });

  it('reads % and _ as the characters they are, not as wildcards', async () => {
    expect(await found('50%')).toEqual(['Anna Berg']);
    expect(await found('t_k')).toEqual(['Bert_Klein']);
    expect(await found('%')).toEqual(['Anna Berg']);
    expect(await found('a_b')).toEqual([]);
  });
});
