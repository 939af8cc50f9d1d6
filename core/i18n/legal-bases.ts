import type { Language, legalBasisCodes } from '../api';

// Legal bases of Art. 6(1) and Art. 9(2) GDPR (docs/domain.md section 2): the norm as each
// language cites it, and a short meaning for lists and checkboxes.

export type LegalBasisCode = (typeof legalBasisCodes)[number];
export interface LegalBasisLabel {
  /** "Art. 6 Abs. 1 lit. a DSGVO" / "Art. 6(1)(a) GDPR" */
  norm: string;
  /** "Einwilligung" / "Consent" */
  text: string;
}

const letters6 = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
const letters9 = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

// Norms follow each language's citation habit: "Art. 6 Abs. 1 lit. a DSGVO" vs "Art. 6(1)(a) GDPR".
function legalBasisTable(
  norm: (article: 6 | 9, paragraph: 1 | 2, letter: string) => string,
  texts6: readonly string[],
  texts9: readonly string[],
): Record<LegalBasisCode, LegalBasisLabel> {
  const entries = [
    ...letters6.map((l, i) => [`art6_1_${l}`, { norm: norm(6, 1, l), text: texts6[i]! }]),
    ...letters9.map((l, i) => [`art9_2_${l}`, { norm: norm(9, 2, l), text: texts9[i]! }]),
  ];
  return Object.fromEntries(entries) as Record<LegalBasisCode, LegalBasisLabel>;
}

export const legalBasisLabels: Record<Language, Record<LegalBasisCode, LegalBasisLabel>> = {
  de: legalBasisTable(
    (art, par, l) => `Art. ${art} Abs. ${par} lit. ${l} DSGVO`,
    [
      'Einwilligung',
      'Vertrag oder vorvertragliche Maßnahmen',
      'Rechtliche Verpflichtung des Verantwortlichen',
      'Lebenswichtige Interessen',
      'Öffentliche Aufgabe oder Ausübung öffentlicher Gewalt',
      'Berechtigte Interessen',
    ],
    [
      'Ausdrückliche Einwilligung',
      'Arbeitsrecht, Recht der sozialen Sicherheit und des Sozialschutzes',
      'Lebenswichtige Interessen bei Einwilligungsunfähigkeit',
      'Organisation ohne Gewinnerzielungsabsicht (nur Mitglieder)',
      'Von der betroffenen Person offensichtlich öffentlich gemachte Daten',
      'Rechtsansprüche oder Handlungen der Gerichte',
      'Erhebliches öffentliches Interesse',
      'Gesundheitsvorsorge, Arbeitsmedizin, Diagnostik, Versorgung oder Behandlung',
      'Öffentliche Gesundheit',
      'Archiv-, Forschungs- oder Statistikzwecke',
    ],
  ),
  en: legalBasisTable(
    (art, par, l) => `Art. ${art}(${par})(${l}) GDPR`,
    [
      'Consent',
      'Contract or pre-contractual steps',
      'Legal obligation of the controller',
      'Vital interests',
      'Public task or official authority',
      'Legitimate interests',
    ],
    [
      'Explicit consent',
      'Employment, social security and social protection law',
      'Vital interests where the data subject cannot consent',
      'Not-for-profit body (members only)',
      'Data manifestly made public by the data subject',
      'Legal claims or courts acting in their judicial capacity',
      'Substantial public interest',
      'Preventive or occupational medicine, diagnosis, health or social care',
      'Public health',
      'Archiving, research or statistical purposes',
    ],
  ),
};
