import path from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

/** The same path aliases as tsconfig.json; the tests' config stands in for payload.config. */
export const aliases = [
  { find: '@payload-config', replacement: path.resolve(root, 'tests/helpers/config.ts') },
  { find: /^@\/(access|collections|fields|globals|hooks)\//, replacement: `${root}/$1/` },
  { find: /^@\//, replacement: `${root}/src/` },
]

/**
 * The permission matrix writes and deletes records in every collection of the shared database:
 * it runs last, so no other file's numbering or counts depend on whether it ran before them.
 */
class MatrixLast extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    const isMatrix = (file: TestSpecification) => file.moduleId.endsWith('permissions-matrix.test.ts')
    return [...sorted.filter((file) => !isMatrix(file)), ...sorted.filter(isMatrix)]
  }
}

/**
 * Files that must not share a process: they set environment variables Payload reads at start
 * (burst, pool), build their own Payload configuration (modules, install) or load drizzle-kit,
 * which adds an enumerable `Array.prototype.random` that the PDF reader refuses (migrations).
 */
const ownProcess = [
  'tests/int/hardening/burst.test.ts',
  'tests/int/hardening/pool.test.ts',
  'tests/int/hardening/install.test.ts',
  'tests/int/modules.test.ts',
  'tests/int/migrations.test.ts',
]

/**
 * Sweeps that judge the application alone, the same on any PostgreSQL server: the permission
 * matrix, bad input, the module layout. `SERVER_ONLY=1` leaves them out, as CI's second run (on
 * the embedded server) does once the first has run them.
 */
const applicationSweeps = [
  'tests/int/permissions-matrix.test.ts',
  'tests/int/hardening/bad-input.test.ts',
  'tests/int/modules.test.ts',
]
const leftOut = process.env.SERVER_ONLY === '1' ? applicationSweeps : []

/** What both integration projects share: this run's database, made once by the global setup. */
const database = {
  globalSetup: ['tests/helpers/globalSetup.ts'],
  setupFiles: ['tests/helpers/setupEnv.ts'],
  // One database per run, shared by the files: they run one after another.
  fileParallelism: false,
  pool: 'forks' as const,
  testTimeout: 60_000,
  hookTimeout: 240_000,
}

/**
 * Two layers, one run (`npm test` runs both and reports them together):
 * - `unit`: tests/unit, pure code, no database and no Payload instance; seconds (`npm run test:unit`).
 * - `int`: tests/int, against this run's own database (created by the global setup, dropped after),
 *   in one process; `int-alone`: the few files that need a process of their own, on the same database.
 */
export default defineConfig({
  resolve: { alias: aliases },
  test: {
    // jsdom breaks JWT signing in Payload: every login would answer 500.
    environment: 'node',
    // Expected refusals would otherwise fill the output with Payload's error logs.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal' },
    sequence: { sequencer: MatrixLast },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/helpers/unitEnv.ts'],
        },
      },
      {
        extends: true,
        test: {
          ...database,
          name: 'int-alone',
          include: ownProcess,
          exclude: leftOut,
          // Before the shared files, so the permission matrix still runs last of all.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          ...database,
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          exclude: [...ownProcess, ...leftOut],
          // One process and one Payload instance for all these files: starting Payload and
          // importing the application per file cost about half the suite's time.
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
})
