// Builds the web UI into dist/web, which the API server serves (with index.html for every non-API GET path).
// In development `npm run dev:web` proxies /api to the server on port 3000, so cookies stay same-origin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // One script file, no inline bootstrap: the server's CSP allows only script-src 'self'.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
