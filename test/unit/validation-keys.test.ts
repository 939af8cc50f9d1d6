import { describe, expect, it } from 'vitest';
import {
  customIssue,
  failsWith,
  requiredText,
  signerInput,
  translateValidation,
  validationMessages,
} from '../../core/api';

describe('validation message keys', () => {
  it('a check names the text the user reads, in German and English', () => {
    const result = requiredText(10).safeParse('   ');
    const message = result.error?.issues[0]?.message;
    expect(message).toBe('required');
    expect(translateValidation(message, 'de')).toBe(validationMessages.de.required);
    expect(translateValidation(message, 'en')).toBe('Required: please fill in.');
  });

  it('a refinement reports its key at the field it concerns', () => {
    // A role without a name would print an unsigned role under the letter.
    const result = signerInput.safeParse({ id: 1, name: '', role: 'Datenschutz' });
    expect(result.error?.issues).toMatchObject([{ path: ['name'], message: 'required' }]);
  });

  it('a misspelled key fails to compile', () => {
    // Each line below must be a type error; if a typo compiled, typecheck would fail here.
    // @ts-expect-error 'requird' is no validation key
    expect(failsWith('requird')).toEqual({ error: 'requird' });
    // @ts-expect-error 'keptNeedReason' is no validation key
    expect(customIssue(['detail'], 'keptNeedReason').message).toBe('keptNeedReason');
  });
});
