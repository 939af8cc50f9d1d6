import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activityInput,
  contract,
  errorCodes,
  errorMessages,
  clientInput,
  validationMessages,
} from '../../core/api';
import { renderApiDocs } from '../../scripts/api-docs';

describe('the API contract', () => {
  it('names every method "<feature>.<verb>" with a one-line doc', () => {
    for (const [name, def] of Object.entries(contract)) {
      expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
      expect(def.doc.length).toBeGreaterThan(10);
      expect(def.doc).not.toContain('\n');
    }
  });

  it('has a German and an English message for every error code and validation key', () => {
    for (const code of errorCodes) {
      expect(errorMessages.de[code]).toBeTruthy();
      expect(errorMessages.en[code]).toBeTruthy();
    }
    expect(Object.keys(validationMessages.de).sort()).toEqual(
      Object.keys(validationMessages.en).sort(),
    );
  });

  it('gives form errors as message keys, so both languages can show them', () => {
    const result = clientInput.safeParse({ name: '', land: 'BY', email: 'nope' });
    expect(result.success).toBe(false);
    const keys = result.error!.issues.map((i) => i.message);
    expect(keys.sort()).toEqual(['email', 'required']);
    const date = activityInput.safeParse({ name: 'X', nextReview: '2025-02-29' });
    expect(date.error!.issues[0]!.message).toBe('date');
    expect(activityInput.parse({ name: 'X', nextReview: '2024-02-29' }).nextReview).toBe(
      '2024-02-29',
    );
    expect(activityInput.parse({ name: 'X', nextReview: '' }).nextReview).toBeNull();
  });

  it('is documented in docs/api.md, and that file is current (run `npm run docs:api`)', () => {
    expect(fs.readFileSync('docs/api.md', 'utf8')).toBe(renderApiDocs());
  });
});
