import { sql } from '@payloadcms/db-postgres'
import type { SQL, SQLChunk } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { transactionDb } from './rowLock'

/**
 * Writes to many records of one collection in a few statements, in the request's transaction,
 * where one Payload update per record (its hooks and validation, a version written, read back and
 * pruned one by one) takes seconds: the plan's pushed activities. No hook runs: the caller does
 * what they would have done (checks, derived fields) and says so.
 */

type Column = { name: string; getSQLType: () => string }
type RawColumn = { name: string; type?: string; enumName?: string }
type RawTable = {
  name: string
  columns: Record<string, RawColumn>
  foreignKeys?: Record<string, { columns: string[]; foreignColumns: { table: string }[] }>
}
type Adapter = {
  tables: Record<string, Record<string, unknown>>
  rawTables: Record<string, RawTable>
  tableNameMap?: Map<string, string>
  versionsSuffix?: string
}
type Row = { id: number } & Record<string, unknown>

const ident = (name: string) => sql.identifier(name)
const commas = (parts: SQLChunk[]) => sql.join(parts, sql`, `)
const snake = (slug: string) => slug.replace(/-/g, '_')
/** Ids as one `int[]` parameter (drizzle would spread a JS array into a list). */
const idArray = (ids: number[]) => sql`${`{${ids.map((id) => Math.trunc(Number(id))).join(',')}}`}::int[]`

async function adapterOf(req: PayloadRequest) {
  const { adapter, db } = await transactionDb(req)
  return { adapter: adapter as unknown as Adapter, db }
}

const tableName = (adapter: Adapter, name: string) => adapter.tableNameMap?.get(name) ?? name
const versionsOf = (adapter: Adapter, collection: string) =>
  tableName(adapter, `_${snake(collection)}${adapter.versionsSuffix ?? '_v'}`)

/**
 * Sets, per record, the given fields (top-level columns: dates, numbers, texts, single
 * relationships' ids), each record its own values, in one UPDATE. `rows` carry the record's `id`
 * and the fields by their Payload names; every row names the same fields.
 */
export async function updateRows(req: PayloadRequest, collection: string, rows: Row[]) {
  if (rows.length === 0) return
  const { adapter, db } = await adapterOf(req)
  const name = tableName(adapter, snake(collection))
  const table = adapter.tables[name]
  const fields = Object.keys(rows[0]).filter((key) => key !== 'id')
  const columns = fields.map((field) => {
    const column = table?.[field] as Column | undefined
    if (!column?.name) throw new Error(`bulkWrite: ${collection} has no column for "${field}"`)
    return column
  })
  const values = rows.map((row) =>
    Object.fromEntries([['id', row.id], ...columns.map((c, i) => [c.name, row[fields[i]] ?? null])]),
  )
  // One JSON parameter whatever the number of rows, read back with the columns' own SQL types.
  await db.execute(sql`
    update ${ident(name)} as t
    set ${commas(columns.map((c) => sql`${ident(c.name)} = v.${ident(c.name)}`))}
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
      as v(${commas([sql`id integer`, ...columns.map((c) => sql`${ident(c.name)} ${sql.raw(c.getSQLType())}`)])})
    where t.id = v.id`)
}

/** Per collection, the statement copying records into their versions (built once). */
const COPIES = new Map<string, (ids: number[], now: string) => SQL>()

/**
 * The copy of records into their version tables, as Payload's drizzle adapter lays them out for a
 * collection with versions and without drafts: the version row (`parent_id`, each column under
 * `version_`), each top-level array's rows (`_uuid` keeping the row's id) and the relationships
 * (`path` under `version.`). Any other table under the record (localized fields, nested arrays,
 * blocks, hasMany texts or numbers) is refused with an error naming it, never copied wrongly.
 */
