/** The one IPC channel between renderer and main; shared by preload.ts and ipc.ts. */
export const API_CHANNEL = 'privacy-desk:invoke';
