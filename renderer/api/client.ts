import type {
  ApiErrorBody,
  Envelope,
  ErrorCode,
  FieldIssue,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../core/api';

/** An error answered by the API: a stable code, a translated message, field issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues ?? [];
  }
}

interface DesktopBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
}
declare global {
  interface Window {
    /** Set by electron/preload.ts; absent in browser mode. */
    privacyDesk?: DesktopBridge;
  }
}

const TOKEN_KEY = 'privacy-desk-token';

/** Browser mode: the token comes once in the URL, then lives in sessionStorage only. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

type Transport = (method: string, input: unknown) => Promise<Envelope<unknown>>;

function httpTransport(): Transport {
  const token = browserToken();
  return async (method, input) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Envelope<unknown>;
  };
}

const transport: Transport = window.privacyDesk
  ? (method, input) => window.privacyDesk!.invoke(method, input)
  : httpTransport();

export const isDesktop = Boolean(window.privacyDesk);

/** The typed API client: one call per contract method, same for IPC and HTTP. */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const envelope = await transport(method, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value as MethodOutput<M>;
}

export const api = { call };
