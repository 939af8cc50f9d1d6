/**
 * The renderer's Content-Security-Policy, sent by Electron (response header) and by browser
 * mode alike, and written into index.html at build time for file:// loads. Scripts and styles
 * only from the app itself, no eval, no inline code; React sets styles through the CSSOM,
 * which CSP does not restrict.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors. */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((part) => !part.startsWith('frame-ancestors'))
  .join('; ');
