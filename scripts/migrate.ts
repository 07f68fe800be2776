/**
 * Applies the committed migrations (migrations/) to DATABASE_URL, then the reference data every
 * install needs (roles, workflows, nomenclators, settings defaults, a ticket type; never demo
 * data), and exits non-zero on failure. Run by `npm start`, `npm run migrate` and the Docker image
 * before the server starts. Used instead of `payload migrate`, whose loader was seen to exit 0
 * without migrating.
 */
import { getPayload } from 'payload'

// A migration may run statements far longer than any request (an index on a big table): the
// app's statement timeout (DB_STATEMENT_TIMEOUT_MS) must not cut it. Set before the config reads it.
process.env.DB_STATEMENT_TIMEOUT_MS = '0'
const { default: config } = await import('@payload-config')
const { applyReferenceData } = await import('@/seed')

try {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  const { rows } = await (
    payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: { n: number }[] }> } }
  ).pool.query('select count(*)::int as n from payload_migrations where batch > 0')
  console.log(`[migrate] ${rows[0].n} migration(s) applied in total`)
  await applyReferenceData(payload, (line) => console.log(`[reference data] ${line}`))
  process.exit(0)
} catch (error) {
  console.error('[migrate] failed:', error)
  process.exit(1)
}
