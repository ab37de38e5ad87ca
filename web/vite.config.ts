// Builds the web UI into dist/web, which the API server serves (with index.html for every non-API GET path).
// In development `npm run dev:web` proxies /api to the server on port 3000, so cookies stay same-origin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The UI is written against React's API (and type-checked with React's types) but runs on Preact's compatible
// implementation: react-dom alone is 68 kB gzipped, more than a public page's whole budget of 60 kB
// (scripts/check-bundle.mjs); Preact with its compat layer is about 12 kB. Only the classic API is used (hooks,
// context, lazy/Suspense, createRoot), which preact/compat implements; the browser tests run on this build.
const PREACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // React's fast refresh hooks into react-dom's internals, which Preact does not have: in development an edit
  // reloads the page instead.
  plugins: [react({ refreshExclude: /./ })],
  resolve: { alias: PREACT },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // No inline bootstrap: the server's CSP allows only script-src 'self'.
    modulePreload: { polyfill: false },
    // Each page is a chunk of its own (React.lazy in App.tsx); the manifest (.vite/manifest.json) says which chunks
    // a page imports, and scripts/check-bundle.mjs adds them up against the budgets per route after every build.
    manifest: true,
    // The budgets of scripts/check-bundle.mjs are the limit that counts; Vite's own 500 kB warning is noise now.
    chunkSizeWarningLimit: 250,
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
