import type { Activity, ActivityValues, CatalogueKind, Organisation } from '../../core/api';
import { checkCompleteness } from '../../core/rules/completeness';
import { remainingUnconfirmed } from '../../core/rules/template-content';
import {
  findStoredActivity,
  insertActivity,
  setActivityCategories,
  updateActivityRow,
  type StoredActivity,
  type TemplateOrigin,
} from '../../db/repos/activities.repo';
import { recordAudit, type WritableDb } from '../../db/repos/audit.repo';
import { upsertCatalogueEntry, type CatalogueRef } from '../../db/repos/catalogues.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import { found, type Stamp } from './support';

export const withCompleteness = (a: StoredActivity, org: Organisation): Activity => ({
  ...a,
  completeness: checkCompleteness(a, org),
});

/** What the audit log keeps of an activity: names instead of catalogue ids. */
export const auditSnapshot = (a: StoredActivity) => {
  // Linked deletion rules and processors are audited where their links change.
  const {
    id: _id,
    orgId: _orgId,
    createdAt: _c,
    updatedAt: _u,
    retentionRules: _r,
    processors: _p,
    ...rest
  } = a;
  return {
    ...rest,
    subjects: a.subjects.map((s) => s.name),
    // Codes stay codes: the history translates them in the reader's language.
    dataCategories: a.dataCategories.map((d) =>
      d.special === 'none' ? { name: d.name } : { name: d.name, special: d.special },
    ),
    recipients: a.recipients.map((r) => ({ name: r.name, type: r.type, country: r.country })),
  };
};

async function resolveCatalogue(
  trx: WritableDb,
  orgId: number,
  kind: CatalogueKind,
  refs: CatalogueRef[],
  stamp: Stamp,
): Promise<number[]> {
  const ids: number[] = [];
  for (const ref of refs) {
    const { id, before, after } = await upsertCatalogueEntry(trx, orgId, kind, ref);
    await recordAudit(trx, {
      ...stamp,
      orgId,
      entity: 'catalogue',
      entityId: id,
      action: before ? 'update' : 'create',
      before,
      after,
      label: after.name,
    });
    ids.push(id);
  }
  return ids;
}

/**
 * Creates (activityId undefined) or replaces an activity with its catalogue links and audit
 * entries, inside the caller's transaction. A new activity may come from a template
 * (`origin`); on a replace, every template field the edit changed counts as confirmed.
 */
export async function saveActivity(
  trx: WritableDb,
  orgId: number,
  values: ActivityValues,
  stamp: Stamp,
  activityId?: number,
  origin?: TemplateOrigin,
): Promise<Activity> {
  const org = found(await findOrganisation(trx, orgId), 'organisation');
  const { subjects, dataCategories, recipients, ...scalars } = values;
  const before =
    activityId === undefined ? null : found(await findStoredActivity(trx, activityId), 'activity');
  const id = activityId ?? (await insertActivity(trx, orgId, scalars, stamp.at, origin));
  if (before) {
    const unconfirmed = remainingUnconfirmed(before.unconfirmed, before, values);
    await updateActivityRow(trx, id, scalars, unconfirmed, stamp.at);
  }
  const entryIds = [
    ...(await resolveCatalogue(trx, orgId, 'subject', subjects, stamp)),
    ...(await resolveCatalogue(trx, orgId, 'data', dataCategories, stamp)),
    ...(await resolveCatalogue(trx, orgId, 'recipient', recipients, stamp)),
  ];
  await setActivityCategories(trx, id, entryIds);
  const after = found(await findStoredActivity(trx, id), 'activity');
  await recordAudit(trx, {
    ...stamp,
    orgId,
    entity: 'activity',
    entityId: id,
    action: before ? 'update' : 'create',
    before: before && auditSnapshot(before),
    after: auditSnapshot(after),
    label: after.name,
  });
  return withCompleteness(after, org);
}

/** The form values of a stored activity, e.g. to duplicate it. */
export const toValues = ({
  processors: _p,
  retentionRules: _r,
  ...a
}: StoredActivity): ActivityValues => ({
  ...a,
  subjects: a.subjects.map(({ name }) => ({ name })),
  dataCategories: a.dataCategories.map(({ name, special }) => ({ name, special })),
  recipients: a.recipients.map(({ name, type, country }) => ({ name, type, country })),
});
