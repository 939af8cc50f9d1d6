import type {
  ActivityStatus,
  AvvCheck,
  AvvDraftOptions,
  AvvGap,
  DataSpecial,
  Organisation,
  Processor,
} from '../api';

// Which inputs an AVV draft (Art. 28(3) GDPR) still lacks, and where the user fills each
// one in. Art. 28(3) sentence 1 asks for subject matter, duration, nature and purpose,
// type of personal data and categories of data subjects; Annex I of the Commission's
// clauses (2021/915) asks for the parties' addresses and contacts; Annex III for the TOMs.

/** The parts of a linked activity the draft reads (Annex II). */
export interface AvvActivity {
  id: number;
  name: string;
  status: ActivityStatus;
  purposes: string;
  subjects: readonly { name: string }[];
  dataCategories: readonly { name: string; special: DataSpecial }[];
}

/** Everything a draft is built from; the handler loads it from the workspace. */
export interface AvvDraftInput {
  organisation: Organisation;
  processor: Processor;
  activities: readonly AvvActivity[];
  options: AvvDraftOptions;
  generatedAt: Date;
}

/** Gap codes; core/i18n/avv-labels and the processors namespace name each one. */
export type AvvGapItem =
  | 'controllerAddress'
  | 'controllerContact'
  | 'controllerRepresentative'
  | 'processorAddress'
  | 'processorContact'
  | 'service'
  | 'toms'
  | 'safeguard'
  | 'activities'
  | 'purposes'
  | 'subjects'
  | 'dataCategories'
  | 'duration'
  | 'jurisdiction'
  | 'place';

const filled = (s: string | null | undefined) => Boolean(s && s.trim());

function gap(item: AvvGapItem, place: AvvGap['place'], activity?: AvvActivity): AvvGap {
  return { item, place, activityId: activity?.id ?? null, activityName: activity?.name ?? '' };
}

export function checkAvvDraft(input: Omit<AvvDraftInput, 'generatedAt'>): AvvCheck {
  const { organisation: org, processor: p, activities, options } = input;
  const gaps: AvvGap[] = [];
  if (!filled(org.street) || !filled(org.city)) gaps.push(gap('controllerAddress', 'client'));
  if (!filled(org.email) && !filled(org.phone)) gaps.push(gap('controllerContact', 'client'));
  if (!filled(org.legalRepresentative)) gaps.push(gap('controllerRepresentative', 'client'));
  if (!filled(p.street) || !filled(p.city)) gaps.push(gap('processorAddress', 'processor'));
  if (!filled(p.contactName) && !filled(p.contactEmail)) {
    gaps.push(gap('processorContact', 'processor'));
  }
  if (!filled(p.service)) gaps.push(gap('service', 'processor'));
  if (!p.toms.some((t) => filled(t.description))) gaps.push(gap('toms', 'processor'));
  if (p.countryKind === 'third_country' && p.safeguard === 'none') {
    gaps.push(gap('safeguard', 'processor'));
  }
  if (activities.length === 0) gaps.push(gap('activities', 'links'));
  for (const a of activities) {
    if (!filled(a.purposes)) gaps.push(gap('purposes', 'activity', a));
    if (a.subjects.length === 0) gaps.push(gap('subjects', 'activity', a));
    if (a.dataCategories.length === 0) gaps.push(gap('dataCategories', 'activity', a));
  }
  if (!filled(options.duration)) gaps.push(gap('duration', 'options'));
  if (!filled(options.jurisdiction)) gaps.push(gap('jurisdiction', 'options'));
  if (!filled(options.place)) gaps.push(gap('place', 'options'));
  return { complete: gaps.length === 0, gaps };
}

/** Names in first-seen order, compared case-insensitively (one category per line). */
export function uniqueByName<T extends { name: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.name.toLocaleLowerCase('de');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
