import type { CountryKind, Language, TomArea } from '../api';
import type { AvvGapItem } from '../rules/avv-completeness';
import { avvExtraLabelsDe } from './avv-extra-labels-de';
import { avvExtraLabelsEn } from './avv-extra-labels-en';
import { avvLabelsDe } from './avv-labels-de';
import { avvLabelsEn } from './avv-labels-en';

// Texts of the AVV draft (Art. 28 GDPR) in German and English. The clause wording is our
// own, structured after Art. 28(3) and the layout of the Commission's clauses 2021/915;
// every clause carries its norm in the heading so a lawyer can check it quickly.
// `{name}` in a paragraph is filled by the builder (e.g. {noticeDays}).

export type AvvClauseKey =
  | 'subject'
  | 'nature'
  | 'controller'
  | 'instructions'
  | 'unlawfulInstructions'
  | 'confidentiality'
  | 'security'
  | 'subProcessors'
  | 'dataSubjectRights'
  | 'assistance'
  | 'breach'
  | 'deletion'
  | 'audits'
  | 'transfers'
  | 'term'
  | 'final';

export interface AvvClause {
  title: string;
  /** The norm shown in the heading, e.g. "Art. 28 Abs. 3 lit. a DSGVO". */
  ref: string;
  paragraphs: string[];
}

export type AvvAnnexKey = 'i' | 'ii' | 'iii' | 'iv';

/** Clauses the user switches on or off in the draft options. */
export type AvvOptionalClauseKey = 'remoteWork' | 'cooperation' | 'processorRecord' | 'liability';

/** The third-country part and the optional clauses (avv-extra-labels-*.ts). */
export interface AvvExtraLabels {
  optionalClauses: Record<AvvOptionalClauseKey, AvvClause>;
  /** Added after "without undue delay" in the breach clause when the user sets hours. */
  breachWithin: string;
  transfer: {
    /** The processor's own transfer: country and safeguard. */
    own: string;
    /** SCC 2021/914, Module Two, for a processor in a third country. */
    scc2: string;
    /** Clause 8.8 (onward transfers) when the processor itself is the importer. */
    scc2Onward: string;
    note: string;
    tia: string;
    /** Intro to the list of sub-processors outside the EU/EEA. */
    onward: string;
    onwardItem: string;
    /** SCC 2021/914, Module Three, for sub-processors in third countries. */
    scc3: string;
    tiaDone: string;
    tiaReference: string;
  };
  tomNotApplicable: string;
  /** The draft marker under the title: "Entwurf Nr. 3 vom 23.11.2026". */
  draftVersion: string;
  /** The marker of a draft that is not stored (a preview): "Entwurf vom 23.11.2026". */
  draftUndated: string;
  /** A line to write on, where the other party fills in its own place. */
  blankPlace: string;
}

export interface AvvLabels extends AvvExtraLabels {
  title: string;
  between: string;
  and: string;
  controllerRole: string;
  processorRole: string;
  roles: { controller: string; processor: string };
  preamble: string;
  clause: string;
  clauses: Record<AvvClauseKey, AvvClause>;
  subProcessingSpecific: string[];
  subProcessingGeneral: string[];
  transfersNone: string;
  transfersThirdCountry: string;
  annex: string;
  annexes: Record<AvvAnnexKey, string>;
  party: {
    name: string;
    address: string;
    contact: string;
    email: string;
    phone: string;
    representative: string;
    dpo: string;
    country: string;
    countryKind: string;
    safeguard: string;
    safeguardNote: string;
    tia: string;
    service: string;
  };
  description: {
    subject: string;
    nature: string;
    activities: string;
    purposes: string;
    subjects: string;
    dataCategories: string;
    sensitive: string;
    sensitiveNone: string;
    sensitiveSafeguards: string;
    duration: string;
    subProcessing: string;
  };
  subProcessor: {
    name: string;
    address: string;
    contact: string;
    country: string;
    countryKind: string;
    safeguard: string;
    safeguardNote: string;
    service: string;
  };
  noSubProcessors: string;
  noneListed: string;
  tomAreas: Record<TomArea, { title: string; goal: string }>;
  tomIntro: string;
  countryKinds: Record<CountryKind, string>;
  /** What a gap is; {area} and {name} name the TOM area or sub-processor concerned. */
  gaps: Record<AvvGapItem, string>;
  /** "[fehlt: {what}]": how a gap is marked in the document. */
  missing: string;
  inActivity: string;
  signatures: string;
  signPlaceDate: string;
  signName: string;
  footer: string;
  page: string;
  pageOf: string;
  filenameStem: string;
  generatedBy: string;
  specialMarks: { art9: string; art10: string };
  processorRecipient: string;
  authorisation: { specific: string; general: string };
  days: string;
}

export const avvLabels: Record<Language, AvvLabels> = {
  de: { ...avvLabelsDe, ...avvExtraLabelsDe },
  en: { ...avvLabelsEn, ...avvExtraLabelsEn },
};

/** Fills `{key}` markers; an unknown key stays visible rather than vanishing. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, key: string) =>
    key in values ? String(values[key]) : all,
  );
}

/** "§ 4 Weisungen (Art. 28 Abs. 3 lit. a DSGVO)" */
export function clauseHeading(labels: AvvLabels, clause: AvvClause, number: number): string {
  return `${labels.clause} ${number} ${clause.title} (${clause.ref})`;
}
