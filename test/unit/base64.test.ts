import { describe, expect, it } from 'vitest';
import { isCanonicalBase64 } from '../../core/files/base64';

// Only canonical base64 is accepted for a file: Node's decoder would silently drop what it
// cannot read and store a different, shorter file.
describe('canonical base64', () => {
  it('accepts whole quartets with padding at the end only', () => {
    for (const text of [
      '',
      'QQ==',
      'QUI=',
      'QUJD',
      Buffer.from('Größe äöü ß €').toString('base64'),
    ])
      expect(isCanonicalBase64(text)).toBe(true);
    const big = Buffer.alloc(3 * 1024 * 1024, 0xfb).toString('base64');
    expect(isCanonicalBase64(big)).toBe(true);
  });

  it('refuses cut-off quartets, padding inside, three padding signs and other characters', () => {
    for (const text of ['QQ=', 'QQ==QQ==', 'Q===', '====', 'QU I', 'QUJ-', 'QUJ_', 'QUJ\n', 'QUJä'])
      expect(isCanonicalBase64(text)).toBe(false);
  });
});
