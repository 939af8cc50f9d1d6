import type { AvvDraftOptions, AvvGap, CountryKind, Language, Safeguard } from '../api';
import { tomAreas } from '../api';
import { avvLabels, fill } from '../i18n/avv-labels';
import type { AvvLabels } from '../i18n/avv-labels';
import { registerLabels } from '../i18n/register-labels';
import { checkAvvDraft, uniqueByName } from '../rules/avv-completeness';
import type { AvvDraftInput, AvvGapItem } from '../rules/avv-completeness';
import { needsTia, processorTransfers } from '../rules/transfers';
import { dateInBerlin } from '../rules/calendar';
import { formatDate, formatLegalDate, sanitizeFilenamePart } from './format';
import { addressLines, postalAddress, type AddressParts } from './postal-address';

// The AVV draft's content as plain strings in the document language, shared by the
// built-in Word builder and custom templates (docxtemplater), so both say the same thing.
// A value the check found missing is the visible marker "[fehlt: …]" instead.

/** A third-country transfer of the processor or of one of its sub-processors. */
export interface AvvTransferView {
  name: string;
  country: string;
  safeguard: string;
  /** The safeguard code, to pick the clauses that fit (SCC modules). */
  code: Safeguard;
  note: string;
}

export interface AvvView {
  language: Language;
  labels: AvvLabels;
  date: string;
  /**
   * The draft marker: "Entwurf Nr. 2 vom 23.11.2026", or "Entwurf vom 23.11.2026" for a
   * draft that is not stored (a preview). The document goes to the processor: it carries
   * no advice to the app's user (that is in the draft panel).
   */
  version: string;
  controller: {
    name: string;
    address: string;
    /** The address as a letter shows it: street / postcode and town / country. */
    addressLines: string[];
    representative: string;
    email: string;
    phone: string;
    dpo: string;
  };
  processor: {
    name: string;
    address: string;
    addressLines: string[];
    representative: string;
    country: string;
    kind: CountryKind;
    countryKind: string;
    safeguard: string;
    safeguardNote: string;
    tia: string;
    contact: string;
    email: string;
    phone: string;
    service: string;
    dpo: string;
  };
  /** The processor's own transfer (null inside the EU/EEA) and the onward ones. */
  transfers: { own: AvvTransferView | null; onward: AvvTransferView[]; needsTia: boolean };
  activities: {
    name: string;
    purposes: string;
    /** The purposes one per line, for Annex II. */
    purposeList: string[];
    subjects: string;
    dataCategories: string;
  }[];
  subjects: { name: string }[];
  dataCategories: { name: string; special: string }[];
  /** Art. 9/10 categories, named, for Annex II. */
  sensitive: string[];
  /** Every TOM area: its measures, "not applicable" with the reason, or the gap marker. */
  toms: { area: string; goal: string; description: string }[];
  subProcessors: {
    name: string;
    address: string;
    contact: string;
    country: string;
    countryKind: string;
    safeguard: string;
    safeguardNote: string;
    service: string;
  }[];
  options: {
    duration: string;
    noticeDays: number;
    auditNoticeDays: number;
    objectionDays: number;
    jurisdiction: string;
    place: string;
    subProcessing: AvvDraftOptions['subProcessing'];
    authorisation: string;
    processorRecord: boolean;
    cooperation: boolean;
    breachNotice: boolean;
    breachNoticeHours: number;
    remoteWork: boolean;
    liability: boolean;
  };
  gaps: AvvGap[];
}

const join = (parts: (string | undefined)[], sep = ', ') => parts.filter(Boolean).join(sep);
const filled = (s: string | null | undefined) => Boolean(s && s.trim());

/** What a gap is, in the document language, naming the area or sub-processor concerned. */
export function gapText(labels: AvvLabels, gap: AvvGap): string {
  const what = fill(labels.gaps[gap.item as AvvGapItem], {
    area: gap.area ? labels.tomAreas[gap.area].title : '',
    name: gap.subProcessor,
  });
  return gap.activityName ? fill(labels.inActivity, { what, activity: gap.activityName }) : what;
}

