import type { ErrorCode } from './errors';
import type { Language } from './fields';

/**
 * Error and validation texts shared by the main process (error envelopes) and the renderer
 * (form messages), so a refused input reads the same wherever it is caught.
 */
export const errorMessages: Record<Language, Record<ErrorCode, string>> = {
  de: {
    VALIDATION_FAILED: 'Die Eingabe ist unvollständig oder ungültig. Es wurde nichts gespeichert.',
    NOT_FOUND: 'Der Eintrag wurde nicht gefunden. Vielleicht wurde er inzwischen gelöscht.',
    CONFLICT: 'Es gibt bereits einen Eintrag mit diesem Namen.',
    IN_USE: 'Der Eintrag wird noch verwendet und kann nicht gelöscht werden.',
    TOO_LARGE: 'Die Datei ist zu groß (höchstens 20 MB). Es wurde nichts gespeichert.',
    UNKNOWN_METHOD: 'Diese Funktion gibt es nicht.',
    NOT_SUPPORTED: 'Diese Funktion gibt es nur in der Desktop-App.',
    WORKSPACE_ERROR: 'Die Arbeitsbereich-Datei konnte nicht geöffnet oder geschrieben werden.',
    UNAUTHORIZED: 'Kein gültiger Zugangsschlüssel. Bitte die Adresse aus der Konsole öffnen.',
    FORBIDDEN: 'Zugriff nur von dieser Maschine erlaubt.',
    INTERNAL: 'Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts gespeichert.',
  },
  en: {
    VALIDATION_FAILED: 'The input is incomplete or invalid. Nothing was saved.',
    NOT_FOUND: 'The record was not found. It may have been deleted meanwhile.',
    CONFLICT: 'A record with this name already exists.',
    IN_USE: 'The record is still in use and cannot be deleted.',
    TOO_LARGE: 'The file is too large (at most 20 MB). Nothing was saved.',
    UNKNOWN_METHOD: 'This function does not exist.',
    NOT_SUPPORTED: 'This function is only available in the desktop app.',
    WORKSPACE_ERROR: 'The workspace file could not be opened or written.',
    UNAUTHORIZED: 'No valid access token. Please open the address printed in the console.',
    FORBIDDEN: 'Access is allowed from this machine only.',
    INTERNAL: 'An unexpected error occurred. Nothing was saved.',
  },
};

export const validationMessages: Record<Language, Record<string, string>> = {
  de: {
    required: 'Pflichtfeld: bitte ausfüllen.',
    tooLong: 'Der Text ist zu lang.',
    date: 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).',
    email: 'Bitte eine gültige E-Mail-Adresse angeben.',
    land: 'Bitte ein Bundesland wählen.',
    invalid: 'Ungültiger Wert.',
  },
  en: {
    required: 'Required: please fill in.',
    tooLong: 'The text is too long.',
    date: 'Please enter a valid date.',
    email: 'Please enter a valid e-mail address.',
    land: 'Please choose a German federal state.',
    invalid: 'Invalid value.',
  },
};

/** Maps a zod issue message to a known validation key (custom keys pass through). */
export const validationKey = (message: string | undefined): string =>
  message && message in validationMessages.en ? message : 'invalid';

export const translateValidation = (message: string | undefined, lang: Language): string =>
  validationMessages[lang][validationKey(message)] ?? validationMessages[lang].invalid!;
