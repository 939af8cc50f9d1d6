import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ErrorCode, type ValidationKey } from '../../../core/api';
import type { HandlerContext } from '../context';

// Paths for workspace files. In the desktop app they come from native dialogs; in browser
// mode the user types them, so each is checked here with a message next to the field:
// absolute, in an existing folder (nothing is created silently), never the open file.

const refuse = (code: ErrorCode, key: ValidationKey) =>
  new AppError(code, {}, [{ path: 'path', key, message: '' }]);

function absolute(raw: string): string {
  if (!path.isAbsolute(raw)) throw refuse('VALIDATION_FAILED', 'pathNotAbsolute');
  return path.resolve(raw);
}

const sameFile = (a: string, b: string) => {
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
};

/** The open workspace and the files SQLite keeps beside it. */
function isOpenWorkspace(ctx: HandlerContext, target: string): boolean {
  const open = ctx.workspace().path;
  const family = [open, `${open}-wal`, `${open}-shm`, `${open}-journal`];
  return family.some((f) => path.resolve(f) === target || sameFile(f, target));
}

/** A file to be written: absolute, its folder exists, and nothing is there yet. */
export function newFilePath(ctx: HandlerContext, raw: string): string {
  const target = absolute(raw);
  if (isOpenWorkspace(ctx, target)) throw refuse('VALIDATION_FAILED', 'pathIsWorkspace');
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw refuse('VALIDATION_FAILED', 'folderMissing');
  }
  if (fs.existsSync(target)) {
    if (fs.statSync(target).isDirectory()) throw refuse('VALIDATION_FAILED', 'pathIsFolder');
    throw new AppError('FILE_EXISTS', { path: target }, [
      { path: 'path', key: 'fileExists', message: '' },
    ]);
  }
  return target;
}

/** A file to be opened: absolute (whether it exists, the opening says). */
export const existingFilePath = (raw: string): string => absolute(raw);
