import { z } from 'zod';
import { failsWith } from './validation';

// A passphrase is taken exactly as typed (no trimming): a space at its end is part of it.

/** A new passphrase: long enough that guessing it through scrypt is out of reach. */
export const newPassphrase = z
  .string()
  .min(10, failsWith('passphraseTooShort'))
  .max(1024, failsWith('tooLong'));

/** A passphrase or recovery key to open a file with; whether it fits, the file tells. */
export const givenPassphrase = z
  .string()
  .min(1, failsWith('passphraseRequired'))
  .max(1024, failsWith('tooLong'));

export const setPassphraseInput = z.object({
  /** The passphrase (or recovery key) the open workspace has now; not asked for a plain one. */
  current: givenPassphrase.optional(),
  /** The new passphrase, or null to remove the encryption. */
  passphrase: newPassphrase.nullable(),
});
export type SetPassphraseInput = z.input<typeof setPassphraseInput>;

export const passphraseResult = z.object({
  encrypted: z.boolean(),
  /** Opens the file in place of the passphrase; shown once, never stored by the app. */
  recoveryKey: z.string().nullable(),
});
export type PassphraseResult = z.infer<typeof passphraseResult>;

/** The form that asks for a new passphrase: typed twice, and its loss acknowledged. */
export const newPassphraseForm = z
  .object({
    passphrase: newPassphrase,
    repeat: z.string(),
    understood: z.boolean().refine((v) => v, failsWith('lossUnderstood')),
  })
  .refine((v) => v.repeat === v.passphrase, {
    path: ['repeat'],
    ...failsWith('passphrasesDiffer'),
  });
export type NewPassphraseForm = z.infer<typeof newPassphraseForm>;
