/**
 * How fast lists stay on large tables: the app's REST answers (auth, row scopes, JSON) against the
 * raw SQL that returns the same rows, on the same database, as a ratio (for the ticket reports: one of
 * its seven GROUP BYs, so the ratio is an upper bound). Not part of `npm test`:
 * `npm run bench` (BENCH_ROWS=200000 by default; DATABASE_URL or the embedded server).
 */
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import { createTestDatabase } from '../helpers/testDatabase'
import { markUnfinished } from './unfinished'

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 20)

const finished = markUnfinished()
const database = await createTestDatabase('organizecrm_bench')
process.env.DATABASE_URL = database.url
process.env.LOG_LEVEL ??= 'fatal'
process.env.EMAIL_CAPTURE ??= 'memory'

const { buildConfig, getPayload } = await import('payload')
const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
const { organizeConfig } = await import('@/config')
const { seed } = await import('@/seed')
const { DEMO_PASSWORD } = await import('@/collections/admin/demoUsers')

const config = buildConfig(organizeConfig())
const payload = await getPayload({ config })
await seed(payload)
const sql = new pg.Pool({ connectionString: database.url, max: 2 })

const one = async (query: string, params: unknown[] = []) => (await sql.query(query, params)).rows[0]
const salesTeam = (await one(`select id from teams where key = 'sales'`)).id
const users = (
  await sql.query(
    `select id, email, team_id from users where email in ('sales@organizecrm.test', 'sales2@organizecrm.test', 'sales-manager@organizecrm.test')`,
  )
).rows
const stages = (
  await sql.query(`select id, number from nomenclators where list = 'opportunity-stages' order by "order"`)
).rows

console.log(`[bench] generating ${ROWS} clients and ${ROWS} opportunities...`)
let started = performance.now()
// Spread over three owners in two teams, like a real sales department.
await sql.query(
  `insert into clients (name, fiscal_code, type, status, owner_id, team_id, updated_at, created_at)
   select 'Bench ' || md5(g::text), null, 'client', 'active', ($1::int[])[1 + g % 3], ($2::int[])[1 + g % 3], now(), now()
   from generate_series(1, $3) g`,
  [users.map((u) => u.id), users.map((u) => u.team_id), ROWS],
)
await sql.query(
  `insert into opportunities (title, client_id, stage_id, probability, outcome, value, weighted_value, expected_close_date, owner_id, team_id, updated_at, created_at)
   select 'Bench opp ' || c.g, c.id, ($1::int[])[1 + c.g % $3], ($2::int[])[1 + c.g % $3], 'open', (c.g % 997) * 100,
          (c.g % 997) * ($2::int[])[1 + c.g % $3], now() + ((c.g % 365) || ' days')::interval, c.owner_id, c.team_id, now(), now()
   from (select id, owner_id, team_id, row_number() over (order by id) as g from clients where name like 'Bench %') c`,
  [stages.map((s) => s.id), stages.map((s) => s.number ?? 0), stages.length],
)
// Tickets of both support teams over the last year, a third still open, handled by the two agents.
const agents = (
  await sql.query(
    `select id, email, team_id from users where email in ('support-agent@organizecrm.test', 'support-agent2@organizecrm.test') order by email`,
  )
).rows
const ticketType = (await one(`select id from ticket_types order by id limit 1`)).id
const categories = ['open', 'active', 'waiting', 'done', 'done', 'cancelled']
await sql.query(
  `insert into tickets (number, title, type_id, responsible_id, reporter_id, team_id, status, status_category, due_date, resolved_at, created_at, updated_at)
   select 'BK-' || g, 'Bench ticket ' || g, $1, ($2::int[])[1 + g % 2], ($2::int[])[1 + g % 2], ($3::int[])[1 + g % 2],
          ($4::text[])[1 + g % 6], (($4::text[])[1 + g % 6])::enum_tickets_status_category,
          now() - ((g % 365) || ' days')::interval + interval '2 days',
          case when ($4::text[])[1 + g % 6] = 'done' then now() - ((g % 365) || ' days')::interval + ((g % 90) || ' hours')::interval end,
          now() - ((g % 365) || ' days')::interval, now()
   from generate_series(1, $5) g`,
  [ticketType, agents.map((a) => a.id), agents.map((a) => a.team_id), categories, ROWS],
)
// One contract per bench client, with its client's owner and team: started over the last three
// years, in every state of the signing flow, two priced lines each.
const contractStates = [
  ['draft', 'open'],
  ['in-review', 'waiting'],
  ['approved', 'active'],
  ['sent-for-signature', 'waiting'],
  ['signed', 'waiting'],
  ['active', 'active'],
  ['active', 'active'],
  ['ended', 'done'],
  ['terminated', 'cancelled'],
  ['cancelled', 'cancelled'],
]
await sql.query(
  `insert into contracts (number, title, client_id, owner_id, team_id, start_date, duration_months, end_date, auto_renew,
                          notice_days, renewal_decision_date, totals_net, totals_discount, totals_vat, totals_gross,
                          renewals, status, status_category, created_at, updated_at)
   select 'BC-' || c.g, 'Bench contract ' || c.g, c.id, c.owner_id, c.team_id, s.start, 12, s.start + interval '1 year',
          c.g % 2 = 0, 30, s.start + interval '1 year' - interval '30 days', (c.g % 997) * 100, 0, (c.g % 997) * 19,
          (c.g % 997) * 119, 0, ($1::text[])[1 + c.g % $3], (($2::text[])[1 + c.g % $3])::enum_contracts_status_category,
          s.start - interval '20 days', now()
   from (select id, owner_id, team_id, row_number() over (order by id) as g from clients where name like 'Bench %') c
   cross join lateral (select date_trunc('day', now()) - ((c.g % 1095) || ' days')::interval + interval '60 days' as start) s`,
  [contractStates.map(([status]) => status), contractStates.map(([, category]) => category), contractStates.length],
)
await sql.query(
  `insert into contracts_lines (_order, _parent_id, id, description, quantity, unit_price, discount_percent, vat_percent,
                                discount, net, vat, gross)
   select o, c.id, md5(c.id || ':' || o), 'Bench line ' || o, 1 + c.id % 10, 100, 0, 19, 0,
          (1 + c.id % 10) * 100, (1 + c.id % 10) * 19, (1 + c.id % 10) * 119
   from contracts c cross join generate_series(1, 2) o
   where c.number like 'BC-%'`,
)
await sql.query('analyze')
console.log(`[bench] generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)

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
const manager = await tokenOf('sales-manager@organizecrm.test')
const agent = await tokenOf('support-agent@organizecrm.test')
const supportManager = await tokenOf('support-manager@organizecrm.test')
const agentUser = agents.find((a) => a.email === 'support-agent@organizecrm.test')!
const today = new Date().toISOString().slice(0, 10)
const quarterAgo = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10)
const salesperson = await tokenOf('sales@organizecrm.test')
const sales = users.find((u) => u.email === 'sales@organizecrm.test')!

async function viaRest(path: string, token: string) {
  const request = new Request(`http://localhost/api/${path}`, { headers: { authorization: `JWT ${token}` } })
  const response = await rest(request, { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) })
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
  await response.json()
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

