import { sql } from '@payloadcms/db-postgres'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { whereSql } from '@/lib/whereSql'

/** Columns as the reports and the pipeline totals pass them: any SQL expression per field. */
const columns = {
  owner: sql.identifier('owner'),
  team: sql.identifier('team'),
  stage: sql.identifier('stage'),
  closes: sql.identifier('closes'),
}
const dialect = new PgDialect()

/** The SQL text and its parameters, as the database would receive them. */
const render = (where: Where) => dialect.sqlToQuery(whereSql(columns, where, 'test'))

describe('a Payload Where as an SQL condition (whereSql)', () => {
  it('translates each operator with the meaning Payload gives it, values always as parameters', () => {
    expect(render({ owner: { equals: 7 } })).toMatchObject({ sql: '("owner" = $1)', params: [7] })
    expect(render({ owner: { equals: null } }).sql).toBe('("owner" is null)')
    expect(render({ stage: { in: [1, 2] } })).toMatchObject({ sql: '("stage" in ($1, $2))', params: [1, 2] })
    expect(render({ stage: { in: '1,2' } })).toMatchObject({ sql: '("stage" in ($1, $2))', params: ['1', '2'] })
    // Payload keeps empty relationships in a not_in.
    expect(render({ team: { not_in: [3] } })).toMatchObject({
      sql: '(("team" not in ($1) or "team" is null))',
      params: [3],
    })
    expect(render({ team: { exists: true } }).sql).toBe('("team" is not null)')
    expect(render({ team: { exists: 'false' } }).sql).toBe('("team" is null)')
    const day = new Date('2026-03-01T00:00:00.000Z')
    expect(render({ closes: { greater_than_equal: day, less_than: '2026-04-01' } })).toMatchObject({
      sql: '("closes" >= $1 and "closes" < $2)',
      params: ['2026-03-01T00:00:00.000Z', '2026-04-01'],
    })
    expect(render({ stage: { greater_than: 1, less_than_equal: 4 } })).toMatchObject({
      sql: '("stage" > $1 and "stage" <= $2)',
      params: [1, 4],
    })
  })

  it('nests and/or as Payload does; empty lists match nothing (in) or everything (not_in, and)', () => {
    expect(render({ or: [{ owner: { equals: 1 } }, { team: { in: [2] } }], stage: { equals: 3 } })).toMatchObject({
      sql: '((("owner" = $1) or ("team" in ($2))) and "stage" = $3)',
      params: [1, 2, 3],
    })
    expect(render({ stage: { in: [] } }).sql).toBe('(false)')
    expect(render({ stage: { not_in: [] } }).sql).toBe('(true)')
    expect(render({}).sql).toBe('true')
    expect(render({ or: [] }).sql).toBe('(false)')
  })

  it('never turns what it does not know into a wider query: unknown fields, operators and values throw', () => {
    expect(() => render({ secret: { equals: 1 } })).toThrow('test: the field "secret" is not supported here')
    expect(() => render({ owner: { like: 'a%' } })).toThrow('test: the operator "like" is not supported here')
    expect(() => render({ owner: { equals: { id: 1 } } })).toThrow(/unsupported value/)
    expect(() => render({ owner: 5 } as never)).toThrow(/needs an operator/)
    expect(() => render({ stage: { in: 5 } })).toThrow(/need a list/)
    expect(() => render({ team: { exists: 'maybe' } })).toThrow(/needs true or false/)
    expect(() => render({ and: { owner: { equals: 1 } } } as never)).toThrow(/"and" needs a list/)
    // An own property of the map only: nothing reaches the prototype.
    expect(() => render({ toString: { equals: 1 } })).toThrow(/"toString" is not supported/)
    expect(() => render({ owner: { constructor: 1 } } as never)).toThrow(/"constructor" is not supported/)
  })
})
