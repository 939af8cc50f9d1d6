import type {
  ActivityStatus,
  AvvCheck,
  AvvDraftOptions,
  AvvGap,
  DataSpecial,
  Client,
  Processor,
  TomArea,
} from '../api';
import { tomAreas } from '../api';
import { needsTia, processorTransfers, transferProblem } from './transfers';

// Which inputs an AVV draft (Art. 28(3) GDPR) still lacks, and where the user fills each
// one in. Art. 28(3) sentence 1 asks for subject matter, duration, nature and purpose,
// type of personal data and categories of data subjects; Annex I of the Commission's
// clauses (2021/915) asks for the parties' addresses and contacts; Annex III for the TOMs,
// every area described or marked not applicable with a reason; Chapter V for the safeguard
// (and, for Art. 46 safeguards, a transfer impact assessment) of every third-country
// transfer, the processor's own and the onward ones through its sub-processors.

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
  client: Client;
  processor: Processor;
  activities: readonly AvvActivity[];
  options: AvvDraftOptions;
  generatedAt: Date;
  /** The number of this draft among those stored for the processor (1 for the first). */
  draftVersion?: number;
}

/** Gap codes; core/i18n/avv-labels and the processors namespace name each one. */
export type AvvGapItem =
  | 'controllerAddress'
  | 'controllerContact'
  | 'controllerRepresentative'
  | 'processorAddress'
  | 'processorContact'
  | 'processorRepresentative'
  | 'service'
  | 'tomArea'
  | 'tomReason'
  | 'processorCountry'
  | 'safeguard'
  | 'safeguardNote'
  | 'tia'
  | 'subProcessorCountry'
  | 'subProcessorSafeguard'
  | 'subProcessorSafeguardNote'
  | 'activities'
  | 'purposes'
  | 'subjects'
  | 'dataCategories'
  | 'duration'
  | 'jurisdiction'
  | 'place';

const filled = (s: string | null | undefined) => Boolean(s && s.trim());

interface GapTarget {
  activity?: AvvActivity;
  area?: TomArea;
  subProcessor?: string;
}

function gap(item: AvvGapItem, place: AvvGap['place'], target: GapTarget = {}): AvvGap {
  return {
    item,
    place,
    activityId: target.activity?.id ?? null,
    activityName: target.activity?.name ?? '',
    area: target.area ?? null,
    subProcessor: target.subProcessor ?? '',
  };
}

/** Annex III: every area has its measures, or is marked not applicable with a reason. */
function tomGaps(p: Processor): AvvGap[] {
  return tomAreas.flatMap((area) => {
    const tom = p.toms.find((t) => t.area === area);
    if (filled(tom?.description)) return [];
    return [gap(tom?.notApplicable ? 'tomReason' : 'tomArea', 'processor', { area })];
  });
}

const processorProblems = {
  country: 'processorCountry',
  safeguard: 'safeguard',
  documentation: 'safeguardNote',
} as const;
const subProcessorProblems = {
  country: 'subProcessorCountry',
  safeguard: 'subProcessorSafeguard',
  documentation: 'subProcessorSafeguardNote',
} as const;

/** Chapter V: each transfer of the processor and its sub-processors, and the TIA. */
function transferGaps(p: Processor): AvvGap[] {
  const transfers = processorTransfers([p]);
  const gaps: AvvGap[] = [];
  for (const t of transfers) {
    const problem = transferProblem(t);
    if (!problem || problem === 'transfer') continue;
    if (t.source === 'processor') gaps.push(gap(processorProblems[problem], 'processor'));
    else gaps.push(gap(subProcessorProblems[problem], 'processor', { subProcessor: t.recipient }));
  }
  if (transfers.some(needsTia) && !p.tiaDoneOn && !filled(p.tiaReference)) {
    gaps.push(gap('tia', 'processor'));
  }
  return gaps;
}

export function checkAvvDraft(input: Omit<AvvDraftInput, 'generatedAt'>): AvvCheck {
  const { client: client, processor: p, activities, options } = input;
  const gaps: AvvGap[] = [];
  if (!filled(client.street) || !filled(client.city)) gaps.push(gap('controllerAddress', 'client'));
  if (!filled(client.email) && !filled(client.phone)) gaps.push(gap('controllerContact', 'client'));
  if (!filled(client.legalRepresentative)) gaps.push(gap('controllerRepresentative', 'client'));
  if (!filled(p.street) || !filled(p.city)) gaps.push(gap('processorAddress', 'processor'));
  if (!filled(p.contactName) && !filled(p.contactEmail)) {
    gaps.push(gap('processorContact', 'processor'));
  }
  if (!filled(p.legalRepresentative)) gaps.push(gap('processorRepresentative', 'processor'));
  if (!filled(p.service)) gaps.push(gap('service', 'processor'));
  gaps.push(...tomGaps(p), ...transferGaps(p));
  if (activities.length === 0) gaps.push(gap('activities', 'links'));
  for (const activity of activities) {
    if (!filled(activity.purposes)) gaps.push(gap('purposes', 'activity', { activity }));
    if (activity.subjects.length === 0) gaps.push(gap('subjects', 'activity', { activity }));
    if (activity.dataCategories.length === 0) {
      gaps.push(gap('dataCategories', 'activity', { activity }));
    }
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