// A contracts page as a hand-written backend returns it: the rows, then their lines.
const CONTRACTS_NEWEST = `select * from contracts where team_id = $1 order by created_at desc limit 50`
const CONTRACTS_COUNT = `select count(*) from contracts where team_id = $1`
const CONTRACTS_ENDING = `select * from contracts where team_id = $1 and status_category = 'active' order by end_date limit 50`
const CONTRACTS_ENDING_COUNT = `select count(*) from contracts where team_id = $1 and status_category = 'active'`
async function contractsWithLines(query: string) {
  const { rows } = await sql.query(query, [salesTeam])
  await sql.query(`select * from contracts_lines where _parent_id = any($1) order by _parent_id, _order`, [
    rows.map((row) => row.id),
  ])
}

// Each scenario: what a user does in the app, and the SQL a hand-written backend would run for it
// (the page of rows plus the total count the list shows).
const scenarios: { name: string; app: () => Promise<unknown>; sql: () => Promise<unknown> }[] = [
  {
    name: 'clients, team scope, sorted by name, page 1 of 50',
    app: () => viaRest('clients?depth=0&limit=50&sort=name', manager),
    sql: () =>
      Promise.all([
        sql.query(`select * from clients where team_id = $1 order by name limit 50`, [salesTeam]),
        sql.query(`select count(*) from clients where team_id = $1`, [salesTeam]),
      ]),
  },
  {
    name: 'clients, team scope, page 200 of 50',
    app: () => viaRest('clients?depth=0&limit=50&sort=name&page=200', manager),
    sql: () =>
      Promise.all([
        sql.query(`select * from clients where team_id = $1 order by name limit 50 offset 9950`, [salesTeam]),
        sql.query(`select count(*) from clients where team_id = $1`, [salesTeam]),
      ]),
  },
  {
    name: 'clients, own scope, name search',
    app: () => viaRest('clients?depth=0&limit=50&sort=name&where[name][like]=bench%20ab', salesperson),
    sql: () =>
      Promise.all([
        sql.query(`select * from clients where owner_id = $1 and name ilike '%bench ab%' order by name limit 50`, [
          sales.id,
        ]),
        sql.query(`select count(*) from clients where owner_id = $1 and name ilike '%bench ab%'`, [sales.id]),
      ]),
  },
  {
    name: 'opportunities, own scope, by close date, open only',
    app: () =>
      viaRest('opportunities?depth=0&limit=50&sort=expectedCloseDate&where[outcome][equals]=open', salesperson),
    sql: () =>
      Promise.all([
        sql.query(
          `select * from opportunities where owner_id = $1 and outcome = 'open' order by expected_close_date limit 50`,
          [sales.id],
        ),
        sql.query(`select count(*) from opportunities where owner_id = $1 and outcome = 'open'`, [sales.id]),
      ]),
  },
  {
    name: 'tickets, team scope, open, by due date',
    app: () => viaRest('tickets?depth=0&limit=50&sort=dueDate&where[statusCategory][in]=open,active,waiting', agent),
    sql: () =>
      Promise.all([
        sql.query(
          `select * from tickets where team_id = $1 and status_category in ('open', 'active', 'waiting') order by due_date limit 50`,
          [agentUser.team_id],
        ),
        sql.query(
          `select count(*) from tickets where team_id = $1 and status_category in ('open', 'active', 'waiting')`,
          [agentUser.team_id],
        ),
      ]),
  },
  {
    name: 'my work (tickets, actions, todos of one agent)',
    app: () => viaRest('my-work', agent),
    sql: () =>
      Promise.all([
        sql.query(
          `select * from tickets where responsible_id = $1 and status_category in ('open', 'active', 'waiting') order by status_category, due_date limit 50`,
          [agentUser.id],
        ),
        sql.query(
          `select status_category, count(*) from tickets where responsible_id = $1 and status_category in ('open', 'active', 'waiting') group by 1`,
          [agentUser.id],
        ),
        sql.query(
          `select * from ticket_actions where responsible_id = $1 and status_category = 'open' order by planned_at limit 50`,
          [agentUser.id],
        ),
        sql.query(
          `select * from todos where responsible_id = $1 and status_category = 'open' and due < now() + interval '1 day' order by due limit 50`,
          [agentUser.id],
        ),
      ]),
  },
  {
    name: 'ticket reports, team scope, last 90 days (7 tables)',
    app: () => viaRest(`tickets/reports?from=${quarterAgo}&to=${today}`, supportManager),
    sql: () =>
      sql.query(
        `select status, count(*) from tickets where team_id = $1 and created_at >= now() - interval '90 days' group by status`,
        [agentUser.team_id],
      ),
  },
  {
    name: 'contracts, team scope, newest first, page 1 of 50',
    app: () => viaRest('contracts?depth=0&limit=50&sort=-createdAt', manager),
    sql: () => Promise.all([contractsWithLines(CONTRACTS_NEWEST), sql.query(CONTRACTS_COUNT, [salesTeam])]),
  },
  {
    name: 'contracts, team scope, running, ending soonest',
    app: () => viaRest('contracts?depth=0&limit=50&sort=endDate&where[statusCategory][equals]=active', manager),
    sql: () => Promise.all([contractsWithLines(CONTRACTS_ENDING), sql.query(CONTRACTS_ENDING_COUNT, [salesTeam])]),
  },
]

