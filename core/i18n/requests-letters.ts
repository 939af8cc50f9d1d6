import type {
  ErasureOutcome,
  Language,
  LetterKind,
  ObjectionType,
  RefusalGround,
  RequestKind,
  RestrictionGround,
} from '../api';
import { requestLettersDe } from './requests-letters-de';
import { requestLettersEn } from './requests-letters-en';

// Texts of the letters to a requester (German default, English). `{name}` placeholders are
// filled by `fill`; everything the user typed is inserted as plain text, never as markup.

export interface RequestLetterTexts {
  /** The kind after "Ihre Anfrage vom …:" in the reference lines. */
  kinds: Record<RequestKind, string>;
  /** The kind as the acknowledgement names it: "Wir bearbeiten sie als {kindAs}." */
  kindsAs: Record<RequestKind, string>;
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
  /** Rectification: the lead-in to what was corrected. */
  corrections: string;
  erasure: {
    /** Some data is kept or restricted: the request was dealt with, not simply granted. */
    partialIntro: string;
    /** The lead-in of each group of erasure items. */
    groups: Record<ErasureOutcome, string>;
  };
  restriction: {
    grounds: Record<RestrictionGround, string>;
    data: string;
    /** Art. 18(2) and (3): what restriction means and the notice before lifting it. */
    effect: string;
  };
  objection: {
    types: Record<ObjectionType, string>;
    stopped: string;
  };
  /** Portability: the lead-in to the files the data comes as. */
  portabilityFiles: string;
  art19Intro: string;
  refusalIntro: string;
  refusalGrounds: Record<RefusalGround, string>;
  remedies: string;
  art15: {
    intro: string;
    introNoCopy: string;
    negative: string;
    activitiesHeading: string;
    purposes: string;
    dataCategories: string;
    recipients: string;
    /** After a processor's name among the recipients. */
    processor: string;
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
    /** Files are attached (the description, if any, follows the list). */
    copyFiles: string;
    /** No files: the description says what the copy is. */
    copyDescribed: string;
    /** Neither files nor a description. */
    copyNone: string;
    furtherHeading: string;
    none: string;
  };
}

export const requestLetterTexts: Record<Language, RequestLetterTexts> = {
  de: requestLettersDe,
  en: requestLettersEn,
};

/** Replaces `{key}` with the value; unknown keys stay visible so a gap is noticed. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
