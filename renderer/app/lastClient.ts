// The last opened client, so restarting the app (or pressing "back to start") returns
// the DPO to the client they were working on. Only a hint: '/' checks it still exists.
const KEY = 'privacy-desk-last-client';

export function rememberClient(id: number): void {
  try {
    localStorage.setItem(KEY, String(id));
  } catch {
    // Storage may be unavailable (private mode); the hint is optional.
  }
}

export function lastClientId(): number | null {
  try {
    const value = Number(localStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}
