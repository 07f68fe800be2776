import { getPayload } from 'payload'

import config from '../../payload.config'

/**
 * Run on a database built only by `payload migrate`: prints as JSON the SQL Drizzle would still
 * need to match the configuration (none means no drift) and how many rows each collection serves.
 */
const payload = await getPayload({ config })
const adapter = payload.db as unknown as {
  requireDrizzleKit: () => { pushSchema: (...args: unknown[]) => Promise<{ statementsToExecute: string[] }> }
  schema: unknown
  drizzle: unknown
  schemaName?: string
  tablesFilter?: string[]
}
const { pushSchema } = adapter.requireDrizzleKit()
const { statementsToExecute } = await pushSchema(
  adapter.schema,
  adapter.drizzle,
  adapter.schemaName ? [adapter.schemaName] : undefined,
  adapter.tablesFilter,
)
/**
 * Two things drizzle-kit always reports, even right after its own push: numeric column defaults
 * (it reads back 0 as '0'::numeric) and foreign keys whose names PostgreSQL cut to 63 characters.
 * Everything else is real drift.
 */
function realDrift(statements: string[]) {
  const dropped = statements
    .map((s) => /DROP CONSTRAINT "([^"]+)"/.exec(s)?.[1])
    .filter((name): name is string => Boolean(name))
  const truncatedPair = (name: string) => dropped.includes(name.slice(0, 63))
  return statements.filter((statement) => {
    if (/ALTER COLUMN "[^"]+" SET DEFAULT -?\d+(\.\d+)?;$/.test(statement.trim())) return false
    const added = /ADD CONSTRAINT "([^"]+)"/.exec(statement)?.[1]
    if (added && added.length > 63 && truncatedPair(added)) return false
    const droppedName = /DROP CONSTRAINT "([^"]+)"/.exec(statement)?.[1]
    if (
      droppedName &&
      statements.some((s) => (/ADD CONSTRAINT "([^"]+)"/.exec(s)?.[1] ?? '').slice(0, 63) === droppedName)
    )
      return false
    return true
  })
}

const served: Record<string, number> = {}
for (const collection of payload.config.collections) {
  served[collection.slug] = (await payload.count({ collection: collection.slug })).totalDocs
}
for (const global of payload.config.globals) {
  await payload.findGlobal({ slug: global.slug })
  served[`global:${global.slug}`] = 1
}
console.log(`DRIFT-REPORT ${JSON.stringify({ statements: realDrift(statementsToExecute), served })}`)
process.exit(0)
