import type { z } from 'zod';
import type {
  ActivityStatus,
  DataSpecial,
  dpiaStatus,
  Land,
  Language,
  RecipientType,
  Safeguard,
} from '../api';
import { registerLabelsDe } from './register-labels-de';
import { registerLabelsEn } from './register-labels-en';
import type { LegalBasisCode, LegalBasisLabel } from './legal-bases';

export type { LegalBasisCode } from './legal-bases';

// Texts of the Art. 30 register in German and English. Plain objects keyed by language so
// the document builders (core/documents) and the renderer show the same wording.

export type DpiaStatus = z.infer<typeof dpiaStatus>;

/** Fields of one processing activity as they appear in the exports. */
export type ActivityField =
  | 'number'
  | 'name'
  | 'status'
  | 'purposes'
  | 'legalBases'
  | 'nationalNorm'
  | 'jointControllers'
  | 'subjects'
  | 'dataCategories'
  | 'recipients'
  | 'recipientsInternal'
  | 'recipientsExternal'
  | 'recipientsThirdCountry'
  | 'transfers'
  | 'retention'
  | 'toms'
  | 'tomsReference'
  | 'department'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'
  | 'itSystems'
  | 'dataSource'
  | 'dpiaStatus'
  | 'dpiaReason'
  | 'nextReview'
  | 'createdAt'
  | 'updatedAt';

/** The controller's details (Art. 30(1)(a)) as they appear in the exports. */
export type ClientField =
  | 'controller'
  | 'name'
  | 'address'
  | 'email'
  | 'phone'
  | 'website'
  | 'legalRepresentative'
  | 'euRepresentative'
  | 'dpo'
  | 'dpoName'
  | 'dpoEmail'
  | 'dpoPhone'
  | 'dpoAddress'
  | 'land';

/** Free-standing strings of the register documents. */
export interface RegisterDocumentTexts {
  title: string;
  subtitle: string;
  exportDate: string;
  activityCount: string;
  contents: string;
  noActivities: string;
  legalNote: string;
  generatedBy: string;
  page: string;
  pageOf: string;
  empty: string;
  noTransfers: string;
  transferRecipient: string;
  transferSafeguard: string;
  transferDocumentation: string;
  /** How a transfer through a linked processor names its recipient. */
  transferProcessor: string;
  /** "{processor}" is the processor that engages the sub-processor (onward transfer). */
  transferSubProcessor: string;
  transferTia: string;
  country: string;
  reference: string;
  reason: string;
  filenameStem: string;
  /** Short marker after a special data category, e.g. "Gesundheitsdaten (Art. 9)". */
  specialMarks: Record<Exclude<DataSpecial, 'none'>, string>;
}

export interface RegisterLabels {
  /** Plain field names, e.g. "Zwecke der Verarbeitung". */
  fields: Record<ActivityField, string>;
  /** The legal reference shown after a field name, e.g. "Art. 30 Abs. 1 lit. b DSGVO". */
  fieldRefs: Partial<Record<ActivityField, string>>;
  client: Record<ClientField, string>;
  clientRefs: Partial<Record<ClientField, string>>;
  /** Norm and meaning of each legal basis, e.g. "Art. 6 Abs. 1 lit. a DSGVO" + "Einwilligung". */
  legalBases: Record<LegalBasisCode, LegalBasisLabel>;
  statuses: Record<ActivityStatus, string>;
  dpiaStatuses: Record<DpiaStatus, string>;
  safeguards: Record<Safeguard, string>;
  recipientTypes: Record<RecipientType, string>;
  dataSpecial: Record<DataSpecial, string>;
  laender: Record<Land, string>;
  document: RegisterDocumentTexts;
}

export const registerLabels: Record<Language, RegisterLabels> = {
  de: registerLabelsDe,
  en: registerLabelsEn,
};

/** "Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b DSGVO)"; a field without a norm stays plain. */
export function fieldHeading(labels: RegisterLabels, field: ActivityField): string {
  const ref = labels.fieldRefs[field];
  return ref ? `${labels.fields[field]} (${ref})` : labels.fields[field];
}

export function clientHeading(labels: RegisterLabels, field: ClientField): string {
  const ref = labels.clientRefs[field];
  return ref ? `${labels.client[field]} (${ref})` : labels.client[field];
}
