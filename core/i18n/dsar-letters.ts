import type { Language, LetterKind, RefusalGround, RequestKind } from '../api';
import { dsarLettersDe } from './dsar-letters-de';
import { dsarLettersEn } from './dsar-letters-en';

// Texts of the letters to a requester (German default, English). `{name}` placeholders are
// filled by `fill`; everything the user typed is inserted as plain text, never as markup.

export interface DsarLetterTexts {
  kinds: Record<RequestKind, string>;
  subjects: Record<LetterKind, string>;
  yourRequest: string;
  reference: string;
  dueLine: string;
  salutation: string;
  closing: string;
  dpoContact: string;
  page: string;
  pageOf: string;
  filenameStem: Record<LetterKind, string>;
  acknowledgement: string[];
  identification: string[];
  extension: string[];
  interim: string[];
  confirmation: Record<RequestKind, string>;
  art19Intro: string;
  refusalIntro: string;
  refusalGrounds: Record<RefusalGround, string>;
  remedies: string;
  art15: {
    intro: string;
    negative: string;
    activitiesHeading: string;
    purposes: string;
    dataCategories: string;
    recipients: string;
    retention: string;
    source: string;
    sourceSelf: string;
    transfersHeading: string;
    noTransfers: string;
    safeguard: string;
    rightsHeading: string;
    rights: string[];
    complaintHeading: string;
    complaint: string;
    automatedHeading: string;
    automatedNone: string;
    copyHeading: string;
    copyIntro: string;
    noCopyFiles: string;
    furtherHeading: string;
    none: string;
  };
}

export const dsarLetterTexts: Record<Language, DsarLetterTexts> = {
  de: dsarLettersDe,
  en: dsarLettersEn,
};

/** Replaces `{key}` with the value; unknown keys stay visible so a gap is noticed. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
