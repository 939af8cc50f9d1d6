import type { Activity, ActivityValues, CatalogueKind, Client } from '../../../core/api';
import { checkCompleteness } from '../../../core/rules/completeness';
import { remainingUnconfirmed } from '../../../core/rules/template-content';
import {
  findStoredActivity,
  insertActivity,
  setActivityCategories,
  updateActivityRow,
  type StoredActivity,
  type TemplateOrigin,
} from '../../../db/repos/activities.repo';
import { recordSave, type WritableDb } from '../../../db/repos/audit.repo';
import { upsertCatalogueEntry, type CatalogueRef } from '../../../db/repos/catalogues.repo';
import { findClient } from '../../../db/repos/clients.repo';
import { found, type Stamp } from '../support';

export const withCompleteness = (a: StoredActivity, client: Client): Activity => ({
  ...a,
  completeness: checkCompleteness(a, client),
});

/** What the audit log keeps of an activity: names instead of catalogue ids. */
export const auditSnapshot = (a: StoredActivity) => {
  // Linked deletion rules and processors are audited where their links change.
  const {
    id: _id,
    clientId: _clientId,
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

/**
 * Catalogue entries already resolved in this transaction, by kind and name: an import of
 * hundreds of activities names the same few categories again and again, and each is looked
 * up, written and audited once.
 */
export type ResolvedCatalogue = Map<string, number>;

async function resolveCatalogue(
  trx: WritableDb,
  clientId: number,
  kind: CatalogueKind,
  refs: CatalogueRef[],
  stamp: Stamp,
  resolved?: ResolvedCatalogue,
): Promise<number[]> {
  const ids: number[] = [];
  for (const ref of refs) {
    const key = `${kind}|${ref.name.toLocaleLowerCase('de')}`;
    const known = resolved?.get(key);
    if (known !== undefined) {
      ids.push(known);
      continue;
    }
    const { id, before, after } = await upsertCatalogueEntry(trx, clientId, kind, ref);
    resolved?.set(key, id);
    await recordSave(trx, {
      ...stamp,
      clientId,
      entity: 'catalogue',
      entityId: id,
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
  clientId: number,
  values: ActivityValues,
  stamp: Stamp,
  activityId?: number,
  origin?: TemplateOrigin,
  resolved?: ResolvedCatalogue,
): Promise<Activity> {
  const client = found(await findClient(trx, clientId), 'client');
  const { subjects, dataCategories, recipients, ...scalars } = values;
  const before =
    activityId === undefined ? null : found(await findStoredActivity(trx, activityId), 'activity');
  const id = activityId ?? (await insertActivity(trx, clientId, scalars, stamp.at, origin));
  if (before) {
    const unconfirmed = remainingUnconfirmed(before.unconfirmed, before, values);
    await updateActivityRow(trx, id, scalars, unconfirmed, stamp.at);
  }
  const entryIds = [
    ...(await resolveCatalogue(trx, clientId, 'subject', subjects, stamp, resolved)),
    ...(await resolveCatalogue(trx, clientId, 'data', dataCategories, stamp, resolved)),
    ...(await resolveCatalogue(trx, clientId, 'recipient', recipients, stamp, resolved)),
  ];
  await setActivityCategories(trx, id, entryIds);
  const after = found(await findStoredActivity(trx, id), 'activity');
  await recordSave(trx, {
    ...stamp,
    clientId,
    entity: 'activity',
    entityId: id,
    before: before && auditSnapshot(before),
    after: auditSnapshot(after),
    label: after.name,
  });
  return withCompleteness(after, client);
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
