import type { Language } from '../api';

// Texts the .eml import writes into a new request's description.
export const mailLabels: Record<
  Language,
  { subject: string; forwarded: string; from: string; date: string; check: string; file: string }
> = {
  de: {
    subject: 'Betreff',
    forwarded: '---------- Weitergeleitete Nachricht ----------',
    from: 'Von',
    date: 'Datum',
    check:
      'Hinweis: Die E-Mail enthält eine weitergeleitete Nachricht. Bitte prüfen, wer die Anfrage gestellt hat und wann sie beim Verantwortlichen eingegangen ist.',
    file: 'Anhang',
  },
  en: {
    subject: 'Subject',
    forwarded: '---------- Forwarded message ----------',
    from: 'From',
    date: 'Date',
    check:
      'Note: the e-mail contains a forwarded message. Please check who made the request and when the controller received it.',
    file: 'Attachment',
  },
};
