import type { Language } from './fields';

// Validation texts of the consent records; messages.ts merges them into the one catalogue.
const consentValidationDe = {
  consentChannels: 'Bitte mindestens einen Kanal wählen (E-Mail, Telefon, SMS, Fax, Post).',
  validUntilBeforeFrom: '„Gültig bis“ liegt vor „Gültig ab“.',
  textInUse:
    'Mit diesem Text wurden schon Einwilligungen erfasst; er bleibt deshalb unverändert. Bitte eine neue Version anlegen.',
  textRequired: 'Bitte den Einwilligungstext (die Version) wählen, den die Person gesehen hat.',
  unknownText: 'Dieser Einwilligungstext gehört nicht zu diesem Mandanten.',
  textNotValidThen:
    'Diese Version galt zu diesem Zeitpunkt nicht. Bitte die Version wählen, die damals verwendet wurde.',
  channelsNotInText: 'Die Einwilligung kann nur Kanäle umfassen, die der Text nennt.',
  sourceRequired:
    'Bitte angeben, woher die Einwilligung stammt (z. B. Webformular, Papierformular).',
  methodRequired:
    'Bitte angeben, wie die Einwilligung erteilt wurde (z. B. nicht vorausgewähltes Kästchen, Unterschrift).',
  doiWithoutConsent:
    'Eine Bestätigung (Double-Opt-in) setzt eine vorher erteilte Einwilligung für E-Mail voraus.',
  doiBeforeRequest: 'Die Bestätigung liegt vor dem Versand der Bestätigungs-Mail.',
  fileOnlyForDoi:
    'Eine Datei gehört nur zur Bestätigung des Double-Opt-in (die Bestätigungs-Mail).',
  personExists: 'Zu dieser E-Mail-Adresse gibt es bei diesem Mandanten schon eine Person.',
  keepUntilNotReached:
    'Der Nachweis der Einwilligung in Telefonwerbung ist noch aufzubewahren: fünf Jahre ab Erteilung und ab jeder Verwendung (§ 7a Abs. 2 Satz 1 UWG). Die Person kann erst danach gelöscht werden.',
  csvTooLarge:
    'Die Datei ist zu groß für einen Import (höchstens 10 MB). Es wurde nichts importiert.',
  csvTooManyRows:
    'Die Datei hat mehr als 50.000 Zeilen. Bitte in kleineren Teilen importieren; es wurde nichts importiert.',
  csvTooSlow:
    'Die Datei ließ sich nicht in angemessener Zeit lesen und wird deshalb nicht importiert.',
  csvBinary: 'Die Datei ist keine Textdatei (CSV). Es wurde nichts importiert.',
  csvEncoding:
    'Die Datei ist nicht in UTF-8 gespeichert (sie enthält Zeichen, die in UTF-8 ungültig sind). Bitte „Windows-1252“ oder „automatisch erkennen“ wählen; es wurde nichts importiert.',
  csvEncodingUnknown:
    'Die Kodierung der Datei ist weder UTF-8 noch Windows-1252. Bitte die Datei als UTF-8 speichern; es wurde nichts importiert.',
  csvEmpty: 'Die Datei enthält außer der Kopfzeile keine Zeilen.',
  csvQuotes:
    'Ein Anführungszeichen in der Datei wird nicht geschlossen; die Datei ist unvollständig oder beschädigt. Es wurde nichts importiert.',
  csvFieldTooLong: 'Ein Feld der Datei ist länger als 5.000 Zeichen. Es wurde nichts importiert.',
  mappingUnknownColumn: 'Diese Spalte gibt es in der Datei nicht.',
  mappingDuplicate: 'Diese Spalte ist schon einem anderen Feld zugeordnet.',
  mappingNoContact:
    'Bitte eine Spalte für E-Mail, Telefon oder Kundennummer wählen: Ohne sie lässt sich die Person keiner Anfrage zuordnen.',
  mappingNoGivenAt:
    'Bitte die Spalte mit dem Zeitpunkt der Einwilligung wählen: Er gehört zum Nachweis (Art. 7 Abs. 1 DSGVO).',
  rowDateTime:
    'Datum und Uhrzeit sind nicht lesbar (z. B. 15.03.2025 14:07 oder 2025-03-15T14:07:00Z).',
  rowNoContact: 'Die Zeile hat weder E-Mail noch Telefon noch Kundennummer.',
  rowNoGivenAt: 'Der Zeitpunkt der Einwilligung fehlt.',
  rowDuplicate: 'Diese Person steht schon in einer früheren Zeile der Datei.',
  rowDoiBeforeGiven: 'Die Bestätigung (Double-Opt-in) liegt vor der Einwilligung.',
  rowYesNo: 'Bitte „ja“ oder „nein“ angeben.',
  importRowsInvalid:
    'Die Datei hat fehlerhafte Zeilen. Es wurde nichts importiert: Bitte die Zeilen in der Vorschau prüfen.',
  notWithdrawalRequest:
    'Als Widerruf vermerkt wird nur eine Anfrage auf Widerruf der Einwilligung oder ein Widerspruch gegen Direktwerbung.',
  proofFile:
    'Die Bestätigungs-Mail ist Teil des Nachweises der Einwilligung und bleibt gespeichert, solange die Person gespeichert ist.',
  noMatchingPerson:
    'Zu den Angaben der Anfrage (E-Mail, Telefon, Kundennummer) wurde keine Person gefunden.',
} as const satisfies Record<string, string>;

