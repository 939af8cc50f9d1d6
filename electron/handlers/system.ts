import { AppError, type AttentionItem, type WorkspaceInfo } from '../../core/api';
import { listTemplates } from '../../core/templates';
import { backupWorkspace, schemaVersion } from '../../db/connection';
import { listStoredActivities } from '../../db/repos/activities.repo';
import { listAudit } from '../../db/repos/audit.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import { withCompleteness } from './activity-store';
import type { HandlerContext, Handlers } from './context';
import { addDays, found, localDate } from './support';

type SystemHandlers = Pick<
  Handlers,
  | 'workspace.info'
  | 'workspace.create'
  | 'workspace.open'
  | 'workspace.saveCopy'
  | 'workspace.showInFolder'
  | 'preferences.get'
  | 'preferences.set'
  | 'audit.list'
  | 'home.attention'
  | 'templates.list'
  | 'desktop.saveFile'
>;

/** How far ahead a review date is shown as coming up. */
const REVIEW_SOON_DAYS = 30;

async function info(ctx: HandlerContext): Promise<WorkspaceInfo> {
  const workspace = ctx.workspace();
  return {
    path: workspace.path,
    recent: ctx.settings.recent,
    mode: ctx.mode,
    version: ctx.version,
    schemaVersion: await schemaVersion(workspace),
  };
}

function desktop(ctx: HandlerContext) {
  if (!ctx.platform) throw new AppError('NOT_SUPPORTED');
  return ctx.platform;
}

export const systemHandlers: SystemHandlers = {
  'workspace.info': (_input, ctx) => info(ctx),
  'workspace.create': async ({ path }, ctx) => {
    await ctx.switchWorkspace(path, true);
    return info(ctx);
  },
  'workspace.open': async ({ path }, ctx) => {
    await ctx.switchWorkspace(path, false);
    return info(ctx);
  },
  'workspace.saveCopy': async ({ path }, ctx) => {
    try {
      await backupWorkspace(ctx.workspace(), path);
    } catch {
      throw new AppError('WORKSPACE_ERROR', { path });
    }
    return { path };
  },
  'workspace.showInFolder': async (_input, ctx) => {
    desktop(ctx).showInFolder(ctx.workspace().path);
    return { ok: true as const };
  },

  'preferences.get': async (_input, ctx) => ctx.settings.preferences,
  'preferences.set': async (input, ctx) => ctx.settings.setPreferences(input),

  'audit.list': (input, ctx) => listAudit(ctx.workspace().db, input),

  'home.attention': async ({ orgId }, ctx) => {
    const db = ctx.workspace().db;
    const org = found(await findOrganisation(db, orgId), 'organisation');
    const today = localDate(ctx.now());
    const soon = addDays(today, REVIEW_SOON_DAYS);
    const items: AttentionItem[] = [];
    for (const stored of await listStoredActivities(db, orgId)) {
      if (stored.status === 'archived') continue;
      const a = withCompleteness(stored, org);
      const base = { entity: 'activity' as const, entityId: a.id, title: a.name };
      if (!a.completeness.complete) {
        items.push({
          ...base,
          kind: 'activity_incomplete',
          date: null,
          details: a.completeness.missing,
        });
      }
      if (a.nextReview && a.nextReview <= today) {
        items.push({ ...base, kind: 'review_due', date: a.nextReview, details: [] });
      } else if (a.nextReview && a.nextReview <= soon) {
        items.push({ ...base, kind: 'review_soon', date: a.nextReview, details: [] });
      }
    }
    const rank = { review_due: 0, activity_incomplete: 1, review_soon: 2 } as const;
    return items.sort(
      (x, y) => rank[x.kind] - rank[y.kind] || x.title.localeCompare(y.title, 'de'),
    );
  },

  'templates.list': async ({ language }) => listTemplates(language),

  'desktop.saveFile': ({ filename, base64 }, ctx) =>
    desktop(ctx).saveFile(filename, Buffer.from(base64, 'base64')),
};
