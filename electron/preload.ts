import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from './channel';

// Runs in a sandboxed renderer: bundled to CommonJS and importing nothing but 'electron'.
// The page gets exactly one function; main validates the method and its input.
contextBridge.exposeInMainWorld('privacyDesk', {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(API_CHANNEL, method, input),
});
