import type { EntitySpec, FieldSpec } from './history-specs';

// How the change history shows a personal data breach (see history-specs.ts).

const instant: FieldSpec = { kind: 'instant' };
const enumOf = (key: string, label?: string): FieldSpec => ({ label, kind: { enum: key } });
const criteria = ['breachType', 'sensitivity', 'volume', 'identification', 'severity', 'persons'];

export const breachHistorySpec: EntitySpec = {
  namespaces: ['breaches:fields'],
  fields: {
    starter: enumOf('breaches:starters'),
    kinds: enumOf('breaches:kinds'),
    state: enumOf('breaches:states'),
    occurredFrom: instant,
    occurredTo: instant,
    awareAt: instant,
    processorAwareAt: instant,
    processorNoticeAt: instant,
    closedAt: instant,
    data: {
      items: {
        title: 'name',
        separator: ' – ',
        fields: { special: { kind: { enum: 'activities:special' }, plain: true } },
      },
    },
    assessment: {
      label: 'breaches:assessment.title',
      fields: {
        level: enumOf('breaches:levels', 'breaches:assessment.level'),
        ...Object.fromEntries(
          criteria.map((c) => [c, enumOf('breaches:ratings', `breaches:criteria.${c}`)]),
        ),
        specialCategories: { label: 'breaches:criteria.specialCategories' },
        vulnerable: { label: 'breaches:criteria.vulnerable' },
        reasons: { label: 'breaches:assessment.reasons' },
        art34Ground: enumOf('breaches:art34Grounds', 'breaches:assessment.art34Ground'),
        art34Note: { label: 'breaches:assessment.art34Note' },
        assessedBy: { label: 'breaches:assessment.assessedBy' },
      },
    },
    notices: {
      label: 'breaches:notices.title',
      items: {
        title: 'kind',
        fields: {
          kind: { kind: { enum: 'breaches:noticeKinds' } },
          at: { label: 'breaches:notices.at', kind: 'instant' },
          channel: enumOf('breaches:noticeChannels', 'breaches:notices.channel'),
          reference: { label: 'breaches:notices.reference' },
          note: { label: 'breaches:notices.note' },
          delayReason: { label: 'breaches:notices.delayReason' },
        },
      },
    },
    subjectsInformed: {
      label: 'breaches:inform.title',
      fields: {
        at: { label: 'breaches:inform.at', kind: 'instant' },
        channel: enumOf('breaches:informChannels', 'breaches:inform.channel'),
        note: { label: 'breaches:inform.note' },
      },
    },
  },
};
