import { describe, expect, it } from 'vitest';
import { inspectTemplate } from '../../core/documents/avv-template';
import { docxLimits, guardZip, readZipDirectory, type ZipLimits } from '../../core/files/zip-guard';
import { goodTemplateLines, templateDocx } from '../fixtures/avv';
import { buildZip, deflated, docxBomb } from '../helpers/zip';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { problem?: string }).problem ?? String(error);
  }
  return 'accepted';
};

const fast = (fn: () => unknown) => {
  const started = performance.now();
  const result = refusal(fn);
  expect(performance.now() - started).toBeLessThan(1000);
  return result;
};

describe('the zip guard', () => {
  it('lets a real Word template through and lists its parts', async () => {
    const entries = guardZip(await templateDocx(goodTemplateLines), docxLimits);
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
  });

  it('refuses a template of 120 MB unpacked from its central directory, before unpacking', () => {
    const bomb = docxBomb(120);
    expect(bomb.length).toBeLessThan(420 * 1024);
    expect(fast(() => guardZip(bomb, docxLimits))).toBe('tooLarge');
    expect(fast(() => inspectTemplate(bomb, 'de'))).toContain('aus Sicherheitsgründen');
  });

  it('refuses a bomb that declares a small size but inflates to more', () => {
    const liar = docxBomb(64, 1000);
    expect(fast(() => readZipDirectory(liar, docxLimits))).toBe('accepted');
    expect(fast(() => guardZip(liar, docxLimits))).toBe('ratio');
  });

  it('refuses too many entries, a suspicious ratio and too much parsed text', () => {
    const small: ZipLimits = { ...docxLimits, maxEntries: 3 };
    const many = buildZip(
      Array.from({ length: 4 }, (_, i) => ({ ...deflated('x'), name: `p${i}.txt` })),
    );
    expect(refusal(() => guardZip(many, small))).toBe('tooManyEntries');
    const packed = buildZip([{ ...deflated(new Uint8Array(3 * 1024 * 1024)), name: 'img.png' }]);
    expect(refusal(() => guardZip(packed, docxLimits))).toBe('ratio');
    const text = buildZip([
      { ...deflated('a'.repeat(1000) + 'b'.repeat(2.5 * 1024 * 1024)), name: 'word/document.xml' },
    ]);
    expect(refusal(() => guardZip(text, { ...docxLimits, maxRatio: 10_000 }))).toBe('tooLarge');
  });

  it('refuses what is not a zip, or a cut-off one', async () => {
    expect(refusal(() => guardZip(new TextEncoder().encode('kein Word'), docxLimits))).toBe(
      'notZip',
    );
    const docx = await templateDocx(goodTemplateLines);
    expect(refusal(() => guardZip(docx.subarray(0, docx.length - 30), docxLimits))).toBe('notZip');
    const encrypted = buildZip([{ ...deflated('x'), name: 'a.xml' }]);
    encrypted[6] = 1; // the local header's flags are not what counts ...
    const view = new DataView(encrypted.buffer);
    const central = encrypted.length - 22 - 46 - 5;
    view.setUint16(central + 8, 1, true); // ... the central directory's are
    expect(refusal(() => guardZip(encrypted, docxLimits))).toBe('unsupported');
  });

  it('names the refused template in the language of the user', () => {
    try {
      inspectTemplate(docxBomb(120), 'de');
    } catch (error) {
      expect((error as Error).message).toContain('aus Sicherheitsgründen nicht geöffnet');
    }
    expect.assertions(1);
  });
});
