import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { metaContentSecurityPolicy } from './electron/security-policy.ts';

/** Electron may not apply response headers to file:// pages, so the page carries the CSP too. */
const cspMeta: Plugin = {
  name: 'privacy-desk-csp',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy },
      injectTo: 'head',
    },
  ],
};

// The renderer is built once and loaded both by Electron (file://) and by browser mode
// (served from 127.0.0.1), hence relative asset paths.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