function copyStatement(adapter: Adapter, collection: string) {
  const main = tableName(adapter, snake(collection))
  const version = versionsOf(adapter, collection)
  const refuse = (what: string): never => {
    throw new Error(`bulkWrite: cannot copy ${collection} into its versions in bulk (${what})`)
  }
  const raw = (name: string) => adapter.rawTables[name] ?? refuse(`no table ${name}`)
  const namesOf = (name: string) => Object.values(raw(name).columns).map((c) => c.name)
  /** A value as the target column takes it: each table has its own enum types (cast through text). */
  const into = (table: string, column: string, value: SQL) => {
    const target = Object.values(raw(table).columns).find((c) => c.name === column)
    return target?.type === 'enum' && target.enumName ? sql`${value}::text::${ident(target.enumName)}` : value
  }
  /** The tables whose rows live under a row of `parent` (their parent key cascades from it). */
  const under = (parent: string) =>
    Object.values(adapter.rawTables).filter(
      (table) =>
        table.name.startsWith(`${parent}_`) &&
        Object.values(table.foreignKeys ?? {}).some(
          (fk) => fk.foreignColumns[0]?.table === parent && ['_parentID', 'parent'].includes(fk.columns[0]),
        ),
    )

  const mainColumns = new Set(namesOf(main))
  const versionColumns = namesOf(version).filter((c) => c !== 'id')
  const versionSelect = (now: string) =>
    versionColumns.map((c) => {
      if (c === 'parent_id') return sql`src.id`
      if (c === 'created_at' || c === 'updated_at') return sql`${now}::timestamptz`
      const field = c.replace(/^version_/, '')
      return c.startsWith('version_') && mainColumns.has(field)
        ? into(version, c, sql`src.${ident(field)}`)
        : refuse(`column ${version}.${c}`)
    })

  const children: SQL[] = []
  for (const child of under(main)) {
    const columns = new Set(namesOf(child.name))
    const copyInto = (target: string, parentKey: string, pick: (c: string) => SQL | undefined) => {
      const names = namesOf(target).filter((c) => c !== 'id')
      const select = names.map(
        (c) => pick(c) ?? (columns.has(c) ? into(target, c, sql`c.${ident(c)}`) : refuse(`column ${target}.${c}`)),
      )
      children.push(sql`insert into ${ident(target)} (${commas(names.map(ident))})
        select ${commas(select)} from versions v join ${ident(child.name)} c on c.${ident(parentKey)} = v.parent_id`)
    }
    if (child.name === `${main}_rels`) {
      copyInto(`${version}_rels`, 'parent_id', (c) =>
        c === 'parent_id' ? sql`v.id` : c === 'path' ? sql`'version.' || c.path` : undefined,
      )
    } else if (child.name.startsWith(`${main}_`) && columns.has('_order') && columns.has('id')) {
      if (under(child.name).length > 0) refuse(`nested table under ${child.name}`)
      copyInto(`${version}_version_${child.name.slice(main.length + 1)}`, '_parent_id', (c) =>
        c === '_parent_id' ? sql`v.id` : c === '_uuid' ? sql`c.id` : undefined,
      )
    } else {
      refuse(`table ${child.name}`)
    }
  }

  return (ids: number[], now: string) => {
    // Data-modifying WITH clauses all run, in one statement: the versions, then the rows under them.
    const steps = children.map((statement, i) => sql`, ${ident(`rows_${i}`)} as (${statement} returning 1)`)
    return sql`with versions as (
        insert into ${ident(version)} (${commas(versionColumns.map(ident))})
        select ${commas(versionSelect(now))} from ${ident(main)} src where src.id = any(${idArray(ids)})
        returning id, parent_id
      )${sql.join(steps, sql``)}
      select count(*)::int as n from versions`
  }
}

/**
 * Keeps a version of each record as it is now (after `updateRows`), as a save does: each record's
 * history shows the change. Then, as Payload does after a save, removes each record's versions
 * beyond the collection's `versions.maxPerDoc`, oldest first.
 */
export async function saveVersions(req: PayloadRequest, collection: string, ids: number[], now = new Date()) {
  const versions = req.payload.collections[collection as 'users']?.config.versions
  if (ids.length === 0 || !versions) return
  if (typeof versions === 'object' && versions.drafts) {
    throw new Error(`bulkWrite: ${collection} has drafts; its versions are not copied in bulk`)
  }
  const { adapter, db } = await adapterOf(req)
  let copy = COPIES.get(collection)
  if (!copy) {
    copy = copyStatement(adapter, collection)
    COPIES.set(collection, copy)
  }
  await db.execute(copy(ids, now.toISOString()))
  const max = typeof versions === 'object' ? (versions.maxPerDoc ?? 0) : 0
  if (max > 0) {
    // The rows under each removed version go with it (their foreign keys cascade).
    const name = versionsOf(adapter, collection)
    await db.execute(sql`delete from ${ident(name)} where id in (
      select id from (
        select id, row_number() over (partition by parent_id order by updated_at desc, id desc) as n
        from ${ident(name)} where parent_id = any(${idArray(ids)})
      ) ranked where n > ${max})`)
  }
}
