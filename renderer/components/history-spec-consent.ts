import type { EntitySpec, FieldSpec } from './history-specs';

// How the change history shows consent wordings, persons and imports (see history-specs.ts).

const enumOf = (key: string, label?: string): FieldSpec => ({ label, kind: { enum: key } });
const date: FieldSpec = { kind: 'date' };

export const consentHistorySpecs: Record<
  'consent_text' | 'consent_person' | 'consent_import',
  EntitySpec
> = {
  consent_text: {
    namespaces: ['consent:textFields'],
    fields: {
      channels: enumOf('consent:channels'),
      language: enumOf('consent:languages'),
      validFrom: date,
      validUntil: date,
      sha256: { label: 'consent:textFields.sha256' },
    },
  },
  consent_person: {
    namespaces: ['consent:personFields'],
    fields: {
      customerSaleOn: date,
      events: {
        label: 'consent:events.title',
        items: {
          title: 'kind',
          fields: {
            kind: { kind: { enum: 'consent:eventKinds' } },
            at: { label: 'consent:eventFields.at', kind: 'instant' },
            text: { label: 'consent:eventFields.textId' },
            channels: enumOf('consent:channels', 'consent:eventFields.channels'),
            source: enumOf('consent:sources', 'consent:eventFields.source'),
            sourceDetail: { label: 'consent:eventFields.sourceDetail' },
            method: enumOf('consent:methods', 'consent:eventFields.method'),
            ip: { label: 'consent:eventFields.ip' },
            userAgent: { label: 'consent:eventFields.userAgent' },
            note: { label: 'consent:eventFields.note' },
          },
        },
      },
    },
  },
  consent_import: {
    namespaces: ['consent:importFields'],
    fields: { encoding: enumOf('consent:encodings') },
  },
};
