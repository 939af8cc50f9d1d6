import type { Language, MethodName, MethodOutput, MethodParsedInput } from '../../core/api';
import type { Workspace } from '../../db/connection';
import type { SettingsStore } from '../settings-store';

/** What only the desktop shell can do; browser mode leaves it out (NOT_SUPPORTED). */
export interface DesktopPlatform {
  saveFile(filename: string, data: Buffer): Promise<{ saved: boolean; path: string }>;
  showInFolder(file: string): void;
}

export interface HandlerContext {
  readonly mode: 'desktop' | 'browser';
  readonly version: string;
  readonly settings: SettingsStore;
  readonly platform: DesktopPlatform | null;
  /**
   * The file opened at start, without a passphrase: it stays unencrypted, or the next start
   * could not open it.
   */
  readonly startupPath: string;
  /** The open workspace; replaced by workspace.open / workspace.create. */
  workspace(): Workspace;
  /**
   * `convert`: the user agreed to turn an SQLite file that is not a workspace into one.
   * `passphrase`: encrypts a new file, or opens an encrypted one.
   */
  switchWorkspace(
    file: string,
    how: { create: boolean; convert?: boolean; passphrase?: string },
  ): Promise<Workspace>;
  now(): Date;
  /** The user name in Settings: written into every audit entry. */
  actor(): string;
  /**
   * The operating-system account the app runs under. Unlike the name in Settings the user
   * cannot rename it in the app, so the four-eyes review tells people apart by it.
   */
  account(): string;
  language(): Language;
}

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  ctx: HandlerContext,
) => Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };
