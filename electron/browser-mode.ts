import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { errorMessages, type Envelope, type ErrorCode } from '../core/api';
import { dispatch } from './dispatch';
import type { AppContext } from './app-context';
import type { Handlers } from './handlers/context';
import { contentSecurityPolicy } from './security-policy';

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const statusOf: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  FILE_EXISTS: 409,
  IN_USE: 409,
  TOO_LARGE: 413,
  NOT_ALLOWED: 409,
  NOT_SUPPORTED: 501,
  INTERNAL: 500,
  WORKSPACE_ERROR: 500,
  NOT_A_WORKSPACE: 409,
  WORKSPACE_TOO_NEW: 409,
};
const mime: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const sameToken = (given: string, token: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // The token travels in the first URL; never leak it in a Referer.
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendEnvelope(res: http.ServerResponse, envelope: Envelope<unknown>) {
  const status = envelope.ok ? 200 : (statusOf[envelope.error.code] ?? 500);
  send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the same handler map as the desktop app, served on 127.0.0.1 only. Every API
 * call needs the per-launch token; Host and Origin must name this loopback address, which
 * shuts out DNS-rebinding pages and other origins on the same machine.
 */
export async function startBrowserServer(options: {
  ctx: AppContext;
  handlers: Handlers;
  port?: number;
  staticDir: string;
  token?: string;
}): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const { ctx, handlers } = options;
  const root = path.resolve(options.staticDir);
  let port = 0;

  const fail = (res: http.ServerResponse, code: ErrorCode) =>
    sendEnvelope(res, { ok: false, error: { code, message: errorMessages[ctx.language()][code] } });

  const server = http.createServer(async (req, res) => {
    try {
      const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      const origin = req.headers.origin;
      if (!allowedHosts.includes(req.headers.host ?? '')) return fail(res, 'FORBIDDEN');
      if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) {
        return fail(res, 'FORBIDDEN');
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return fail(res, 'UNKNOWN_METHOD');
        const auth = req.headers.authorization ?? '';
        if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token))
          return fail(res, 'UNAUTHORIZED');
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch {
          return fail(res, 'VALIDATION_FAILED');
        }
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        return sendEnvelope(res, await dispatch(handlers, ctx, method, input));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 'UNKNOWN_METHOD');
      return serveStatic(res, root, url.pathname);
    } catch (error) {
      console.error('[privacy-desk] request failed:', error);
      if (!res.headersSent) fail(res, 'INTERNAL');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function serveStatic(res: http.ServerResponse, root: string, pathname: string) {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  let file = path.resolve(root, relative);
  // Refuse anything outside the built renderer (path traversal).
  if (file !== root && !file.startsWith(root + path.sep))
    return send(res, 404, 'Not found', 'text/plain');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    return send(res, 500, 'The renderer is not built: run `npm run build:renderer`.', 'text/plain');
  }
  return send(
    res,
    200,
    fs.readFileSync(file),
    mime[path.extname(file)] ?? 'application/octet-stream',
  );
}
