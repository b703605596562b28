// Vite build of the sitrep dashboard. The output goes into ../internal/web/dist, which the Go
// package internal/web embeds into the sitrep binary (scripts/build-web runs this).
import { defineConfig } from 'vite';
import { readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const outDir = fileURLToPath(new URL('../internal/web/dist', import.meta.url));

// cleanDist empties dist/ but keeps .gitkeep (committed so that `go build` works before npm ran).
function cleanDist() {
  return {
    name: 'sitrep-clean-dist',
    apply: 'build',
    buildStart() {
      mkdirSync(outDir, { recursive: true });
      for (const name of readdirSync(outDir)) {
        if (name !== '.gitkeep') rmSync(join(outDir, name), { recursive: true, force: true });
      }
      writeFileSync(join(outDir, '.gitkeep'), '');
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [cleanDist()],
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2020',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1000,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': process.env.SITREP_API || 'http://127.0.0.1:8099' },
  },
});
