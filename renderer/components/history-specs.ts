import type { AuditEntity } from '../../core/api';
import { breachHistorySpec } from './history-spec-breach';
import { consentHistorySpecs } from './history-spec-consent';
import { dpiaHistorySpec } from './history-spec-dpia';

// How the change history names and shows each entity's fields. Labels are i18n keys of the
// feature that owns the field; `kind` says how a value is written (a date, an enum code to
// translate, a legal basis...). A field without a spec is labelled from the entity's
// namespaces and shown by its JSON type, which reads well for text, dates and yes/no only.

export type ValueKind =
  'text' | 'date' | 'instant' | 'hidden' | 'legalBasis' | 'activityRef' | { enum: string };

export interface ItemsSpec {
  fields: Record<string, FieldSpec>;
  /** Shown first and without its label: "Backup AG (Land: Schweiz)". */
  title?: string;
  /**
   * Between the title and the rest: "Zutrittskontrolle: Chipkarte" (': '), "Cloud Inc –
   * Drittland, USA" (' – '); by default the rest stands in brackets, labelled.
   */
  separator?: ': ' | ' – ';
}

export interface FieldSpec {
  /** i18n key of the label. */
  label?: string;
  /** i18n key of the form section, for labels that need it ("Datenschutzbeauftragte(r) – Name"). */
  group?: string;
  kind?: ValueKind;
  /** A nested object: one history row per changed sub-field. */
  fields?: Record<string, FieldSpec>;
  /** A list of objects: one line per item. */
  items?: ItemsSpec;
  /** Shown without its label inside an item line. */
  plain?: boolean;
  /** Older entries kept some lists as preformatted strings; reads one back as an item. */
  legacy?: (line: string) => Record<string, unknown> | string;
}

export interface EntitySpec {
  /** Where field labels are looked up when a field has no spec of its own. */
  namespaces: readonly string[];
  fields: Record<string, FieldSpec>;
}

const hidden: FieldSpec = { kind: 'hidden' };
const date: FieldSpec = { kind: 'date' };
const enumOf = (key: string, label?: string): FieldSpec => ({ label, kind: { enum: key } });

/** "Newsletter (third_country, USA)" as the register kept recipients before. */
const legacyRecipient = (line: string) => {
  const m = /^(.*) \((internal|external|third_country)(?:, (.*))?\)$/.exec(line);
  return m ? { name: m[1]!, type: m[2]!, country: m[3] ?? '' } : line;
};
const legacyDataCategory = (line: string) => {
  const m = /^(.*) \((art9|art10)\)$/.exec(line);
  return m ? { name: m[1]!, special: m[2]! } : line;
};
const legacyTask = (line: string) => {
  const m = /^(.*) ✓ (\d{4}-\d{2}-\d{2})$/.exec(line);
  return m ? { name: m[1]!, doneOn: m[2]! } : line;
};

const safeguards = 'processors:safeguards';
const dpo = 'clients:sections.dpo';

