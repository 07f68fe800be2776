/**
 * Starts OrganizeCRM's commands against the right database: DATABASE_URL when set, otherwise an
 * embedded PostgreSQL kept in .data/postgres. Child processes only ever see DATABASE_URL.
 *
 *   tsx scripts/launch.ts dev | start | seed [--demo] | migrate | migrate:create [name] | jobs
 *
 * `start` and `migrate` run scripts/migrate.ts: the migrations, then the reference data (never demo
 * data). `dev` loads reference and demo data into an empty database.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import pg from 'pg'

import { ensureDatabase, type RunningPostgres, startEmbeddedPostgres } from '@/lib/embeddedPostgres'
import { DEMO_PASSWORD } from '@/collections/admin/demoUsers'
import { retryDroppedLoads } from './loaderRetry'

const [command = 'dev', ...rest] = process.argv.slice(2)
// Next and the payload CLI read .env themselves; the launcher must see the same DATABASE_URL.
if (existsSync('.env')) process.loadEnvFile('.env')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(),
}
let embedded: RunningPostgres | undefined

function run(bin: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return retryDroppedLoads(
    () => runOnce(bin, args, extraEnv),
    (line) => console.error(`[launch] ${args.join(' ')}: ${line}`),
  )
}

function runOnce(bin: string, args: string[], extraEnv: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

async function isEmpty(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query("select to_regclass('public.users') as t")
    if (!rows[0].t) return true
    const count = await client.query('select count(*)::int as n from users')
    return count.rows[0].n === 0
  } finally {
    await client.end()
  }
}

async function finish(code: number) {
  await embedded?.stop()
  process.exit(code)
}

async function main() {
  if (!env.DATABASE_URL) {
    // Development pushes its schema, production migrates: never both on one database.
    const production = ['start', 'migrate'].includes(command) || env.NODE_ENV === 'production'
    const database = production ? 'organizecrm_production' : 'organizecrm'
    embedded = await startEmbeddedPostgres({ dataDir: '.data/postgres' })
    await ensureDatabase(embedded.url, database)
    env.DATABASE_URL = embedded.url(database)
    console.log(`[db] embedded PostgreSQL on 127.0.0.1:${embedded.port}, database ${database} (data in .data/postgres)`)
  }
  const port = env.PORT ?? '3000'
  const production = { NODE_ENV: 'production', DB_PUSH: 'false' }
  switch (command) {
    case 'dev': {
      if (await isEmpty(env.DATABASE_URL!)) {
        console.log('[dev] empty database: loading demo data (about a minute)…')
        const code = await run('npx', ['tsx', 'src/seed/cli.ts', '--demo'])
        if (code !== 0) return finish(code)
      }
      console.log(
        `\n  OrganizeCRM: http://localhost:${port}/admin\n  Log in as admin@organizecrm.test / ${DEMO_PASSWORD}` +
          ` (or <role>@organizecrm.test, e.g. sales@organizecrm.test)\n`,
      )
      return finish(await run('npx', ['next', 'dev', '--port', port, ...rest]))
    }
    case 'start': {
      const migrated = await run('npx', ['tsx', 'scripts/migrate.ts'], production)
      if (migrated !== 0) return finish(migrated)
      return finish(await run('npx', ['next', 'start', '--port', port, ...rest], production))
    }
    case 'seed':
      // Reference data; `-- --demo` adds the demo company.
      return finish(await run('npx', ['tsx', 'src/seed/cli.ts', ...rest]))
    case 'migrate':
      return finish(await run('npx', ['tsx', 'scripts/migrate.ts'], production))
    case 'migrate:create':
      return finish(await run('npx', ['payload', 'migrate:create', ...rest], { DB_PUSH: 'false' }))
    case 'jobs':
      // A worker never changes the schema.
      return finish(await run('npx', ['payload', 'jobs:run', '--cron', '* * * * *', ...rest], { DB_PUSH: 'false' }))
    default:
      console.error(`Unknown command "${command}". Use dev, start, seed, migrate, migrate:create or jobs.`)
      return finish(2)
  }
}

process.on('SIGINT', () => undefined)
process.on('SIGTERM', () => undefined)
main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error)
  await finish(1)
})
