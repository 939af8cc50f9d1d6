/**
 * The renderer's Content-Security-Policy, sent by Electron (response header) and by browser
 * mode alike. Scripts only from the app itself, no eval; inline style attributes are allowed
 * because React sets them (they cannot run code).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
