import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once and loaded both by Electron (file://) and by browser mode
// (served from 127.0.0.1), hence relative asset paths.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
