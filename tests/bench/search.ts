/**
 * How fast the global search (GET /api/search, R34) stays on a large ticket table: the whole answer
 * (every kind, the caller's access, totals) as an agent (team scope), a viewer (everything) and a
 * salesperson (own tickets only), against the raw SQL that finds the same tickets, as a ratio.
 * Part of `npm run bench`, not of `npm test`: `NODE_ENV=test tsx tests/bench/search.ts`
 * (BENCH_TICKETS=1000000 by default; DATABASE_URL or the embedded server; TEST_TEMPLATE_DATABASE,
 * a database `npm run test:template` prepared, saves the seeding).
 */
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import { createTestDatabase } from '../helpers/testDatabase'
import { markUnfinished } from './unfinished'

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 20)

const finished = markUnfinished()
const database = await createTestDatabase('organizecrm_bench_search', process.env.TEST_TEMPLATE_DATABASE || undefined)
process.env.DATABASE_URL = database.url
process.env.LOG_LEVEL ??= 'fatal'
process.env.EMAIL_CAPTURE ??= 'memory'
// A copied database already has its schema (and the tests' fixture tables, which a push would drop).
if (process.env.TEST_TEMPLATE_DATABASE) process.env.DB_PUSH ??= 'false'

const { buildConfig, getPayload } = await import('payload')
const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
const { organizeConfig } = await import('@/config')
const { seed } = await import('@/seed')
const { DEMO_PASSWORD } = await import('@/collections/admin/demoUsers')

const config = buildConfig(organizeConfig())
const payload = await getPayload({ config })
if (!process.env.TEST_TEMPLATE_DATABASE) await seed(payload)
const sql = new pg.Pool({ connectionString: database.url, max: 2 })
const one = async (query: string, params: unknown[] = []) => (await sql.query(query, params)).rows[0]

const agents = (
  await sql.query(
    `select id, email, team_id from users where email in ('support-agent@organizecrm.test', 'support-agent2@organizecrm.test') order by email`,
  )
).rows
const agent = agents.find((a) => a.email === 'support-agent@organizecrm.test')!
const ticketType = (await one(`select id from ticket_types order by id limit 1`)).id

// Titles as a support desk writes them: a complaint, a thing, a place, and a code found once or
// twice in the table. Romanian words with their diacritics, both forms of ș and ț.
const WHAT = ['Reclamație', 'Sesizare', 'Cerere', 'Problemă', 'Întrebare', 'Incident', 'Solicitare', 'Plângere']
const THING = ['factură', 'livrare întârziată', 'instalație defectă', 'contor', 'garanție', 'ofertă', 'parolă', 'acces']
const PLACE = [
  'șantier Ploiești',
  'depozit Brașov',
  'sediu Timișoara',
  'magazin Iași',
  'birou Constanța',
  'Construcţii',
]
const TITLE = `($2::text[])[1 + g % 8] || ' ' || ($3::text[])[1 + (g / 8) % 8] || ' ' || ($4::text[])[1 + (g / 64) % 6]
  || ' ' || substr(md5(g::text), 1, 6)`

let started = performance.now()
// BENCH_TICKETS=0 with a template that already holds them: measure on those.
if (TICKETS > 0) await generate()

async function generate() {
  console.log(`[bench] generating ${TICKETS} tickets...`)
  started = performance.now()
  const searchIndexes = (
    await sql.query(
      `select indexname, indexdef from pg_indexes where tablename = 'tickets' and indexname like '%search%'`,
    )
  ).rows as { indexname: string; indexdef: string }[]
  // Loaded without the trigram indexes, then indexed once: as a migration adding them would find it.
  for (const { indexname } of searchIndexes) await sql.query(`drop index "${indexname}"`)
  await sql.query(
    `insert into tickets (number, title, type_id, responsible_id, reporter_id, team_id, status, status_category, created_at, updated_at)
   select 'BK-' || lpad(g::text, 7, '0'), ${TITLE}, $1, ($5::int[])[1 + g % 2], ($5::int[])[1 + g % 2], ($6::int[])[1 + g % 2],
          'new', 'open', now() - ((g % 365) || ' days')::interval, now()
   from generate_series(1, $7) g`,
    [ticketType, WHAT, THING, PLACE, agents.map((a) => a.id), agents.map((a) => a.team_id), TICKETS],
  )
  const generated = performance.now() - started
  started = performance.now()
  for (const { indexdef } of searchIndexes) await sql.query(indexdef)
  const indexed = performance.now() - started
  await sql.query('analyze tickets')
  console.log(
    `[bench] generated in ${(generated / 1000).toFixed(1)} s, ${searchIndexes.length} trigram indexes built in ${(indexed / 1000).toFixed(1)} s`,
  )
}
const ticketCount = Number((await one(`select count(*) from tickets`)).count)

