import type {
  Art34Ground,
  BreachDocument,
  BreachKind,
  BreachStarterKey,
  InformChannel,
  Language,
  NoticeChannel,
  NoticeKind,
  RatedCriterion,
  Rating,
  RiskLevel,
} from '../api';
import { breachTextsDe } from './breach-texts-de';
import { breachTextsEn } from './breach-texts-en';

// Texts of the breach documents (German default, English): the notification to the
// supervisory authority (Art. 33(3)), the letter to data subjects (Art. 34(2)), the internal
// record (Art. 33(5)) and the register. `{name}` placeholders are filled by `fillText`.

export interface BreachTexts {
  kinds: Record<BreachKind, string>;
  levels: Record<RiskLevel, string>;
  levelShort: Record<RiskLevel, string>;
  ratings: Record<Rating, string>;
  criteria: Record<RatedCriterion | 'specialCategories' | 'vulnerable', string>;
  art34Grounds: Record<Art34Ground, string>;
  noticeChannels: Record<NoticeChannel, string>;
  noticeKinds: Record<NoticeKind, string>;
  informChannels: Record<InformChannel, string>;
  titles: Record<BreachDocument, string>;
  /** Short enough for the footer line beside the client's name and the page numbers. */
  footers: Record<BreachDocument | 'register', string>;
  filenameStem: Record<BreachDocument | 'register', string>;
  yes: string;
  no: string;
  none: string;
  unknown: string;
  page: string;
  pageOf: string;
  generatedOn: string;
  ourReference: string;
  yourReference: string;
  /** The reference as the internal record names it. */
  authorityReference: string;
  /** "20.11.2026, 10:15 Uhr" */
  at: string;
  range: string;
  hours: string;
  notification: {
    salutation: string;
    subjectFirst: string;
    subjectFollowup: string;
    intro: string;
    introFollowup: string;
    controller: string;
    controllerName: string;
    address: string;
    contact: string;
    times: string;
    occurred: string;
    aware: string;
    processorNotice: string;
    processorAt: string;
    deadline: string;
    delayReason: string;
    delayMissing: string;
    a: string;
    kind: string;
    description: string;
    systems: string;
    subjects: string;
    subjectsCount: string;
    data: string;
    recordsCount: string;
    countNote: string;
    b: string;
    dpo: string;
    noDpo: string;
    c: string;
    consequences: string;
    assessment: string;
    notAssessed: string;
    d: string;
    measuresTaken: string;
    measuresProposed: string;
    subjectsInformed: string;
    informedOn: string;
    informPlanned: string;
    informGround: string;
    informNotNeeded: string;
    phases: string;
    earlier: string;
    phasesPending: string;
    closing: string;
    empty: string;
  };
  letter: {
    subject: string;
    salutation: string;
    intro: string;
    what: string;
    whenAware: string;
    whenOccurred: string;
    whenOccurredRange: string;
    /** Instead of "Art. 9": what a person understands. */
    specialMark: string;
    whichData: string;
    consequences: string;
    measures: string;
    selfHelp: string;
    adviceGeneral: string[];
    advice: Partial<Record<BreachStarterKey, string[]>>;
    contact: string;
    contactDpo: string;
    contactController: string;
    complaint: string;
    closing: string;
  };
  record: {
    intro: string;
    facts: string;
    concerned: string;
    activities: string;
    processors: string;
    atProcessor: string;
    assessment: string;
    criterion: string;
    rating: string;
    suggested: string;
    level: string;
    reasons: string;
    art34: string;
    assessedBy: string;
    notices: string;
    noNotice: string;
    noticeLine: string;
    noticeLate: string;
    subjects: string;
    state: string;
    open: string;
    closed: string;
    closingNote: string;
    clockRuns: string;
  };
  register: {
    title: string;
    allClients: string;
    intro: string;
    empty: string;
    columns: {
      reference: string;
      client: string;
      aware: string;
      breach: string;
      persons: string;
      risk: string;
      authority: string;
      subjects: string;
      state: string;
    };
    notNotified: string;
    notInformed: string;
    notAssessed: string;
  };
}

export const breachTexts: Record<Language, BreachTexts> = { de: breachTextsDe, en: breachTextsEn };

/** Fills `{key}` placeholders; the values are plain text, never markup. */
export const fillText = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
