import type { Language } from './fields';

// Validation texts of the DPIA screening; messages.ts merges them into the one catalogue.
const dpiaValidationDe = {
  dpiaRequiredByLaw:
    'Eine DSFA ist hier vorgeschrieben (Art. 35 Abs. 3 DSGVO oder die DSK-Liste nach Art. 35 Abs. 4 DSGVO); das Ergebnis kann nicht auf „nicht erforderlich“ gesetzt werden.',
  dpiaDateInFuture: 'Das Datum der DSFA liegt in der Zukunft.',
  dpiaOutcomeMissing: 'Bitte wählen, mit welchem Ergebnis die DSFA abgeschlossen wurde.',
} as const satisfies Record<string, string>;

export type DpiaValidationKey = keyof typeof dpiaValidationDe;

export const dpiaValidation: Record<Language, Record<DpiaValidationKey, string>> = {
  de: dpiaValidationDe,
  en: {
    dpiaRequiredByLaw:
      'A DPIA is required here (Art. 35(3) GDPR or the DSK list under Art. 35(4) GDPR); the result cannot be set to "not needed".',
    dpiaDateInFuture: 'The date of the DPIA lies in the future.',
    dpiaOutcomeMissing: 'Please choose the outcome the DPIA came to.',
  },
};
