import { defineConfig } from 'vite';

// Relative asset paths so the bundle works from any mount point of `marsad serve`;
// `npm run dev` forwards /api to a running server (MARSAD_API, default :8080).
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: { '/api': process.env.MARSAD_API || 'http://127.0.0.1:8080' },
  },
});
