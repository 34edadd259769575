// Build of the Node side: the `drawdown` command and the engine's worker_threads entry, as plain
// JavaScript for Node 20 in build/ (run by bin/drawdown.mjs; `npm ci` builds it through `prepare`).
// mathjs is bundled, so its tree-shaken numeric subset loads as one file instead of hundreds of
// ESM modules (the start-up cost); the other dependencies stay external.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: here,
  logLevel: 'warn',
  ssr: { noExternal: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: `${here}build`,
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { 'cli/main': `${here}src/cli/main.ts`, 'cli/node-worker': `${here}workers/node.ts` },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'cli/[name].js' },
    },
  },
})
