import { activityInput, AppError, type Activity, type ActivitySummary } from '../../../core/api';
import { filledTemplateFields } from '../../../core/rules/template-content';
import { templateToActivityInput } from '../../../core/catalogues/activity-templates';
import { todayInBerlin } from '../../../core/rules/calendar';
import {
  deleteActivity,
  findStoredActivity,
  listStoredActivities,
  setActivityStatus,
  setUnconfirmed,
} from '../../../db/repos/activities.repo';
import { copyActivityLinks } from '../../../db/repos/activity-links.repo';
import { deleteAttachmentsOf } from '../../../db/repos/attachments.repo';
import { recordAudit } from '../../../db/repos/audit.repo';
import { findClient } from '../../../db/repos/clients.repo';
import { auditSnapshot, saveActivity, toValues, withCompleteness } from './store';
import type { Handlers, HandlerContext } from '../context';
import { forgetFiles } from '../redaction';
import { found, inTransaction } from '../support';

type ActivityHandlers = Pick<
  Handlers,
  | 'activities.list'
  | 'activities.get'
  | 'activities.create'
  | 'activities.update'
  | 'activities.duplicate'
  | 'activities.archive'
  | 'activities.delete'
  | 'activities.fromTemplate'
  | 'activities.confirmTemplate'
>;

const fold = (s: string) =>
  s
    .toLocaleLowerCase('de')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');

/** Every text a user may search for: name, number, purposes, department and category names. */
const haystack = (
  a: Pick<Activity, 'number' | 'name' | 'purposes' | 'department'> &
    Record<'subjects' | 'dataCategories' | 'recipients', readonly { name: string }[]>,
) =>
  fold(
    [
      a.number,
      a.name,
      a.purposes,
      a.department,
      ...a.subjects.map((s) => s.name),
      ...a.dataCategories.map((d) => d.name),
      ...a.recipients.map((r) => r.name),
    ].join('\n'),
  );

/** Register numbers and names as a German reader sorts them ("VT-2" before "VT-10"). */
const germanOrder = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

const summary = (a: Activity): ActivitySummary => ({
  id: a.id,
  number: a.number,
  name: a.name,
  department: a.department,
  status: a.status,
  nextReview: a.nextReview,
  updatedAt: a.updatedAt,
  completeness: a.completeness,
});

function matchesCompleteness(
  a: Activity,
  filter: 'all' | 'complete' | 'incomplete' | 'unconfirmed',
) {
  switch (filter) {
    case 'all':
      return true;
    case 'complete':
      return a.completeness.complete;
    case 'incomplete':
      return a.completeness.missing.length > 0;
    case 'unconfirmed':
      return a.completeness.unconfirmed.length > 0;
  }
}

async function loadActivity(ctx: HandlerContext, id: number): Promise<Activity> {
  const db = ctx.workspace().db;
  const stored = found(await findStoredActivity(db, id), 'activity');
  return withCompleteness(stored, found(await findClient(db, stored.clientId), 'client'));
}