export const historySpecs: Record<AuditEntity, EntitySpec> = {
  // Only whether a passphrase was set, changed or removed: the secret is never recorded.
  workspace: {
    namespaces: ['settings:encryption.fields'],
    fields: { passphrase: enumOf('settings:encryption.auditValues') },
  },
  client: {
    namespaces: ['clients:fields'],
    fields: {
      id: hidden,
      land: enumOf('clients:laender'),
      dpoName: { group: dpo },
      dpoEmail: { group: dpo },
      dpoPhone: { group: dpo },
      dpoAddress: { group: dpo },
    },
  },
  activity: {
    namespaces: ['activities:fields'],
    fields: {
      status: enumOf('activities:status'),
      dpiaStatus: enumOf('activities:dpia'),
      legalBases: { kind: 'legalBasis' },
      nextReview: date,
      dataCategories: {
        legacy: legacyDataCategory,
        items: {
          title: 'name',
          separator: ' – ',
          fields: { special: { kind: { enum: 'activities:special' }, plain: true } },
        },
      },
      recipients: {
        legacy: legacyRecipient,
        items: {
          title: 'name',
          separator: ' – ',
          fields: {
            type: { kind: { enum: 'activities:recipientType' }, plain: true },
            country: { plain: true },
          },
        },
      },
      transfers: {
        items: {
          title: 'country',
          fields: {
            recipient: { label: 'activities:transfers.recipient' },
            safeguard: enumOf(safeguards, 'common:history.labels.safeguard'),
            safeguardNote: { label: 'activities:transfers.note' },
          },
        },
      },
    },
  },
  catalogue: {
    namespaces: ['catalogues:fields'],
    fields: {
      id: hidden,
      clientId: hidden,
      usage: hidden,
      kind: enumOf('catalogues:kind'),
      special: enumOf('catalogues:special'),
      recipientType: enumOf('catalogues:recipientType'),
    },
  },
  processor: {
    namespaces: ['processors:fields'],
    fields: {
      countryKind: enumOf('processors:countryKind'),
      safeguard: enumOf(safeguards),
      tiaDoneOn: date,
      subProcessors: {
        items: {
          title: 'name',
          fields: {
            address: { label: 'processors:fields.subAddress' },
            contact: { label: 'processors:fields.subContact' },
            country: { label: 'processors:fields.subCountry' },
            countryKind: enumOf('processors:countryKind', 'processors:fields.subCountryKind'),
            safeguard: enumOf(safeguards, 'processors:fields.subSafeguard'),
            safeguardNote: { label: 'processors:fields.subSafeguardNote' },
            service: { label: 'processors:fields.subService' },
          },
        },
      },
      toms: {
        items: {
          title: 'area',
          separator: ': ',
          fields: { area: enumOf('processors:tomAreas'), description: { plain: true } },
        },
      },
      agreement: {
        fields: {
          status: enumOf('processors:status'),
          requestedOn: date,
          draftSentOn: date,
          signedOn: date,
          reviewOn: date,
          endsOn: date,
        },
      },
    },
  },
  attachment: { namespaces: ['processors:attachmentFields'], fields: {} },
  avv_template: { namespaces: ['processors:templateFields'], fields: {} },
  request: {
    namespaces: ['requests:fields'],
    fields: {
      kind: enumOf('requests:kinds'),
      state: enumOf('requests:states'),
      channel: enumOf('requests:channels'),
      receivedOn: date,
      due: { label: 'requests:detail.due', kind: 'date' },
      sentAt: { label: 'common:history.labels.sentAt', kind: 'instant' },
      closedAt: { label: 'common:history.labels.closedAt', kind: 'instant' },
      identity: {
        fields: {
          method: enumOf('requests:identity.methods', 'common:history.labels.identityMethod'),
          checkedBy: { label: 'requests:identity.checkedBy' },
          checkedOn: { label: 'requests:identity.checkedOn', kind: 'date' },
          note: { label: 'common:history.labels.note' },
          requestedOn: { label: 'requests:identity.requestedOn', kind: 'date' },
          receivedOn: { label: 'requests:identity.receivedOn', kind: 'date' },
        },
      },
      extension: {
        fields: {
          on: { label: 'requests:extension.on', kind: 'date' },
          reason: { label: 'common:history.labels.reason' },
        },
      },
      interim: {
        fields: {
          on: { label: 'common:history.labels.sentOn', kind: 'date' },
          reason: { label: 'requests:extension.interimNote' },
        },
      },
      preparedBy: {
        fields: {
          name: { label: 'common:history.labels.preparedBy' },
          account: { label: 'common:history.labels.account' },
          at: { label: 'common:history.labels.preparedAt', kind: 'instant' },
        },
      },
      sentBy: {
        fields: {
          name: { label: 'common:history.labels.sentBy' },
          account: { label: 'common:history.labels.account' },
        },
      },
      review: {
        fields: {
          reviewer: { label: 'common:history.labels.reviewer' },
          account: { label: 'common:history.labels.account' },
          at: { label: 'common:history.labels.reviewedAt', kind: 'instant' },
          checks: enumOf('requests:review.checks', 'common:history.labels.checks'),
          note: { label: 'requests:review.note' },
        },
      },
      reply: {
        fields: {
          activityIds: { label: 'requests:reply.activities', kind: 'activityRef' },
          copyDescription: { label: 'requests:reply.copyDescription' },
          automatedDecisions: { label: 'requests:reply.automatedDecisions' },
          replyText: { label: 'requests:reply.replyText' },
        },
      },
      refusal: {
        fields: {
          ground: enumOf('requests:refusalGrounds', 'requests:detail.refusalGround'),
          note: { label: 'requests:detail.refusalNote' },
        },
      },
      recipients: {
        legacy: legacyTask,
        items: {
          title: 'name',
          fields: {
            doneOn: { label: 'common:history.labels.informedOn', kind: 'date' },
            doneBy: { label: 'common:history.labels.informedBy' },
          },
        },
      },
    },
  },
  retention_rule: {
    namespaces: ['retention:fields'],
    fields: {
      catalogueKey: hidden,
      // Fixed when the app creates the rule for closed requests; the rule's name says it.
      appliesTo: hidden,
      startEvent: enumOf('retention:startEvents'),
      periodUnit: enumOf('retention:units'),
      runInterval: enumOf('retention:intervals'),
      method: enumOf('retention:methods'),
    },
  },
  deletion_run: {
    namespaces: ['retention:runFields', 'retention:fields'],
    fields: { method: enumOf('retention:methods'), date },
  },
  retention_period: {
    namespaces: ['retention:periodFields', 'retention:fields'],
    fields: {
      startEvent: enumOf('retention:startEvents'),
      periodUnit: enumOf('retention:units'),
      method: enumOf('retention:methods'),
    },
  },
  breach: breachHistorySpec,
  dpia: dpiaHistorySpec,
  ...consentHistorySpecs,
};
