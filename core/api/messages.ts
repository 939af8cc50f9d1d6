import type { ErrorCode } from './errors';
import type { Language } from './fields';
import { breachValidation } from './breach-messages';
import { consentValidation } from './consent-messages';
import { dpiaValidation } from './dpia-messages';
import { encryptionValidation } from './encryption-messages';
import { registerImportValidation } from './register-import-messages';

/**
 * Error and validation texts shared by the main process (error envelopes) and the renderer
 * (form messages), so a refused input reads the same wherever it is caught.
 */
export const errorMessages: Record<Language, Record<ErrorCode, string>> = {
  de: {
    VALIDATION_FAILED: 'Die Eingabe ist unvollständig oder ungültig. Es wurde nichts gespeichert.',
    NOT_FOUND: 'Der Eintrag wurde nicht gefunden. Vielleicht wurde er inzwischen gelöscht.',
    CONFLICT: 'Es gibt bereits einen Eintrag mit diesem Namen.',
    FILE_EXISTS:
      'Diese Datei gibt es schon; sie wird nicht überschrieben. Bitte einen neuen Dateinamen wählen oder die Datei mit „Öffnen“ öffnen.',
    IN_USE: 'Der Eintrag wird noch verwendet und kann nicht gelöscht werden.',
    TOO_LARGE: 'Die Datei ist zu groß (höchstens 20 MB). Es wurde nichts gespeichert.',
    NOT_ALLOWED: 'Dieser Schritt ist jetzt nicht möglich. Es wurde nichts gespeichert.',
    UNKNOWN_METHOD: 'Diese Funktion gibt es nicht.',
    NOT_SUPPORTED: 'Diese Funktion gibt es nur in der Desktop-App.',
    WORKSPACE_ERROR: 'Die Arbeitsbereich-Datei konnte nicht geöffnet oder geschrieben werden.',
    NOT_A_WORKSPACE:
      'Diese Datei ist eine SQLite-Datenbank, aber kein Privacy-Desk-Arbeitsbereich. Sie wird nur geöffnet, wenn Sie der Umwandlung zustimmen; vorher wird eine Kopie daneben gespeichert.',
    PASSPHRASE_REQUIRED:
      'Diese Datei ist verschlüsselt. Bitte die Passphrase oder den Wiederherstellungsschlüssel eingeben.',
    WRONG_PASSPHRASE:
      'Die Passphrase ist falsch. Die Datei wurde nicht geöffnet und nicht verändert.',
    WORKSPACE_TOO_NEW:
      'Diese Datei wurde mit einer neueren Version von Privacy Desk gespeichert und kann mit dieser Version nicht geöffnet werden. Bitte Privacy Desk aktualisieren. Die Datei wurde nicht verändert.',
    UNAUTHORIZED: 'Kein gültiger Zugangsschlüssel. Bitte die Adresse aus der Konsole öffnen.',
    FORBIDDEN:
      'Zugriff verweigert: Anfragen nimmt Privacy Desk nur von der eigenen Oberfläche auf diesem Rechner an.',
    INTERNAL: 'Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts gespeichert.',
  },
  en: {
    VALIDATION_FAILED: 'The input is incomplete or invalid. Nothing was saved.',
    NOT_FOUND: 'The record was not found. It may have been deleted meanwhile.',
    CONFLICT: 'A record with this name already exists.',
    FILE_EXISTS:
      'This file already exists and is not overwritten. Please choose a new file name, or open the file with “Open”.',
    IN_USE: 'The record is still in use and cannot be deleted.',
    TOO_LARGE: 'The file is too large (at most 20 MB). Nothing was saved.',
    NOT_ALLOWED: 'This step is not possible now. Nothing was saved.',
    UNKNOWN_METHOD: 'This function does not exist.',
    NOT_SUPPORTED: 'This function is only available in the desktop app.',
    WORKSPACE_ERROR: 'The workspace file could not be opened or written.',
    NOT_A_WORKSPACE:
      'This file is an SQLite database but not a Privacy Desk workspace. It is opened only if you agree to convert it; a copy is saved beside it first.',
    PASSPHRASE_REQUIRED: 'This file is encrypted. Please enter the passphrase or the recovery key.',
    WRONG_PASSPHRASE: 'The passphrase is wrong. The file was not opened and not changed.',
    WORKSPACE_TOO_NEW:
      'This file was saved by a newer version of Privacy Desk and cannot be opened with this version. Please update Privacy Desk. The file was not changed.',
    UNAUTHORIZED: 'No valid access token. Please open the address printed in the console.',
    FORBIDDEN:
      'Access denied: Privacy Desk accepts requests only from its own window on this computer.',
    INTERNAL: 'An unexpected error occurred. Nothing was saved.',
  },
};

