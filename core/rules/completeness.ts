import type {
  ActivityProcessor,
  Completeness,
  CompletenessItem,
  DataSpecial,
  RecipientType,
  RecommendationItem,
  Safeguard,
  TemplateField,
} from '../api';
import { transferIssues } from './transfers';

/** The parts of an activity the check reads; form values and stored activities both fit. */
export interface CompletenessInput {
  purposes: string;
  legalBases: string[];
  nationalNorm: string;
  subjects: { name: string }[];
  dataCategories: { name: string; special: DataSpecial }[];
  /** The country of a third-country recipient is checked too (lit. e). */
  recipients: { name: string; type: RecipientType; country?: string }[];
  transfers: { country: string; recipient?: string; safeguard: Safeguard; safeguardNote: string }[];
  /** Linked processors: their transfers and onward transfers are the activity's own. */
  processors?: readonly ActivityProcessor[];
  retention: string;
  /** Linked deletion rules document the erasure periods as well as the text. */
  retentionRules?: readonly unknown[];
  toms: string;
  tomsReference: string;
  dpiaStatus: string;
  nextReview: string | null;
  /** Template content the user has not confirmed; it keeps the record from being complete. */
  unconfirmed?: readonly TemplateField[];
}

/** Art. 30(1)(a): the controller's name and at least one way to reach it. */
export interface ControllerDetails {
  name: string;
  street: string;
  city: string;
  email: string;
  phone: string;
}

const filled = (s: string | null | undefined) => Boolean(s && s.trim());

export function controllerComplete(client: ControllerDetails): boolean {
  return (
    filled(client.name) &&
    ((filled(client.street) && filled(client.city)) || filled(client.email) || filled(client.phone))
  );
}

/**
 * Which Art. 30(1) items an activity lacks. (f) erasure periods and (g) TOMs are owed
 * "where possible", which for a small firm is always, so they count as missing. The legal
 * basis is not an Art. 30 duty (docs/domain.md 1), so it is only recommended. Unconfirmed
 * template content (e.g. a placeholder transfer "Microsoft 365 / USA") is flagged too: the
 * register would state it as fact.
 */
export function checkCompleteness(a: CompletenessInput, client: ControllerDetails): Completeness {
  const missing: CompletenessItem[] = [];
  if (!controllerComplete(client)) missing.push('controller');
  if (!filled(a.purposes)) missing.push('purposes');
  if (a.subjects.length === 0) missing.push('subjects');
  if (a.dataCategories.length === 0) missing.push('dataCategories');
  if (a.recipients.length === 0) missing.push('recipients');
  const issues = transferIssues(a);
  if (issues.length > 0) missing.push('transfers');
  if (!filled(a.retention) && !a.retentionRules?.length) missing.push('retention');
  if (!filled(a.toms) && !filled(a.tomsReference)) missing.push('toms');

  const recommended: RecommendationItem[] = [];
  if (a.legalBases.length === 0 && !filled(a.nationalNorm)) recommended.push('legalBasis');
  const hasArt9Data = a.dataCategories.some((d) => d.special === 'art9');
  if (hasArt9Data && !a.legalBases.some((b) => b.startsWith('art9_2_')))
    recommended.push('art9Basis');
  if (a.dpiaStatus === 'open') recommended.push('dpia');
  if (!a.nextReview) recommended.push('nextReview');

  const unconfirmed = [...(a.unconfirmed ?? [])];
  return {
    complete: missing.length === 0 && unconfirmed.length === 0,
    missing,
    recommended,
    unconfirmed,
    transferIssues: issues,
  };
}
