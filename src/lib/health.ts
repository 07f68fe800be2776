import type { Endpoint } from 'payload'
import type { Pool } from 'pg'

/** How long the database may take to answer a probe before the app reports itself unhealthy. */
const PROBE_MS = 2_000

/** The pool's figures: connections open, idle, and requests queued for one. */
export const poolFigures = (pool: Pool) => ({
  max: pool.options.max,
  total: pool.totalCount,
  idle: pool.idleCount,
  waiting: pool.waitingCount,
})

/**
 * `GET /api/health` for load balancers and monitoring (public, no data): 200 with the pool's
 * figures when the database answers a probe within PROBE_MS, 503 otherwise — an exhausted pool
 * (every connection busy, requests queued) shows here before users see timeouts.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const pool = (req.payload.db as unknown as { pool: Pool }).pool
    const probe = pool.query('select 1').then(
      () => true,
      () => false,
    )
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_MS)
    })
    const answered = await Promise.race([probe, late])
    clearTimeout(timer)
    const db = poolFigures(pool)
    const headers = { 'cache-control': 'no-store' }
    return answered
      ? Response.json({ status: 'ok', db }, { headers })
      : Response.json(
          { status: 'unavailable', db, message: 'The database did not answer in time.' },
          { status: 503, headers },
        )
  },
}
