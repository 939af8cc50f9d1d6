import { ipcMain } from 'electron';
import { AppError, type Envelope } from '../core/api';
import { API_CHANNEL } from './channel';
import { dispatch, errorEnvelope } from './dispatch';
import type { HandlerContext, Handlers } from './handlers/context';
import { ipcRefusal } from './ipc-guard';
import { isTrustedSender } from './security';

export interface IpcOptions {
  handlers: Handlers;
  ctx: HandlerContext;
  appPageUrl: string;
  /** Lets the menu follow changes made from the page (language, recent files). */
  afterCall?: (method: string, envelope: Envelope<unknown>) => void;
}

/** The renderer's only way in: one channel, answered by the same dispatch as browser mode. */
export function registerIpc(options: IpcOptions): () => void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame, options.appPageUrl)) {
      return errorEnvelope(new AppError('FORBIDDEN'), options.ctx.language());
    }
    const name = typeof method === 'string' ? method : '';
    if (ipcRefusal(name, input, options.ctx)) {
      // The dialogs in main choose files; the page cannot name one.
      const issue = { path: 'path', key: 'useFileMenu', message: '' };
      return errorEnvelope(new AppError('FORBIDDEN', {}, [issue]), options.ctx.language());
    }
    const envelope = await dispatch(options.handlers, options.ctx, name, input);
    options.afterCall?.(name, envelope);
    return envelope;
  });
  return () => ipcMain.removeHandler(API_CHANNEL);
}
