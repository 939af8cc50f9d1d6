import path from 'node:path';
import { AppError, type PassphraseResult, type SetPassphraseInput } from '../../../core/api';
import { datedCopyName, type Workspace } from '../../../db/connection';
import {
  deleteSecurely,
  newKey,
  recoveryKeyOf,
  rekey,
  secretMatches,
  type WorkspaceKey,
} from '../../../db/encryption';
import { recordAudit } from '../../../db/repos/audit.repo';
import type { HandlerContext } from '../context';
import { inTransaction } from '../support';

const refuse = (code: 'PASSPHRASE_REQUIRED' | 'WRONG_PASSPHRASE') =>
  new AppError(code, {}, [
    {
      path: 'current',
      key: code === 'PASSPHRASE_REQUIRED' ? 'passphraseRequired' : 'wrongPassphrase',
      message: '',
    },
  ]);

/** Whoever changes or removes a passphrase must know the one the file has now. */
function checkCurrent(workspace: Workspace, current: string | undefined): void {
  if (!workspace.key) return;
  if (current === undefined) throw refuse('PASSPHRASE_REQUIRED');
  if (!secretMatches(workspace.path, current, workspace.key)) throw refuse('WRONG_PASSPHRASE');
}

/**
 * Encrypts a plain file in place. A plain copy is made first, so a failed rekey loses
 * nothing; once the encrypted file is verified the copy is overwritten and removed, since
 * a readable copy beside an encrypted file would defeat the encryption.
 */
async function encryptPlain(ctx: HandlerContext, workspace: Workspace, key: WorkspaceKey) {
  const copy = datedCopyName(workspace.path, ctx.now()).replace(
    '.before-migration-',
    '.before-encryption-',
  );
  await workspace.sqlite.backup(copy);
  try {
    rekey(workspace.sqlite, key);
    workspace.sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  } catch {
    // The copy stays: it is the user's data as it was before the attempt.
    throw new AppError('WORKSPACE_ERROR', { path: copy });
  }
  deleteSecurely(copy);
}

type Change = 'set' | 'changed' | 'removed';

/** The audit entry says what happened to the passphrase, never the passphrase itself. */
function audit(ctx: HandlerContext, change: Change) {
  return inTransaction(ctx, (trx, stamp) =>
    recordAudit(trx, {
      ...stamp,
      clientId: null,
      entity: 'workspace',
      entityId: 1,
      action: 'update',
      before: { passphrase: change === 'set' ? 'none' : 'set' },
      after: { passphrase: change === 'removed' ? 'none' : change },
      label: path.basename(ctx.workspace().path),
    }),
  );
}

export async function setPassphrase(
  input: SetPassphraseInput,
  ctx: HandlerContext,
): Promise<PassphraseResult> {
  const workspace = ctx.workspace();
  checkCurrent(workspace, input.current);
  const before = workspace.key;
  if (!before && input.passphrase !== null && path.resolve(workspace.path) === ctx.startupPath) {
    throw new AppError('NOT_ALLOWED', {}, [
      { path: 'passphrase', key: 'startupWorkspace', message: '' },
    ]);
  }
  const next = input.passphrase === null ? null : newKey(input.passphrase);
  if (!before && !next) return { encrypted: false, recoveryKey: null };
  if (!before && next) await encryptPlain(ctx, workspace, next);
  else rekey(workspace.sqlite, next);
  workspace.key = next;
  try {
    await audit(ctx, !before ? 'set' : next ? 'changed' : 'removed');
  } catch (error) {
    // Without its audit entry the change does not stand.
    rekey(workspace.sqlite, before);
    workspace.key = before;
    throw error;
  }
  return { encrypted: next !== null, recoveryKey: next ? recoveryKeyOf(next) : null };
}
