import type { Language } from './fields';

// Validation texts of the workspace passphrase; messages.ts merges them into the one catalogue.
const encryptionValidationDe = {
  passphraseTooShort: 'Die Passphrase muss mindestens 10 Zeichen lang sein.',
  passphraseRequired:
    'Diese Datei ist verschlüsselt. Bitte die Passphrase oder den Wiederherstellungsschlüssel eingeben.',
  wrongPassphrase: 'Die Passphrase ist falsch. Die Datei wurde nicht geöffnet und nicht verändert.',
  passphrasesDiffer: 'Die beiden Eingaben stimmen nicht überein.',
  lossUnderstood: 'Bitte bestätigen, dass eine vergessene Passphrase nicht wiederherstellbar ist.',
  startupWorkspace:
    'Diese Datei öffnet Privacy Desk beim Start ohne Passphrase; sie bleibt deshalb unverschlüsselt. Bitte einen neuen, verschlüsselten Arbeitsbereich anlegen.',
} as const satisfies Record<string, string>;

export const encryptionValidation: Record<
  Language,
  Record<keyof typeof encryptionValidationDe, string>
> = {
  de: encryptionValidationDe,
  en: {
    passphraseTooShort: 'The passphrase must be at least 10 characters long.',
    passphraseRequired: 'This file is encrypted. Please enter the passphrase or the recovery key.',
    wrongPassphrase: 'The passphrase is wrong. The file was not opened and not changed.',
    passphrasesDiffer: 'The two entries do not match.',
    lossUnderstood: 'Please confirm that a forgotten passphrase cannot be recovered.',
    startupWorkspace:
      'Privacy Desk opens this file at start without a passphrase, so it stays unencrypted. Please create a new, encrypted workspace.',
  },
};