const rows: string[] = []
for (const scenario of scenarios) {
  const app = await measure(scenario.app)
  const raw = await measure(scenario.sql)
  rows.push(
    `| ${scenario.name} | ${app.median.toFixed(1)} | ${app.p95.toFixed(1)} | ${raw.median.toFixed(1)} | ${(app.median / raw.median).toFixed(1)}× |`,
  )
}
console.log(
  `\n${ROWS} clients, ${ROWS} opportunities, ${ROWS} tickets, ${ROWS} contracts; median of ${RUNS} runs after 3 warm-ups (ms)\n`,
)
console.log('| scenario | app median | app p95 | SQL median | ratio |\n|---|---|---|---|---|')
console.log(rows.join('\n'))

// Which index each contracts query walks: a missing one shows as a Seq Scan or a Sort over the team.
// The app's own filter is the team scope's: the manager's contracts or their team's.
const managerId = users.find((u) => u.email === 'sales-manager@organizecrm.test')!.id
const appScope = (query: string) => query.replace('team_id = $1', `(owner_id = ${managerId} or team_id = $1)`)
for (const [name, query] of Object.entries({
  'contracts newest': CONTRACTS_NEWEST,
  'contracts newest, as the app filters': appScope(CONTRACTS_NEWEST),
  'contracts ending': CONTRACTS_ENDING,
  'contracts ending, as the app filters': appScope(CONTRACTS_ENDING),
})) {
  const { rows: plan } = await sql.query(`explain ${query}`, [salesTeam])
  const steps = plan.map((row) => String(row['QUERY PLAN']).trim()).filter((line) => !line.startsWith('Filter'))
  console.log(`\n[bench] plan of ${name}: ${steps.slice(0, 3).join(' / ')}`)
}

await sql.end()
// Payload's destroy() leaves its pool open, and dropping the database ends those connections: an
// idle client's "terminating connection" must not crash the run.
;(payload.db as unknown as { pool?: pg.Pool }).pool?.on('error', () => undefined)
await payload.destroy()
await database.drop()
finished()
process.exit(0)