export function buildAvvView(input: AvvDraftInput): AvvView {
  const { client: client, processor: p, activities, options } = input;
  const language = options.language;
  const labels = avvLabels[language];
  const check = checkAvvDraft(input);
  const gapOf = (item: AvvGapItem, match: Partial<AvvGap> = {}) =>
    check.gaps.find(
      (g) =>
        g.item === item &&
        g.activityId === (match.activityId ?? null) &&
        g.area === (match.area ?? null) &&
        g.subProcessor === (match.subProcessor ?? ''),
    );
  const marker = (gap: AvvGap) => fill(labels.missing, { what: gapText(labels, gap) });
  const or = (value: string, item: AvvGapItem, match?: Partial<AvvGap>) => {
    const gap = gapOf(item, match);
    return gap ? marker(gap) : value;
  };
  const linesOr = (parts: AddressParts, item: AvvGapItem) => {
    const gap = gapOf(item);
    return gap ? [marker(gap)] : addressLines(parts);
  };
  const inActivity = (item: AvvGapItem, activityId: number) => {
    const gap = gapOf(item, { activityId });
    return gap ? marker(gap) : '';
  };

  const allSubjects = uniqueByName(activities.flatMap((a) => a.subjects));
  const allData = uniqueByName(activities.flatMap((a) => a.dataCategories));
  const mark = (special: string) =>
    special === 'art9' || special === 'art10' ? labels.specialMarks[special] : '';
  const safeguards = registerLabels[language].safeguards;
  const transfers = processorTransfers([p]);
  const transferView = (t: (typeof transfers)[number]): AvvTransferView => ({
    name: t.recipient,
    country:
      t.source === 'processor'
        ? or(t.country, 'processorCountry')
        : or(t.country, 'subProcessorCountry', { subProcessor: t.recipient }),
    safeguard:
      t.source === 'processor'
        ? or(safeguards[t.safeguard], 'safeguard')
        : or(safeguards[t.safeguard], 'subProcessorSafeguard', { subProcessor: t.recipient }),
    code: t.safeguard,
    note:
      t.source === 'processor'
        ? or(t.safeguardNote, 'safeguardNote')
        : or(t.safeguardNote, 'subProcessorSafeguardNote', { subProcessor: t.recipient }),
  });
  const own = transfers.find((t) => t.source === 'processor');
  const e = labels.transfer;
  const tia = join([
    p.tiaDoneOn ? fill(e.tiaDone, { date: formatLegalDate(p.tiaDoneOn, language) }) : '',
    filled(p.tiaReference) ? fill(e.tiaReference, { reference: p.tiaReference.trim() }) : '',
  ]);
  const onward = transfers.filter((t) => t.source === 'subProcessor').map(transferView);
  let nextOnward = 0;

  return {
    language,
    labels,
    date: formatDate(input.generatedAt, language),
    version: fill(input.draftVersion ? labels.draftVersion : labels.draftUndated, {
      version: input.draftVersion ?? '',
      date: formatDate(input.generatedAt, language),
    }),
    controller: {
      name: client.name,
      address: or(postalAddress(client), 'controllerAddress'),
      addressLines: linesOr(client, 'controllerAddress'),
      representative: or(client.legalRepresentative, 'controllerRepresentative'),
      email: client.email,
      phone: client.phone,
      dpo: join([client.dpoName, client.dpoEmail, client.dpoPhone]),
    },
    processor: {
      name: p.name,
      address: or(postalAddress(p), 'processorAddress'),
      addressLines: linesOr(p, 'processorAddress'),
      representative: or(p.legalRepresentative, 'processorRepresentative'),
      country: p.country,
      kind: p.countryKind,
      countryKind: labels.countryKinds[p.countryKind],
      safeguard: own ? transferView(own).safeguard : '',
      safeguardNote: own ? transferView(own).note : '',
      tia: or(tia, 'tia'),
      contact: or(join([p.contactName, p.contactEmail, p.contactPhone]), 'processorContact'),
      email: p.contactEmail,
      phone: p.contactPhone,
      service: or(p.service, 'service'),
      dpo: join([p.dpoName, p.dpoEmail, p.dpoPhone]),
    },
    transfers: {
      own: own ? transferView(own) : null,
      onward,
      needsTia: transfers.some(needsTia),
    },
    activities: activities.map((a) => ({
      name: a.name,
      purposes: a.purposes.trim() || inActivity('purposes', a.id),
      purposeList: a.purposes.trim()
        ? a.purposes
            .split(/\r?\n/)
            .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
            .filter(Boolean)
        : [inActivity('purposes', a.id)],
      subjects: a.subjects.map((s) => s.name).join(', ') || inActivity('subjects', a.id),
      dataCategories:
        a.dataCategories.map((d) => d.name).join(', ') || inActivity('dataCategories', a.id),
    })),
    subjects: allSubjects.map((s) => ({ name: s.name })),
    dataCategories: allData.map((d) => ({ name: d.name, special: mark(d.special) })),
    sensitive: allData
      .filter((d) => d.special !== 'none')
      .map((d) => `${d.name} (${mark(d.special)})`),
    toms: tomAreas.map((area) => {
      const tom = p.toms.find((t) => t.area === area);
      const text = tom?.description.trim() ?? '';
      const gap = gapOf(tom?.notApplicable ? 'tomReason' : 'tomArea', { area });
      return {
        area: labels.tomAreas[area].title,
        goal: labels.tomAreas[area].goal,
        description: gap
          ? marker(gap)
          : tom?.notApplicable
            ? fill(labels.tomNotApplicable, { reason: text })
            : text,
      };
    }),
    subProcessors: p.subProcessors.map((s) => {
      // Onward transfers are listed in the order of the sub-processors outside the EU/EEA.
      const view = s.countryKind === 'eu_eea' ? undefined : onward[nextOnward++];
      return {
        name: s.name,
        address: s.address,
        contact: s.contact,
        country: view?.country ?? s.country,
        countryKind: labels.countryKinds[s.countryKind],
        safeguard: view?.safeguard ?? '',
        safeguardNote: view?.note ?? '',
        service: s.service,
      };
    }),
    options: {
      duration: or(options.duration, 'duration'),
      noticeDays: options.noticeDays,
      auditNoticeDays: options.auditNoticeDays,
      objectionDays: options.objectionDays,
      jurisdiction: or(options.jurisdiction, 'jurisdiction'),
      place: or(options.place, 'place'),
      subProcessing: options.subProcessing,
      authorisation: labels.authorisation[options.subProcessing],
      processorRecord: options.processorRecord,
      cooperation: options.cooperation,
      breachNotice: options.breachNotice,
      breachNoticeHours: options.breachNoticeHours,
      remoteWork: options.remoteWork,
      liability: options.liability,
    },
    gaps: check.gaps,
  };
}

/** The marker for a gap, for places that need it outside the view (e.g. activities). */
export function gapMarker(view: AvvView, item: AvvGapItem): string {
  const gap = view.gaps.find((g) => g.item === item);
  const what = gap ? gapText(view.labels, gap) : view.labels.gaps[item];
  return fill(view.labels.missing, { what });
}

/** "AVV-Entwurf_Cloud_Hosting_GmbH_2026-11-23_v2.docx" (the version when it is stored). */
export function avvFilename(view: AvvView, generatedAt: Date, version?: number): string {
  const parts = [
    view.labels.filenameStem,
    sanitizeFilenamePart(view.processor.name),
    dateInBerlin(generatedAt),
    version ? `v${version}` : '',
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
    breachNoticeHours: view.options.breachNoticeHours,
    // "…without undue delay and in any event within 24 hours…" when the user sets hours.
    breachDeadline: view.options.breachNotice
      ? fill(view.labels.breachWithin, { breachNoticeHours: view.options.breachNoticeHours })
      : '',
    jurisdiction: view.options.jurisdiction,
    country: view.transfers.own?.country || view.processor.country || view.labels.noneListed,
    safeguard: view.transfers.own?.safeguard ?? view.processor.safeguard,
  };
}
