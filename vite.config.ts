// Build and test configuration: the web app (vite, rooted at src/ui, built to dist/) and the test
// suite (vitest): unit tests, chart tests in a DOM, and end-to-end tests in headless Chromium,
// which run after the others so that their timing measurements have the machine to themselves.
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { configDefaults, defineConfig } from 'vitest/config'
import { MOCKING_FILES } from './test/mocking-files.ts'

const here = fileURLToPath(new URL('.', import.meta.url))

/** End-to-end files that time the page (ticks per second, long tasks), so run alone. */
const TIMING_FILES = [
  'test/e2e/performance.test.ts',
  'test/e2e/teaching.test.ts',
  'test/e2e/what-if.test.ts',
  'test/e2e/experiment.test.ts',
]

/** No inline script anywhere; module workers load from this origin (blob: for engines that need it). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/**
 * What a server should send with every file (docs/DEPLOY.md): the policy with frame-ancestors (a
 * meta tag cannot carry it), and the headers that stop type sniffing and leaking the share fragment.
 * The meta tag does not reach workers: the worker's own lockdown (workers/lockdown.ts) covers that.
 */
export const SERVED_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** `_headers` for Netlify and Cloudflare Pages: every path gets SERVED_HEADERS. */
export const staticHostHeaders = (): string =>
  `/*\n${Object.entries(SERVED_HEADERS)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('')}`

/** The built page carries its policy in a meta tag, so any static server serves it safe, and a
 * `_headers` file for static hosts that read one. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'drawdown-csp',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeaders() })
  },
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
})

export default defineConfig({
  root: 'src/ui',
  base: './',
  plugins: [contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    outDir: `${here}dist`,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  preview: {
    headers: { ...SERVED_HEADERS },
  },
  server: { fs: { allow: [here] } },
  test: {
    root: here,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One test file per core. Vitest's own default here was one file at a time on two cores, so
    // the unit and validation projects ran serially; the e2e project stays serial (below).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // Tests that spawn `drawdown` run the build: rebuild it first when the source is newer.
          globalSetup: ['test/build-cli.ts'],
          exclude: [
            ...configDefaults.exclude,
            'test/e2e/**',
            'test/ui/**',
            'test/validation/**',
            ...MOCKING_FILES,
          ],
          // Test files share a worker's loaded modules instead of loading them again each: about a
          // third of the project's CPU time went to importing (docs/testing.md). A file that mocks a
          // module needs its own module graph, so those run in the project below.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-mocks', include: MOCKING_FILES },
      },
      {
        // Statistical checks of the stylized facts: many seeded runs per test, so a longer timeout.
        // These files load through Node's own import (tsx compiles the TypeScript) instead of
        // Vite's module runner, which reads every imported binding through a getter: the engine's
        // loops ran about 1.4 times slower under the runner than in the CLI. Loading through tsx
        // costs about 3 s a file more, so only these run-heavy files are worth it (docs/testing.md).
        // No `vi.mock` here: without the runner it needs Node 22.15.
        extends: true,
        test: {
          name: 'validation',
          include: ['test/validation/**/*.test.ts'],
          testTimeout: 300_000,
          execArgv: ['--import', 'tsx'],
          isolate: false,
          experimental: { viteModuleRunner: false, nodeLoader: false },
        },
      },
      {
        extends: true,
        test: { name: 'ui', include: ['test/ui/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        // The built app in Chromium, two files at a time (one file's pages leave about a third of
        // the two cores idle), after the projects above.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TIMING_FILES],
          globalSetup: ['test/e2e/global-setup.ts'],
          sequence: { groupOrder: 1 },
          // A page answers within a second on a quiet machine; starting a worker under load can take longer.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        // End-to-end files that measure frame rates and main-thread tasks: one at a time, last, with
        // the machine to themselves.
        extends: true,
        test: {
          name: 'e2e-timing',
          include: TIMING_FILES,
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
})
