import { defineConfig } from 'vitest/config'

import { aliases } from './vitest.config'

/**
 * Browser journeys against a running production server (started by `npm run test:e2e`, which
 * passes its address in E2E_BASE_URL). One file at a time: they share one seeded database.
 */
export default defineConfig({
  resolve: { alias: aliases },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
})
