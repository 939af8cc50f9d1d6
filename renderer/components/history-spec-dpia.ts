import type { EntitySpec } from './history-specs';

// How the change history shows an activity's DPIA screening and record (dpia.* methods).
export const dpiaHistorySpec: EntitySpec = {
  namespaces: ['dpia:history'],
  fields: {
    screening: {
      fields: {
        answers: {
          fields: {
            art35: { kind: { enum: 'dpia:art35' } },
            criteria: { kind: { enum: 'dpia:criterionName' } },
            dsk: { kind: { enum: 'dpia:dskShort' } },
            exception: { kind: { enum: 'dpia:exceptionName' } },
          },
        },
        ruleResult: { kind: { enum: 'dpia:result' } },
        result: { kind: { enum: 'dpia:result' } },
        reasons: { kind: 'hidden' },
        screenedAt: { kind: 'instant' },
      },
    },
    record: {
      fields: {
        date: { kind: 'date' },
        outcome: { kind: { enum: 'dpia:outcome' } },
        recordedAt: { kind: 'instant' },
      },
    },
  },
};