const validationDe = {
  ...breachValidation.de,
  ...consentValidation.de,
  ...registerImportValidation.de,
  ...dpiaValidation.de,
  ...encryptionValidation.de,
  required: 'Pflichtfeld: bitte ausfüllen.',
  tooLong: 'Der Text ist zu lang.',
  date: 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).',
  email: 'Bitte eine gültige E-Mail-Adresse angeben.',
  land: 'Bitte ein Bundesland wählen.',
  invalid: 'Ungültiger Wert.',
  nameTaken: 'Dieser Name ist schon vergeben.',
  // retention
  number: 'Bitte eine ganze Zahl angeben.',
  notNegative: 'Der Wert darf nicht negativ sein.',
  tooBig: 'Der Wert ist zu groß.',
  duplicate: 'Dieser Eintrag kommt doppelt vor.',
  month: 'Bitte einen Monat angeben (JJJJ-MM).',
  inFuture: 'Das Datum liegt in der Zukunft.',
  unknownSystem: 'Bitte eines der Systeme der Löschregel wählen.',
  template: 'Die Datei ist keine lesbare Word-Vorlage (.docx).',
  placeholder: 'Die Vorlage enthält einen fehlerhaften oder unbekannten Platzhalter.',
  // data subject requests
  time: 'Bitte eine Uhrzeit als HH:MM angeben.',
  beforeReceipt: 'Das Datum liegt vor dem Eingang der Anfrage.',
  sentTimeInFuture:
    'Die Uhrzeit liegt in der Zukunft (es gilt die Uhrzeit in Deutschland). Bitte die Uhrzeit angeben, zu der die Antwort versendet wurde.',
  extensionLate:
    'Die Verlängerung muss innerhalb des ersten Monats mitgeteilt werden (Art. 12 Abs. 3 DSGVO).',
  identityUnchecked:
    'Die Identität ist nicht geprüft. Bitte die Prüfung erfassen oder eine Ausnahme begründen.',
  reviewRequired:
    'Vor dem Versand muss eine zweite Person die Antwort prüfen (Vier-Augen-Prinzip).',
  reviewIncomplete: 'Bitte alle Punkte der Prüfliste bestätigen.',
  preparerReviews:
    'Sie haben diese Antwort vorbereitet (zuletzt gespeichert). Nach dem Vier-Augen-Prinzip muss eine zweite Person sie an ihrem eigenen Benutzerkonto prüfen; ein anderer Name in den Einstellungen genügt nicht.',
  reviewerSends:
    'Sie haben diese Antwort geprüft. Versenden muss sie eine andere Person an ihrem eigenen Benutzerkonto, z. B. wer sie vorbereitet hat; ein anderer Name in den Einstellungen genügt nicht.',
  notInReview: 'Eine Prüfung ist nur im Status „In Prüfung“ möglich.',
  transitionNotAllowed: 'Dieser Statuswechsel ist nicht vorgesehen.',
  requestClosed: 'Die Anfrage ist abgeschlossen und kann nicht mehr geändert werden.',
  refusalGroundRequired: 'Bitte den Grund der Ablehnung angeben.',
  emlMalformed: 'Die Datei ist keine lesbare E-Mail (.eml). Es wurde keine Anfrage angelegt.',
  emlNoSender: 'Die E-Mail hat keinen lesbaren Absender (From). Es wurde keine Anfrage angelegt.',
  emlNoDate: 'Die E-Mail hat kein lesbares Datum (Date). Es wurde keine Anfrage angelegt.',
  emlTooManyParts:
    'Die E-Mail hat mehr als 50 Anhänge und wird deshalb nicht gelesen. Es wurde keine Anfrage angelegt.',
  unknownSubject: 'Diese Personenkategorie gehört nicht zu diesem Mandanten.',
  unknownActivity: 'Diese Verarbeitungstätigkeit gehört nicht zu diesem Mandanten.',
  replySent:
    'Die Antwort ist versendet und als versendet gespeichert; sie kann nicht mehr geändert werden.',
  nameBirthDatePhone:
    'Name und Geburtsdatum genügen am Telefon nicht als Identitätsprüfung (Bußgeld gegen 1&1). Bitte ein stärkeres Verfahren wählen, z. B. einen Rückruf unter der bekannten Nummer, oder beim Versand eine Ausnahme begründen.',
  letterNotFitting: 'Dieses Schreiben passt nicht zur Art oder zum Stand der Anfrage.',
  extensionNotRecorded:
    'Ein Schreiben zur Fristverlängerung gibt es nur für eine erfasste Verlängerung. Bitte zuerst die Verlängerung mit Datum und Grund erfassen.',
  recipientsNotInformed:
    'Nicht alle Empfänger sind unterrichtet (Art. 19 DSGVO). Bitte begründen, warum die Anfrage trotzdem abgeschlossen wird.',
  refusalGroundNotFitting: 'Dieser Ablehnungsgrund passt nicht zur Art der Anfrage.',
  refusalNoteRequired:
    'Bitte erläutern, warum der Grund vorliegt: Die Erläuterung steht im Schreiben an die Person.',
  directMarketingAlwaysStops:
    'Einem Widerspruch gegen Direktwerbung ist immer stattzugeben (Art. 21 Abs. 3 DSGVO); eine Abwägung findet nicht statt.',
  keptNeedsReason:
    'Bitte angeben, warum und wie lange die Daten aufbewahrt oder gesperrt werden: Die Angabe steht im Schreiben.',
  // retention of closed requests
  closedRequestsRuleKept:
    'Die Regel für abgeschlossene Anfragen gehört zu jedem Mandanten und bleibt. Bitte stattdessen Frist oder Beginn anpassen.',
  closedRequestsStart:
    'Abgeschlossene Anfragen werden ab ihrem Abschluss gezählt: Der Startzeitpunkt bleibt „Ende des Vorgangs“. Ob ab dem Tag des Abschlusses oder ab dem Schluss seines Jahres gezählt wird, stellen Sie mit „Frist beginnt mit dem Schluss des Kalenderjahres“ ein.',
  notClosedRequestsRule: 'Anfragen werden nur über die Regel für abgeschlossene Anfragen gelöscht.',
  legalHoldKeeps:
    'Für diese Regel gilt eine Löschsperre: Solange sie besteht, wird nichts gelöscht.',
  requestNotClosed:
    'Nur abgeschlossene Anfragen werden nach ihrer Aufbewahrungsfrist gelöscht; offene löschen Sie auf der Seite der Anfrage.',
  retentionNotPassed:
    'Die Aufbewahrungsfrist dieser Anfrage ist noch nicht abgelaufen. Sie steht im Löschplan, sobald sie gelöscht werden kann.',
  // processors and AVV
  signedBeforeRequested:
    'Der AV-Vertrag kann nicht vor seiner Anforderung unterzeichnet sein: das Datum liegt vor „Angefordert am“.',
  // files from outside
  base64:
    'Die Datei ist beim Übertragen beschädigt worden (ungültige Kodierung). Bitte erneut auswählen; es wurde nichts gespeichert.',
  fileName: 'Der Dateiname ist leer oder enthält nur unzulässige Zeichen.',
  pathNotAbsolute: 'Bitte den vollständigen Pfad angeben, beginnend beim Laufwerk oder bei „/“.',
  folderMissing: 'Diesen Ordner gibt es nicht. Bitte einen vorhandenen Ordner wählen.',
  pathIsWorkspace: 'Das ist die geöffnete Datei selbst. Bitte einen anderen Dateinamen wählen.',
  pathIsFolder: 'Das ist ein Ordner. Bitte einen Dateinamen angeben.',
  fileExists:
    'Diese Datei gibt es schon; sie wird nicht überschrieben. Bitte einen neuen Namen wählen.',
  useFileMenu: 'Dateien wählen Sie in der Desktop-App über das Menü „Datei“.',
  archiveLimits:
    'Die Datei ist entpackt zu groß oder ungewöhnlich stark gepackt und wird aus Sicherheitsgründen nicht geöffnet.',
  // hand-over files
  handoverForeign:
    'Diese Datei ist keine Übergabedatei von Privacy Desk (.pdclient). Es wurde nichts importiert.',
  handoverDamaged:
    'Die Übergabedatei ist beschädigt, unvollständig oder wurde nachträglich verändert. Es wurde nichts importiert. Bitte die Datei erneut exportieren lassen.',
  handoverTooNew:
    'Die Übergabedatei wurde mit einer neueren Version von Privacy Desk erstellt. Bitte Privacy Desk aktualisieren. Es wurde nichts importiert.',
  handoverPassphraseNeeded:
    'Die Übergabedatei ist mit einer Passphrase verschlüsselt. Bitte die Passphrase eingeben.',
  handoverPassphraseWrong:
    'Die Passphrase ist falsch, oder die verschlüsselte Datei wurde verändert. Es wurde nichts importiert.',
  passphraseShort: 'Die Passphrase muss mindestens 10 Zeichen lang sein (oder leer bleiben).',
  handoverOtherClient:
    'Diese Übergabedatei gehört zu einem anderen Mandanten und kann nicht in diesen zusammengeführt werden. Es wurde nichts geändert.',
  handoverMergeDangling:
    'Ein Datensatz der Datei verweist auf einen Datensatz, der hier gelöscht ist. Es wurde nichts geändert; bitte den Konflikt anders entscheiden.',
  mergeChoiceMissing:
    'Bitte für jeden Konflikt wählen, welche Fassung gilt. Es wurde nichts geändert.',
} as const satisfies Record<string, string>;

