import type { AvvDraftOptions, AvvGap, CountryKind, Language } from '../api';
import { tomAreas } from '../api';
import { avvLabels, fill } from '../i18n/avv-labels';
import type { AvvLabels } from '../i18n/avv-labels';
import { registerLabels } from '../i18n/register-labels';
import { checkAvvDraft, uniqueByName } from '../rules/avv-completeness';
import type { AvvDraftInput, AvvGapItem } from '../rules/avv-completeness';
import { formatDate, isoLocalDate, postalAddress, sanitizeFilenamePart } from './format';

// The AVV draft's content as plain strings in the document language, shared by the
// built-in Word builder and custom templates (docxtemplater), so both say the same thing.
// A value the check found missing is the visible marker "[fehlt: …]" instead.

export interface AvvView {
  language: Language;
  labels: AvvLabels;
  date: string;
  controller: {
    name: string;
    address: string;
    representative: string;
    email: string;
    phone: string;
    dpo: string;
  };
  processor: {
    name: string;
    address: string;
    country: string;
    kind: CountryKind;
    countryKind: string;
    safeguard: string;
    contact: string;
    email: string;
    phone: string;
    service: string;
    dpo: string;
  };
  activities: { name: string; purposes: string; subjects: string; dataCategories: string }[];
  subjects: { name: string }[];
  dataCategories: { name: string; special: string }[];
  /** Art. 9/10 categories, named, for Annex II. */
  sensitive: string[];
  toms: { area: string; goal: string; description: string }[];
  subProcessors: { name: string; address: string; country: string; service: string }[];
  options: {
    duration: string;
    noticeDays: number;
    auditNoticeDays: number;
    objectionDays: number;
    jurisdiction: string;
    place: string;
    subProcessing: AvvDraftOptions['subProcessing'];
    authorisation: string;
  };
  gaps: AvvGap[];
}

const join = (parts: (string | undefined)[], sep = ', ') => parts.filter(Boolean).join(sep);

export function buildAvvView(input: AvvDraftInput): AvvView {
  const { organisation: org, processor: p, activities, options } = input;
  const language = options.language;
  const labels = avvLabels[language];
  const check = checkAvvDraft(input);
  const isGap = (item: AvvGapItem, activityId: number | null = null) =>
    check.gaps.some((g) => g.item === item && g.activityId === activityId);
  const marker = (item: AvvGapItem) => fill(labels.missing, { what: labels.gaps[item] });
  const or = (value: string, item: AvvGapItem) => (isGap(item) ? marker(item) : value);
  const inActivity = (item: AvvGapItem, name: string) =>
    fill(labels.missing, {
      what: fill(labels.inActivity, { what: labels.gaps[item], activity: name }),
    });

  const allSubjects = uniqueByName(activities.flatMap((a) => a.subjects));
  const allData = uniqueByName(activities.flatMap((a) => a.dataCategories));
  const mark = (special: string) =>
    special === 'art9' || special === 'art10' ? labels.specialMarks[special] : '';
  const safeguardLabel = registerLabels[language].safeguards[p.safeguard];

  return {
    language,
    labels,
    date: formatDate(input.generatedAt, language),
    controller: {
      name: org.name,
      address: or(postalAddress(org), 'controllerAddress'),
      representative: or(org.legalRepresentative, 'controllerRepresentative'),
      email: org.email,
      phone: org.phone,
      dpo: join([org.dpoName, org.dpoEmail, org.dpoPhone]),
    },
    processor: {
      name: p.name,
      address: or(postalAddress(p), 'processorAddress'),
      country: p.country,
      kind: p.countryKind,
      countryKind: labels.countryKinds[p.countryKind],
      safeguard: p.countryKind === 'third_country' ? or(safeguardLabel, 'safeguard') : '',
      contact: or(join([p.contactName, p.contactEmail, p.contactPhone]), 'processorContact'),
      email: p.contactEmail,
      phone: p.contactPhone,
      service: or(p.service, 'service'),
      dpo: join([p.dpoName, p.dpoEmail, p.dpoPhone]),
    },
    activities: activities.map((a) => ({
      name: a.name,
      purposes: a.purposes.trim() || inActivity('purposes', a.name),
      subjects: a.subjects.map((s) => s.name).join(', ') || inActivity('subjects', a.name),
      dataCategories:
        a.dataCategories.map((d) => d.name).join(', ') || inActivity('dataCategories', a.name),
    })),
    subjects: allSubjects.map((s) => ({ name: s.name })),
    dataCategories: allData.map((d) => ({ name: d.name, special: mark(d.special) })),
    sensitive: allData
      .filter((d) => d.special !== 'none')
      .map((d) => `${d.name} (${mark(d.special)})`),
    toms: tomAreas
      .map((area) => ({ area, description: p.toms.find((t) => t.area === area)?.description }))
      .filter((t) => t.description && t.description.trim())
      .map((t) => ({
        area: labels.tomAreas[t.area].title,
        goal: labels.tomAreas[t.area].goal,
        description: t.description!.trim(),
      })),
    subProcessors: p.subProcessors.map((s) => ({
      name: s.name,
      address: s.address,
      country: s.country,
      service: s.service,
    })),
    options: {
      duration: or(options.duration, 'duration'),
      noticeDays: options.noticeDays,
      auditNoticeDays: options.auditNoticeDays,
      objectionDays: options.objectionDays,
      jurisdiction: or(options.jurisdiction, 'jurisdiction'),
      place: or(options.place, 'place'),
      subProcessing: options.subProcessing,
      authorisation: labels.authorisation[options.subProcessing],
    },
    gaps: check.gaps,
  };
}

/** The marker for a gap, for places that need it outside the view (e.g. TOMs). */
export function gapMarker(view: AvvView, item: AvvGapItem): string {
  return fill(view.labels.missing, { what: view.labels.gaps[item] });
}

/** "AVV-Entwurf_Cloud_Hosting_GmbH_2026-11-23.docx" */
export function avvFilename(view: AvvView, generatedAt: Date): string {
  const parts = [
    view.labels.filenameStem,
    sanitizeFilenamePart(view.processor.name),
    isoLocalDate(generatedAt),
  ].filter(Boolean);
  return `${parts.join('_')}.docx`;
}

/** Values for `{…}` in clause paragraphs. */
export function clauseValues(view: AvvView): Record<string, string | number> {
  return {
    service: view.processor.service,
    duration: view.options.duration,
    noticeDays: view.options.noticeDays,
    auditNoticeDays: view.options.auditNoticeDays,
    objectionDays: view.options.objectionDays,
    jurisdiction: view.options.jurisdiction,
    country: view.processor.country || view.labels.noneListed,
    safeguard: view.processor.safeguard,
  };
}
