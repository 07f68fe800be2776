/**
 * `npm run bench [-- lists projects search]`: the benchmarks one after another, each started again when tsx's loader dropped an
 * import before it could print anything (scripts/loaderRetry.ts), its half-made database dropped.
 */
import { spawn } from 'node:child_process'
import pg from 'pg'

import { LOADER_DROPPED, retryDroppedLoads } from '../../scripts/loaderRetry'

const BENCHES = [
  ['lists', 'organizecrm_bench'],
  ['projects', 'organizecrm_bench_projects'],
  ['search', 'organizecrm_bench_search'],
] as const

const runOnce = (name: string) =>
  new Promise<number>((resolve) => {
    const child = spawn('npx', ['tsx', `tests/bench/${name}.ts`], { stdio: 'inherit', env: process.env })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })

/** The databases a cut-short run of the bench left behind (`<prefix>_<time>_<hex>`). */
async function dropLeftovers(prefix: string) {
  const server = process.env.DATABASE_URL
  if (!server) return
  const admin = new URL(server)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      'select datname as name from pg_database where datname ~ $1',
      [`^${prefix}_[0-9]+_[0-9a-f]{6}$`],
    )
    for (const { name } of rows) await client.query(`drop database if exists "${name}" with (force)`)
  } finally {
    await client.end()
  }
}

// `npm run bench -- search` runs only the benches named.
const chosen = process.argv.slice(2)
for (const [name, prefix] of BENCHES.filter(([name]) => chosen.length === 0 || chosen.includes(name))) {
  const code = await retryDroppedLoads(
    async () => {
      const ended = await runOnce(name)
      if (ended === LOADER_DROPPED) await dropLeftovers(prefix)
      return ended
    },
    (line) => console.error(`[bench] ${name}: ${line}`),
  )
  if (code !== 0) process.exit(code)
}
