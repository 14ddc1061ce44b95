import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server forwards API and auth calls to a running proxy (npm start), so the
// browser never talks to an engine directly, in development as in production.
const proxyTarget = process.env.VANTAGE_PROXY ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  root: '.',
  publicDir: 'public',
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/api': { target: proxyTarget, changeOrigin: false },
      '/auth': { target: proxyTarget, changeOrigin: false },
    },
  },
});