const rest = REST_GET(config)
async function tokenOf(email: string) {
  const request = new Request('http://localhost/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
  return ((await response.json()) as { token: string }).token
}
const tokens = {
  agent: await tokenOf('support-agent@organizecrm.test'),
  viewer: await tokenOf('viewer@organizecrm.test'),
  sales: await tokenOf('sales@organizecrm.test'),
}

type Answer = { groups: { kind: string; total: number }[] }
async function searchAs(token: string, q: string) {
  const path = `search?q=${encodeURIComponent(q)}`
  const request = new Request(`http://localhost/api/${path}`, { headers: { authorization: `JWT ${token}` } })
  const response = await rest(request, { params: Promise.resolve({ slug: ['search'] }) })
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
  return (await response.json()) as Answer
}

async function measure(action: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await action()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    started = performance.now()
    await action()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return {
    median: times[Math.floor(times.length / 2)],
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
  }
}

/**
 * The tickets part as a hand-written backend would run it for the agent: the same conditions
 * (each word inside the title or number, a word of one or two letters at a word's start), a page
 * of 5 and the count up to 101.
 */
function ticketConditions(q: string, first: number) {
  const params: string[] = []
  const matches = (pattern: string) => {
    params.push(pattern)
    const p = `immutable_unaccent($${first + params.length - 1})`
    return `immutable_unaccent(title) ilike ${p} or immutable_unaccent(number) ilike ${p}`
  }
  const words = q
    .split(' ')
    .map((word) =>
      /[\p{L}\p{N}]{3}/u.test(word)
        ? `(${matches(`%${word}%`)})`
        : `(${matches(`${word}%`)} or ${matches(`% ${word}%`)})`,
    )
  return { condition: words.join(' and '), params }
}
const rawTickets = (q: string) => {
  const { condition, params } = ticketConditions(q, 3)
  const where = `(responsible_id = $1 or reporter_id = $1 or team_id = $2) and ${condition}`
  const values = [agent.id, agent.team_id, ...params]
  return Promise.all([
    sql.query(`select id, number, title from tickets where ${where} order by created_at desc limit 5`, values),
    sql.query(`select count(*) from (select 1 from tickets where ${where} limit 101) page`, values),
  ])
}
const matching = async (q: string) => {
  const { condition, params } = ticketConditions(q, 1)
  return Number((await one(`select count(*) from tickets where ${condition}`, params)).count)
}

const rare = (await one(`select substr(md5('4242'), 1, 6) as code`)).code as string
const queries: [string, string][] = [
  ['a code found in one ticket', rare],
  ['a ticket number', 'BK-0424242'],
  ['a place, without diacritics (1 ticket in 6)', 'santier ploiesti'],
  ['"Construcţii" (cedilla) typed plainly: clients of the demo and 1 ticket in 6', 'constructii'],
  ['two words of a common title (1 in 64)', 'reclamatie factura'],
  ['one common word (1 in 8)', 'reclamatie'],
  ['two letters', 'ta'],
]

const rows: string[] = []
for (const [name, q] of queries) {
  const totals = await matching(q)
  const times = {
    agent: await measure(() => searchAs(tokens.agent, q)),
    viewer: await measure(() => searchAs(tokens.viewer, q)),
    sales: await measure(() => searchAs(tokens.sales, q)),
    sql: await measure(() => rawTickets(q)),
  }
  rows.push(
    `| ${name} (\`${q}\`) | ${totals} | ${times.agent.median.toFixed(0)} / ${times.agent.p95.toFixed(0)} | ${times.viewer.median.toFixed(0)} / ${times.viewer.p95.toFixed(0)} | ${times.sales.median.toFixed(0)} / ${times.sales.p95.toFixed(0)} | ${times.sql.median.toFixed(0)} | ${(times.agent.median / times.sql.median).toFixed(1)}× |`,
  )
  console.log(rows.at(-1))
}
console.log(`\n${ticketCount} tickets; median / p95 of ${RUNS} runs after 3 warm-ups (ms), whole answer (7 kinds)\n`)
console.log(
  '| query | tickets matching | agent (team) | viewer (all) | sales (own) | tickets SQL (agent) | ratio |\n|---|---|---|---|---|---|---|',
)
console.log(rows.join('\n'))

// The tickets list's search box (Payload's `like` on number and title, each word, without diacritics):
// the first page of 10 with its total, as the list view asks for it.
async function listAs(token: string, q: string) {
  const query = `where[or][0][number][like]=${encodeURIComponent(q)}&where[or][1][title][like]=${encodeURIComponent(q)}&limit=10&depth=0&sort=-createdAt`
  const request = new Request(`http://localhost/api/tickets?${query}`, { headers: { authorization: `JWT ${token}` } })
  const response = await rest(request, { params: Promise.resolve({ slug: ['tickets'] }) })
  if (response.status !== 200) throw new Error(`tickets list "${q}" answered ${response.status}`)
  return response.json()
}
const listRows: string[] = []
for (const [name, q] of queries.filter(([, q]) => q.length > 2)) {
  const agentTime = await measure(() => listAs(tokens.agent, q))
  const viewerTime = await measure(() => listAs(tokens.viewer, q))
  listRows.push(
    `| ${name} (\`${q}\`) | ${agentTime.median.toFixed(0)} / ${agentTime.p95.toFixed(0)} | ${viewerTime.median.toFixed(0)} / ${viewerTime.p95.toFixed(0)} |`,
  )
}
console.log(`\nThe tickets list's search box (page of 10 with its total), median / p95 (ms)\n`)
console.log('| query | agent (team) | viewer (all) |\n|---|---|---|')
console.log(listRows.join('\n'))

const { rows: plan } = await sql.query(
  `explain select id from tickets where (responsible_id = $1 or reporter_id = $1 or team_id = $2)
     and immutable_unaccent(title) ilike immutable_unaccent($3) order by created_at desc limit 5`,
  [agent.id, agent.team_id, `%${rare}%`],
)
console.log(`\n[bench] plan of a rare word: ${plan.map((row) => String(row['QUERY PLAN']).trim()).join(' / ')}`)

await sql.end()
;(payload.db as unknown as { pool?: pg.Pool }).pool?.on('error', () => undefined)
await payload.destroy()
await database.drop()
finished()
process.exit(0)
