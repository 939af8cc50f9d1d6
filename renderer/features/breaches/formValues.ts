import type { Breach, BreachFormInput, BreachStarter } from '../../../core/api';
import { toBerlinLocal } from '../../../core/rules/calendar';
import { nowInBerlinLocal } from './format';

// The form holds times as Berlin wall-clock values ("2026-11-20T08:15"); the core schema
// (breachForm) turns them into instants with offset for the API.

const local = (instant: string | null) => (instant ? toBerlinLocal(instant) : '');

export function emptyValues(): BreachFormInput {
  return {
    title: '',
    starter: null,
    description: '',
    occurredFrom: '',
    occurredTo: '',
    awareAt: nowInBerlinLocal(),
    discoveredBy: '',
    reportedBy: '',
    kinds: [],
    subjectIds: [],
    dataIds: [],
    subjectsCount: null,
    recordsCount: null,
    countNote: '',
    activityIds: [],
    processorIds: [],
    systems: '',
    consequences: '',
    measuresTaken: '',
    measuresProposed: '',
    atProcessorId: null,
    processorAwareAt: '',
    processorNoticeAt: '',
  };
}

/** A starting point's texts over empty values: the user adds the time and the numbers. */
export function fromStarter(s: BreachStarter): BreachFormInput {
  return {
    ...emptyValues(),
    title: s.title,
    starter: s.key,
    description: s.description,
    kinds: [...s.kinds],
    consequences: s.consequences,
    measuresTaken: s.measuresTaken,
    measuresProposed: s.measuresProposed,
  };
}

export function fromBreach(b: Breach): BreachFormInput {
  return {
    title: b.title,
    starter: b.starter,
    description: b.description,
    occurredFrom: local(b.occurredFrom),
    occurredTo: local(b.occurredTo),
    awareAt: local(b.awareAt),
    discoveredBy: b.discoveredBy,
    reportedBy: b.reportedBy,
    kinds: [...b.kinds],
    subjectIds: b.subjects.map((s) => s.id),
    dataIds: b.data.map((d) => d.id),
    subjectsCount: b.subjectsCount,
    recordsCount: b.recordsCount,
    countNote: b.countNote,
    activityIds: b.activities.map((a) => a.id),
    // The processor it happened at is linked by that choice, not twice.
    processorIds: b.processors.filter((p) => p.id !== b.atProcessor?.id).map((p) => p.id),
    systems: b.systems,
    consequences: b.consequences,
    measuresTaken: b.measuresTaken,
    measuresProposed: b.measuresProposed,
    atProcessorId: b.atProcessor?.id ?? null,
    processorAwareAt: local(b.processorAwareAt),
    processorNoticeAt: local(b.processorNoticeAt),
  };
}