/**
 * A key of the validation texts: a key that has no text (a typo) does not compile where a
 * handler or a rule names it, and the English catalogue must have every German key.
 */
export type ValidationKey = keyof typeof validationDe;

export const validationMessages: Record<Language, Record<ValidationKey, string>> = {
  de: validationDe,
  en: {
    ...breachValidation.en,
    ...consentValidation.en,
    ...registerImportValidation.en,
    ...dpiaValidation.en,
    ...encryptionValidation.en,
    required: 'Required: please fill in.',
    tooLong: 'The text is too long.',
    date: 'Please enter a valid date.',
    email: 'Please enter a valid e-mail address.',
    land: 'Please choose a German federal state.',
    invalid: 'Invalid value.',
    nameTaken: 'This name is already taken.',
    // retention
    number: 'Please enter a whole number.',
    notNegative: 'The value must not be negative.',
    tooBig: 'The value is too large.',
    duplicate: 'This entry appears twice.',
    month: 'Please enter a month (YYYY-MM).',
    inFuture: 'The date lies in the future.',
    unknownSystem: "Please choose one of the deletion rule's systems.",
    template: 'The file is not a readable Word template (.docx).',
    placeholder: 'The template contains a broken or unknown placeholder.',
    // data subject requests
    time: 'Please enter a time as HH:MM.',
    beforeReceipt: 'The date is before the request was received.',
    sentTimeInFuture:
      'The time lies in the future (German time counts). Please enter the time the reply was sent.',
    extensionLate: 'The extension must be notified within the first month (Art. 12(3) GDPR).',
    identityUnchecked:
      'Identity has not been checked. Please record the check or give a reason for an exception.',
    reviewRequired:
      'A second person must review the reply before it is sent (four-eyes principle).',
    reviewIncomplete: 'Please confirm every item of the checklist.',
    preparerReviews:
      'You prepared this reply (its last save). Under the four-eyes principle a second person must review it at their own user account; another name in Settings is not enough.',
    reviewerSends:
      'You reviewed this reply. Another person must send it at their own user account, e.g. the one who prepared it; another name in Settings is not enough.',
    notInReview: 'A review is only possible in the state "In review".',
    transitionNotAllowed: 'This change of state is not possible.',
    requestClosed: 'The request is closed and can no longer be changed.',
    refusalGroundRequired: 'Please give the ground for the refusal.',
    emlMalformed: 'The file is not a readable e-mail (.eml). No request was created.',
    emlNoSender: 'The e-mail has no readable sender (From). No request was created.',
    emlNoDate: 'The e-mail has no readable date (Date). No request was created.',
    emlTooManyParts:
      'The e-mail has more than 50 attachments and is therefore not read. No request was created.',
    unknownSubject: 'This category of data subjects does not belong to this client.',
    unknownActivity: 'This processing activity does not belong to this client.',
    replySent: 'The reply has been sent and is stored as sent; it can no longer be changed.',
    nameBirthDatePhone:
      'On the phone, name and date of birth are no identity check (the 1&1 fine). Please choose a stronger method, e.g. a call back to the known number, or give a reason for an exception when sending.',
    letterNotFitting: 'This letter does not fit the kind or the state of the request.',
    extensionNotRecorded:
      'An extension letter exists only for a recorded extension. Please record the extension with its date and reason first.',
    recipientsNotInformed:
      'Not every recipient has been informed (Art. 19 GDPR). Please give the reason for closing the request anyway.',
    refusalGroundNotFitting: 'This ground for refusal does not fit the kind of request.',
    refusalNoteRequired:
      'Please explain why the ground applies: the explanation is printed in the letter to the person.',
    directMarketingAlwaysStops:
      'An objection to direct marketing must always be granted (Art. 21(3) GDPR); there is no weighing of interests.',
    keptNeedsReason:
      'Please state why and for how long the data is kept or restricted: it is printed in the letter.',
    // retention of closed requests
    closedRequestsRuleKept:
      'Every client keeps the rule for closed requests. Please change its period or start instead.',
    closedRequestsStart:
      'Closed requests are counted from their closing: the start event stays "End of the transaction". Whether the period runs from the day of closing or from the end of its year is set with "The period starts at the end of the calendar year".',
    notClosedRequestsRule: 'Requests are deleted only under the rule for closed requests.',
    legalHoldKeeps: 'A legal hold applies to this rule: nothing is deleted while it lasts.',
    requestNotClosed:
      'Only closed requests are deleted after their retention period; delete an open one on its page.',
    retentionNotPassed:
      'The retention period of this request has not passed yet. It appears in the deletion plan once it can be deleted.',
    // processors and AVV
    signedBeforeRequested:
      'The DPA cannot have been signed before it was requested: the date is before "Requested on".',
    // files from outside
    base64:
      'The file was damaged in transfer (invalid encoding). Please choose it again; nothing was saved.',
    fileName: 'The file name is empty or consists only of characters that are not allowed.',
    pathNotAbsolute: 'Please enter the full path, starting at the drive or at “/”.',
    folderMissing: 'This folder does not exist. Please choose an existing folder.',
    pathIsWorkspace: 'This is the open file itself. Please choose another file name.',
    pathIsFolder: 'This is a folder. Please enter a file name.',
    fileExists: 'This file already exists and is not overwritten. Please choose a new name.',
    useFileMenu: 'In the desktop app, files are chosen in the “File” menu.',
    archiveLimits:
      'The file is too large when unpacked or packed unusually tightly and is not opened, for safety.',
    // hand-over files
    handoverForeign:
      'This file is not a Privacy Desk hand-over file (.pdclient). Nothing was imported.',
    handoverDamaged:
      'The hand-over file is damaged, incomplete or was altered after it was exported. Nothing was imported. Please have it exported again.',
    handoverTooNew:
      'The hand-over file was made by a newer version of Privacy Desk. Please update Privacy Desk. Nothing was imported.',
    handoverPassphraseNeeded: 'The hand-over file is encrypted with a passphrase. Please enter it.',
    handoverPassphraseWrong:
      'The passphrase is wrong, or the encrypted file was altered. Nothing was imported.',
    passphraseShort: 'The passphrase must be at least 10 characters long (or stay empty).',
    handoverOtherClient:
      'This hand-over file belongs to another client and cannot be merged into this one. Nothing was changed.',
    handoverMergeDangling:
      'A record in the file refers to a record that is deleted here. Nothing was changed; please decide the conflict differently.',
    mergeChoiceMissing:
      'Please choose which version applies for every conflict. Nothing was changed.',
  },
};

/** Maps a zod issue message to a known validation key (custom keys pass through). */
export const validationKey = (message: string | undefined): ValidationKey =>
  message && isValidationKey(message) ? message : 'invalid';

const isValidationKey = (message: string): message is ValidationKey =>
  Object.hasOwn(validationMessages.en, message);

export const translateValidation = (message: string | undefined, lang: Language): string =>
  validationMessages[lang][validationKey(message)];
