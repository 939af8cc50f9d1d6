import type {
  DeletionMethod,
  Language,
  LinkedRetentionRule,
  PeriodUnit,
  RegularPeriod,
  RunInterval,
  StartEvent,
} from '../api';
import { retentionLabelsDe } from './retention-labels-de';
import { retentionLabelsEn } from './retention-labels-en';

// Texts of retention rules and the deletion concept in German and English, shared by the
// deletion concept, the register export and the Art. 15 reply, so a rule reads the same
// wherever it is printed.

export interface RetentionLabels {
  startEvents: Record<StartEvent, string>;
  /** [singular, plural] */
  units: Record<PeriodUnit, [string, string]>;
  intervals: Record<RunInterval, string>;
  methods: Record<DeletionMethod, string>;
  /** "ab Schluss des Kalenderjahres" */
  fromYearEnd: string;
  and: string;
  startLabel: string;
  legalHold: string;
  concept: ConceptTexts;
}

export interface ConceptTexts {
  title: string;
  subtitle: string;
  filenameStem: string;
  generatedBy: string;
  asOf: string;
  page: string;
  pageOf: string;
  empty: string;
  scopeTitle: string;
  scopeBody: string;
  termsTitle: string;
  terms: [string, string][];
  classesTitle: string;
  classesIntro: string;
  noRules: string;
  rulesTitle: string;
  fields: {
    dataKind: string;
    description: string;
    startEvent: string;
    retention: string;
    regularPeriod: string;
    runInterval: string;
    method: string;
    norm: string;
    reason: string;
    systems: string;
    responsible: string;
    legalHold: string;
    activities: string;
    dataCategories: string;
    deletionClass: string;
  };
  /** "9 Jahre: Vorhaltefrist 8 Jahre … zuzüglich Abstand der Löschläufe (jährlich)" */
  regularPeriodExplained: string;
  holdActive: string;
  holdNone: string;
  responsibilitiesTitle: string;
  responsibilitiesIntro: string;
  responsibleMissing: string;
  logTitle: string;
  logIntro: string;
  logRule: string;
  logRuns: string;
  logLastRun: string;
  logDeleted: string;
  logNextDue: string;
  logOverdue: string;
  logRecent: string;
  logNoRuns: string;
  logDeletedRule: string;
  items: string;
  performedBy: string;
}

export const retentionLabels: Record<Language, RetentionLabels> = {
  de: retentionLabelsDe,
  en: retentionLabelsEn,
};

/** "8 Jahre", "1 Monat", "0 Tage". */
export function formatPeriod(amount: number, unit: PeriodUnit, language: Language): string {
  const [one, many] = retentionLabels[language].units[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

/** The Regellöschfrist in the largest whole unit: "25 Monate", "11 Jahre", "2 Jahre und 7 Tage". */
export function formatRegularPeriod(p: RegularPeriod, language: Language): string {
  const parts: string[] = [];
  if (p.months > 0 && p.months % 12 === 0)
    parts.push(formatPeriod(p.months / 12, 'years', language));
  else if (p.months > 0) parts.push(formatPeriod(p.months, 'months', language));
  if (p.days > 0 || parts.length === 0) parts.push(formatPeriod(p.days, 'days', language));
  return parts.join(` ${retentionLabels[language].and} `);
}

/** "8 Jahre ab Schluss des Kalenderjahres" */
export function formatRetention(
  rule: { periodAmount: number; periodUnit: PeriodUnit; yearEnd: boolean },
  language: Language,
): string {
  const period = formatPeriod(rule.periodAmount, rule.periodUnit, language);
  return rule.yearEnd ? `${period} ${retentionLabels[language].fromYearEnd}` : period;
}

/**
 * "Ende des Vorgangs (Zugang der Absage)"; a description with brackets of its own follows a
 * comma instead, so no brackets nest ("…, Datum des Belegs (Schluss des Kalenderjahres)").
 */
export function formatStart(
  rule: { startEvent: StartEvent; startDescription: string },
  language: Language,
): string {
  const type = retentionLabels[language].startEvents[rule.startEvent];
  const description = rule.startDescription.trim();
  if (!description) return type;
  return /[()]/.test(description) ? `${type}, ${description}` : `${type} (${description})`;
}

/**
 * One line per linked rule for the register and the Art. 15 reply:
 * "Bewerbungsunterlagen: 6 Monate; Startzeitpunkt: Ende des Vorgangs (Zugang der Absage); § 15 Abs. 4 AGG"
 */
export function linkedRuleLine(rule: LinkedRetentionRule, language: Language): string {
  const l = retentionLabels[language];
  const parts = [
    formatRetention(rule, language),
    `${l.startLabel}: ${formatStart(rule, language)}`,
  ];
  if (rule.norm) parts.push(rule.norm);
  if (rule.legalHold) parts.push(l.legalHold);
  return `${rule.name}: ${parts.join('; ')}`;
}
