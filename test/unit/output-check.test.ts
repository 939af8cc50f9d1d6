import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkOutput } from '../../electron/output-check';

// Every answer is checked against the contract; a kept (frozen) row of a long list is
// checked once and its checked copy given again, and nothing invalid ever passes.

const row = z.object({ id: z.number().int(), title: z.string() });
const list = z.array(row);

describe('the output check of the dispatcher', () => {
  it('checks fresh rows every time and strips what the contract does not name', () => {
    expect(checkOutput(list, [{ id: 1, title: 'A', secret: 'x' }])).toEqual([
      { id: 1, title: 'A' },
    ]);
    expect(() => checkOutput(list, [{ id: 'one', title: 'A' }])).toThrow();
  });

  it('gives a kept row its checked copy again, and refuses a kept row that never passed', () => {
    const kept = Object.freeze({ id: 2, title: 'B', extra: true });
    const [first] = checkOutput(list, [kept]) as unknown[];
    const [second] = checkOutput(list, [kept]) as unknown[];
    expect(first).toEqual({ id: 2, title: 'B' });
    expect(second).toBe(first);
    const bad = Object.freeze({ id: 3, title: 4 });
    expect(() => checkOutput(list, [bad])).toThrow();
    expect(() => checkOutput(list, [bad])).toThrow();
  });

  it('checks a list with its own limits as a whole', () => {
    const short = z.array(row).max(1);
    const kept = Object.freeze({ id: 1, title: 'A' });
    expect(() => checkOutput(short, [kept, kept])).toThrow();
    expect(checkOutput(z.object({ n: z.number() }), { n: 1 })).toEqual({ n: 1 });
  });
});
