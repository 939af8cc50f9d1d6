import {
  AppError,
  attachmentOwnerType,
  type AuditEntry,
  type WorkspaceInfo,
} from '../../../core/api';
import { listTemplates, templateHints } from '../../../core/catalogues/activity-templates';
import { backupWorkspace, schemaVersion } from '../../../db/connection';
import { listAudit, type Db } from '../../../db/repos/audit.repo';
import { verifyAuditChain } from '../../../db/repos/audit-verify.repo';
import { attachmentEntriesOf } from '../../../db/repos/history.repo';
import type { HandlerContext, Handlers } from '../context';
import { setPassphrase } from './passphrase';
import { existingFilePath, newFilePath } from './workspace-paths';
import { recoveryKeyOf } from '../../../db/encryption';

type SystemHandlers = Pick<
  Handlers,
  | 'workspace.info'
  | 'workspace.create'
  | 'workspace.open'
  | 'workspace.saveCopy'
  | 'workspace.showInFolder'
  | 'workspace.setPassphrase'
  | 'preferences.get'
  | 'preferences.set'
  | 'audit.list'
  | 'audit.verify'
  | 'activityTemplates.list'
  | 'activityTemplates.hints'
  | 'desktop.saveFile'
>;

async function info(ctx: HandlerContext): Promise<WorkspaceInfo> {
  const workspace = ctx.workspace();
  return {
    path: workspace.path,
    recent: ctx.settings.recent,
    mode: ctx.mode,
    version: ctx.version,
    schemaVersion: await schemaVersion(workspace),
    encrypted: workspace.key !== null,
    opensAtStart: workspace.path === ctx.startupPath,
  };
}

/** A record's history, with the entries of the files added to it or removed from it. */
async function history(
  db: Db,
  input: { clientId?: number; entity?: AuditEntry['entity']; entityId?: number; limit: number },
): Promise<AuditEntry[]> {
  const own = await listAudit(db, input);
  const owner = attachmentOwnerType.safeParse(input.entity);
  if (!owner.success || input.entityId === undefined) return own;
  const entries = await attachmentEntriesOf(db, owner.data, input.entityId);
  const wanted = new Set(entries.map((e) => e.entryId));
  const files = await Promise.all(
    [...new Set(entries.map((e) => e.attachmentId))].map((id) =>
      listAudit(db, { entity: 'attachment', entityId: id, limit: input.limit }),
    ),
  );
  const mine = files.flat().filter((e) => wanted.has(e.id));
  return [...own, ...mine].sort((a, b) => b.id - a.id).slice(0, input.limit);
}

function desktop(ctx: HandlerContext) {
  if (!ctx.platform) throw new AppError('NOT_SUPPORTED');
  return ctx.platform;
}

export const systemHandlers: SystemHandlers = {
  'workspace.info': (_input, ctx) => info(ctx),
  'workspace.create': async ({ path, passphrase }, ctx) => {
    const created = await ctx.switchWorkspace(newFilePath(ctx, path), { create: true, passphrase });
    return { ...(await info(ctx)), recoveryKey: created.key ? recoveryKeyOf(created.key) : null };
  },
  'workspace.open': async ({ path, convert, passphrase }, ctx) => {
    await ctx.switchWorkspace(existingFilePath(path), { create: false, convert, passphrase });
    return info(ctx);
  },
  'workspace.setPassphrase': (input, ctx) => setPassphrase(input, ctx),
  'workspace.saveCopy': async ({ path: raw }, ctx) => {
    const target = newFilePath(ctx, raw);
    try {
      await backupWorkspace(ctx.workspace(), target);
    } catch (error) {
      // Someone else created the file between the check and the copy: still not overwritten.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new AppError('FILE_EXISTS', { path: target });
      }
      throw new AppError('WORKSPACE_ERROR', { path: target });
    }
    return { path: target };
  },
  'workspace.showInFolder': async (_input, ctx) => {
    desktop(ctx).showInFolder(ctx.workspace().path);
    return { ok: true as const };
  },

  'preferences.get': async (_input, ctx) => ctx.settings.preferences,
  'preferences.set': async (input, ctx) => ctx.settings.setPreferences(input),

  'audit.list': (input, ctx) => history(ctx.workspace().db, input),
  'audit.verify': (_input, ctx) => verifyAuditChain(ctx.workspace().db),

  'activityTemplates.list': async ({ language }) => listTemplates(language),
  'activityTemplates.hints': async ({ key, language }) => templateHints(key, language),

  'desktop.saveFile': ({ filename, base64 }, ctx) =>
    desktop(ctx).saveFile(filename, Buffer.from(base64, 'base64')),
};
