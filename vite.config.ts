// Build and test configuration: the web app (vite) and the test suite (vitest) share it.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
