import { activityInput, type Activity, type ActivityInput } from '../../../../core/api';
import type { CompletenessInput } from '../../../../core/rules/completeness';

/** Field names of the form, for mapping the API's field issues ('activity.name' -> 'name'). */
export const activityFieldNames = Object.keys(activityInput.shape);

/** Every field present (not left to schema defaults) so reset() and isDirty compare like with like. */
export function emptyActivity(): ActivityInput {
  return {
    number: '',
    name: '',
    purposes: '',
    legalBases: [],
    nationalNorm: '',
    jointControllers: '',
    subjects: [],
    dataCategories: [],
    recipients: [],
    transfers: [],
    retention: '',
    toms: '',
    tomsReference: '',
    department: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    itSystems: '',
    dataSource: '',
    dpiaStatus: 'open',
    dpiaReason: '',
    status: 'draft',
    // '' rather than null: a date input reports '' when empty, and the schema maps it to null.
    nextReview: '',
  };
}

/** The form's values for a stored activity (catalogue ids dropped: the form names entries). */
export function toFormValues(a: Activity): ActivityInput {
  return {
    number: a.number,
    name: a.name,
    purposes: a.purposes,
    legalBases: [...a.legalBases],
    nationalNorm: a.nationalNorm,
    jointControllers: a.jointControllers,
    subjects: a.subjects.map(({ name }) => ({ name })),
    dataCategories: a.dataCategories.map(({ name, special }) => ({ name, special })),
    recipients: a.recipients.map(({ name, type, country }) => ({ name, type, country })),
    transfers: a.transfers.map(({ country, recipient, safeguard, safeguardNote }) => ({
      country,
      recipient,
      safeguard,
      safeguardNote,
    })),
    retention: a.retention,
    toms: a.toms,
    tomsReference: a.tomsReference,
    department: a.department,
    contactName: a.contactName,
    contactPhone: a.contactPhone,
    contactEmail: a.contactEmail,
    itSystems: a.itSystems,
    dataSource: a.dataSource,
    dpiaStatus: a.dpiaStatus,
    dpiaReason: a.dpiaReason,
    status: a.status,
    nextReview: a.nextReview ?? '',
  };
}

/** Live form values (possibly half-typed) in the shape the completeness rule reads. */
export function completenessInputOf(v: ActivityInput): CompletenessInput {
  return {
    purposes: v.purposes ?? '',
    legalBases: v.legalBases ?? [],
    nationalNorm: v.nationalNorm ?? '',
    subjects: (v.subjects ?? []).filter((s) => s.name?.trim()),
    dataCategories: (v.dataCategories ?? [])
      .filter((d) => d.name?.trim())
      .map((d) => ({ name: d.name, special: d.special ?? 'none' })),
    recipients: (v.recipients ?? [])
      .filter((r) => r.name?.trim())
      .map((r) => ({ name: r.name, type: r.type ?? 'external', country: r.country ?? '' })),
    transfers: (v.transfers ?? []).map((t) => ({
      country: t.country ?? '',
      recipient: t.recipient ?? '',
      safeguard: t.safeguard ?? 'none',
      safeguardNote: t.safeguardNote ?? '',
    })),
    retention: v.retention ?? '',
    toms: v.toms ?? '',
    tomsReference: v.tomsReference ?? '',
    dpiaStatus: v.dpiaStatus ?? 'open',
    nextReview: v.nextReview || null,
  };
}
