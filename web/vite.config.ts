import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

// The web app lives in web/; the API server (server/) answers /api and serves
// web/dist in production. In dev, Vite proxies /api to it.
const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = `http://127.0.0.1:${process.env.API_PORT || 8787}`;
const proxy = { '/api': { target: apiTarget } };

export default defineConfig({
  root,
  plugins: [svelte({ configFile: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP will forbid inline scripts: keep every script an external file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    // The benchmark reads it to sum what the occupancy page loads.
    manifest: true,
  },
  server: { proxy },
  preview: { proxy },
});
