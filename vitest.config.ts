import { statSync } from 'node:fs'
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
 * Files that take far longer than their size suggests, in seconds on an idle machine: their own
 * Payload instances and databases, or thousands of cells. Any other file weighs a second per
 * kilobyte, which is close enough to deal the files out evenly.
 */
const slowFiles: Record<string, number> = {
  'tests/int/permissions-matrix.test.ts': 170,
  'tests/int/migrations.test.ts': 140,
  'tests/int/hardening/install.test.ts': 120,
  'tests/int/modules.test.ts': 90,
  'tests/int/hardening/burst.test.ts': 45,
}
const weightOf = (file: TestSpecification) =>
  slowFiles[path.relative(root, file.moduleId)] ?? statSync(file.moduleId).size / 1000

/**
 * The permission matrix writes and deletes records in every collection of the shared database:
 * it runs last, so no other file's numbering or counts depend on whether it ran before them.
 *
 * `--shard=i/n` runs a share of the files, each shard on its own database, so that shards can run
 * side by side on several cores (CI runs two). The files are dealt heaviest first to the lightest
 * shard, so the shards end about together; every shard computes the same deal.
 */
class Sequencer extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    const isMatrix = (file: TestSpecification) => file.moduleId.endsWith('permissions-matrix.test.ts')
    return [...sorted.filter((file) => !isMatrix(file)), ...sorted.filter(isMatrix)]
  }

  async shard(files: TestSpecification[]) {
    const { index, count } = this.ctx.config.shard!
    const loads = Array.from({ length: count }, () => 0)
    const byWeight = [...files].sort(
      (a, b) =>
        weightOf(b) - weightOf(a) || `${a.project.name}${a.moduleId}`.localeCompare(`${b.project.name}${b.moduleId}`),
    )
    return byWeight.filter((file) => {
      const lightest = loads.indexOf(Math.min(...loads))
      loads[lightest] += weightOf(file)
      return lightest === index - 1
    })
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
    sequence: { sequencer: Sequencer },
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
