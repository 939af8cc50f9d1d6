import type { AttentionItem, AuditEntity } from '../../../core/api';

type Kind = AttentionItem['kind'];

/**
 * How urgent each kind is: 0 = a deadline has passed, 1 = something is missing,
 * 2 = coming up. A Record over every kind, so a new kind in core/api fails to compile
 * here until it has been placed.
 */
export const urgency: Record<Kind, 0 | 1 | 2> = {
  breach_clock_passed: 0,
  breach_clock_running: 0,
  review_due: 0,
  avv_request_overdue: 0,
  avv_end_reached: 0,
  request_overdue: 0,
  deletion_run_overdue: 0,
  closed_requests_due: 0,
  register_empty: 1,
  activity_incomplete: 1,
  activity_unconfirmed: 1,
  activity_draft: 1,
  reply_to_review: 1,
  avv_missing: 1,
  dpia_needed: 1,
  avv_review_due: 1,
  review_soon: 2,
  request_due_soon: 2,
};

/** Where an item's record lives; routes of later modules follow the same /client/:id pattern. */
const entityPath: Record<AuditEntity, (id: number) => string> = {
  client: () => 'details',
  activity: (id) => `activities/${id}`,
  catalogue: () => 'catalogues',
  processor: (id) => `processors/${id}`,
  attachment: () => 'processors',
  avv_template: () => 'processors/templates',
  request: (id) => `requests/${id}`,
  retention_rule: (id) => `retention/${id}`,
  deletion_run: () => 'retention',
  retention_period: () => 'retention',
  breach: (id) => `breaches/${id}`,
  consent_text: (id) => `consent/texts/${id}`,
  consent_person: (id) => `consent/persons/${id}`,
  consent_import: () => 'consent',
  dpia: (id) => `activities/${id}`,
  // No attention item names the workspace file; its passphrase is kept in Settings.
  workspace: () => 'details',
};

export function itemPath(clientId: number, item: AttentionItem): string {
  // An empty register is fixed in the register, not in the client's details.
  if (item.kind === 'register_empty') return `/client/${clientId}/activities`;
  // Closed requests due for deletion are deleted from the deletion plan.
  if (item.kind === 'closed_requests_due') return `/client/${clientId}/retention`;
  return `/client/${clientId}/${entityPath[item.entity](item.entityId)}`;
}

export function sortByUrgency(items: readonly AttentionItem[]): AttentionItem[] {
  return [...items].sort((a, b) => urgency[a.kind] - urgency[b.kind]);
}
