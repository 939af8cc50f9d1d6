import { describe, expect, it } from 'vitest';
import { canonical } from '../../db/audit-chain';

// The text every audit hash is taken of: a frozen format, so these strings must never change
// (a change would report every existing workspace as tampered with).

describe('canonical', () => {
  it('sorts keys at every level and leaves out undefined fields', () => {
    expect(canonical({ b: 1, a: { z: null, y: [true, 'x'] }, c: undefined, '10': 2, '2': 3 })).toBe(
      '{"10":2,"2":3,"a":{"y":[true,"x"],"z":null},"b":1}',
    );
  });

  it('writes values as JSON does, undefined and NaN in arrays as null, holes as empty', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3];
    expect(canonical([undefined, Number.NaN, -0, 1e21, 'ä"\n', sparse, [], {}])).toBe(
      '[null,null,0,1e+21,"ä\\"\\n",[1,,3],[],{}]',
    );
    expect(canonical([null, 'a', 1.5, false])).toBe('[null,"a",1.5,false]');
    expect(canonical(Object.assign([1], { toJSON: () => 'x' }))).toBe('[1]');
    expect(canonical([() => 1, { b: [2], a: null }])).toBe('[null,{"a":null,"b":[2]}]');
    expect(canonical(undefined)).toBe('null');
    expect(canonical('\u2028')).toBe('"\u2028"');
  });
});