export const activityHandlers: ActivityHandlers = {
  'activities.list': async (input, ctx) => {
    const db = ctx.workspace().db;
    const client = found(await findClient(db, input.clientId), 'client');
    const today = todayInBerlin(ctx.now());
    const needle = fold(input.search);
    // The cheap filters first: the Art. 30 check runs only for the rows they leave.
    const rows = (await listStoredActivities(db, input.clientId))
      .filter((a) =>
        input.status === 'all'
          ? true
          : input.status === 'current'
            ? a.status !== 'archived'
            : a.status === input.status,
      )
      .filter((a) => !input.reviewDue || (a.nextReview !== null && a.nextReview <= today))
      .filter((a) => needle === '' || haystack(a).includes(needle))
      .map((a) => withCompleteness(a, client))
      .filter((a) => matchesCompleteness(a, input.completeness));
    const key = input.sort;
    rows.sort((x, y) => {
      const a = x[key] ?? '\uffff';
      const b = y[key] ?? '\uffff';
      return germanOrder.compare(a, b) || germanOrder.compare(x.name, y.name);
    });
    if (input.direction === 'desc') rows.reverse();
    return rows.map(summary);
  },

  'activities.get': ({ id }, ctx) => loadActivity(ctx, id),

  'activities.create': ({ clientId, activity }, ctx) =>
    inTransaction(ctx, (trx, stamp) => saveActivity(trx, clientId, activity, stamp)),

  'activities.update': ({ id, activity }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const existing = found(await findStoredActivity(trx, id), 'activity');
      return saveActivity(trx, existing.clientId, activity, stamp, id);
    }),

  'activities.duplicate': async ({ id }, ctx) => {
    const copyId = await inTransaction(ctx, async (trx, stamp) => {
      const source = found(await findStoredActivity(trx, id), 'activity');
      const suffix = ctx.language() === 'de' ? ' (Kopie)' : ' (copy)';
      const values = {
        ...toValues(source),
        name: `${source.name}${suffix}`.slice(0, 200),
        status: 'draft' as const,
      };
      // A copy of unconfirmed template content is still unconfirmed template content.
      const copy = await saveActivity(trx, source.clientId, values, stamp, undefined, {
        templateKey: source.templateKey,
        unconfirmed: source.unconfirmed,
      });
      const copied = await copyActivityLinks(trx, source.id, copy.id);
      if (copied.processors + copied.rules > 0) {
        await recordAudit(trx, {
          ...stamp,
          clientId: source.clientId,
          entity: 'activity',
          entityId: copy.id,
          action: 'update',
          before: { processorLinks: 0, retentionRuleLinks: 0 },
          after: { processorLinks: copied.processors, retentionRuleLinks: copied.rules },
          label: copy.name,
        });
      }
      return copy.id;
    });
    return loadActivity(ctx, copyId);
  },

  'activities.archive': async ({ id }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredActivity(trx, id), 'activity');
      await setActivityStatus(trx, id, 'archived', stamp.at);
      await recordAudit(trx, {
        ...stamp,
        clientId: before.clientId,
        entity: 'activity',
        entityId: id,
        action: 'update',
        before: { status: before.status },
        after: { status: 'archived' },
        label: before.name,
      });
    });
    return loadActivity(ctx, id);
  },

  'activities.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredActivity(trx, id), 'activity');
      // The files of its DPIA record go with it (the DPIA row itself by CASCADE).
      const fileIds = await deleteAttachmentsOf(trx, 'dpia', id);
      await deleteActivity(trx, id);
      await forgetFiles(trx, stamp, before.clientId, fileIds);
      await recordAudit(trx, {
        ...stamp,
        clientId: before.clientId,
        entity: 'activity',
        entityId: id,
        action: 'delete',
        before: auditSnapshot(before),
        after: null,
        label: before.name,
      });
      return { ok: true as const };
    }),

  'activities.fromTemplate': ({ clientId, key, language }, ctx) => {
    const template = templateToActivityInput(key, language);
    if (!template) throw new AppError('NOT_FOUND', { what: 'template' });
    const values = activityInput.parse(template);
    const origin = { templateKey: key, unconfirmed: filledTemplateFields(values) };
    return inTransaction(ctx, (trx, stamp) =>
      saveActivity(trx, clientId, values, stamp, undefined, origin),
    );
  },

  'activities.confirmTemplate': async ({ id, fields }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredActivity(trx, id), 'activity');
      const unconfirmed = before.unconfirmed.filter((field) => !fields.includes(field));
      // Confirming what is already confirmed changes nothing and leaves no audit entry.
      if (unconfirmed.length === before.unconfirmed.length) return;
      await setUnconfirmed(trx, id, unconfirmed, stamp.at);
      await recordAudit(trx, {
        ...stamp,
        clientId: before.clientId,
        entity: 'activity',
        entityId: id,
        action: 'update',
        before: { unconfirmed: before.unconfirmed },
        after: { unconfirmed },
        label: before.name,
      });
    });
    return loadActivity(ctx, id);
  },
};
