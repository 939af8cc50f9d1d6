import { describe, expect, it } from 'vitest';
import { canonical } from '../../db/audit-chain';
import { asStored } from '../../db/repos/audit.repo';

// An entry's content hash must be the one audit.verify computes from the stored JSON, or the
// chain reads as tampered with. The shortcut that skips parsing must never change the text.

const parsedBack = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

describe('changes hashed as stored', () => {
  it('hashes every kind of value as its JSON parsed back', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3];
    const values: unknown[] = [
      { name: [null, 'Jürgen'], events: [null, [{ kind: 'given', channels: ['email'] }]] },
      { at: [null, new Date('2025-02-01T10:00:00Z')] },
      { list: [null, sparse] },
      { gone: undefined, items: [undefined, Number.NaN, Infinity, -0] },
      { fn: [null, () => 1] },
      { point: [null, new Point(1, 2)] },
      { map: [null, new Map([['a', 1]])] },
      { custom: [null, { toJSON: () => 'custom' }] },
      { nested: { deeper: { z: 1, a: [true, false, null] } } },
    ];
    for (const value of values) {
      expect(canonical(asStored(value, JSON.stringify(value)))).toBe(canonical(parsedBack(value)));
    }
  });
});