export const consentValidation: Record<
  Language,
  Record<keyof typeof consentValidationDe, string>
> = {
  de: consentValidationDe,
  en: {
    consentChannels: 'Please choose at least one channel (e-mail, phone, SMS, fax, post).',
    validUntilBeforeFrom: '"Valid until" is before "valid from".',
    textInUse:
      'Consents have been recorded with this wording, so it stays as it is. Please create a new version.',
    textRequired: 'Please choose the consent wording (the version) the person saw.',
    unknownText: 'This consent wording does not belong to this client.',
    textNotValidThen:
      'This version was not in use at that time. Please choose the version used then.',
    channelsNotInText: 'The consent can only cover channels that the wording names.',
    sourceRequired: 'Please state where the consent comes from (e.g. web form, paper form).',
    methodRequired: 'Please state how the consent was given (e.g. unticked box, signature).',
    doiWithoutConsent: 'A double opt-in confirmation needs consent to e-mail given before it.',
    doiBeforeRequest: 'The confirmation is before the confirmation mail was sent.',
    fileOnlyForDoi: 'A file belongs only to a double opt-in confirmation (the confirmation mail).',
    personExists: 'This client already has a person with this e-mail address.',
    keepUntilNotReached:
      'The proof of consent to phone advertising must still be kept: five years from when it was given and from every use (Sec. 7a(2) sentence 1 UWG). The person can only be deleted after that.',
    csvTooLarge: 'The file is too large to import (at most 10 MB). Nothing was imported.',
    csvTooManyRows:
      'The file has more than 50,000 rows. Please import it in smaller parts; nothing was imported.',
    csvTooSlow: 'The file could not be read in reasonable time and is not imported.',
    csvBinary: 'The file is not a text (CSV) file. Nothing was imported.',
    csvEncoding:
      'The file is not saved as UTF-8 (it contains bytes that are invalid in UTF-8). Please choose "Windows-1252" or "detect automatically"; nothing was imported.',
    csvEncodingUnknown:
      'The file is neither UTF-8 nor Windows-1252. Please save it as UTF-8; nothing was imported.',
    csvEmpty: 'The file has no rows besides the header.',
    csvQuotes:
      'A quotation mark in the file is never closed; the file is incomplete or damaged. Nothing was imported.',
    csvFieldTooLong: 'A field of the file is longer than 5,000 characters. Nothing was imported.',
    mappingUnknownColumn: 'The file has no such column.',
    mappingDuplicate: 'This column is already mapped to another field.',
    mappingNoContact:
      'Please choose a column for e-mail, phone or customer number: without one the person cannot be matched to a request.',
    mappingNoGivenAt:
      'Please choose the column with the time of consent: it is part of the proof (Art. 7(1) GDPR).',
    rowDateTime:
      'The date and time cannot be read (e.g. 15.03.2025 14:07 or 2025-03-15T14:07:00Z).',
    rowNoContact: 'The row has no e-mail, phone or customer number.',
    rowNoGivenAt: 'The time of consent is missing.',
    rowDuplicate: 'This person is already in an earlier row of the file.',
    rowDoiBeforeGiven: 'The double opt-in confirmation is before the consent.',
    rowYesNo: 'Please enter "yes" or "no".',
    importRowsInvalid:
      'The file has rows with problems. Nothing was imported: please check the rows in the preview.',
    notWithdrawalRequest:
      'Only a request to withdraw consent or an objection to direct marketing is recorded as a withdrawal.',
    proofFile:
      'The confirmation mail is part of the proof of consent and is kept as long as the person is.',
    noMatchingPerson:
      "No person was found for the request's details (e-mail, phone, customer number).",
  },
};
