import { describe, expect, it } from 'vitest'

import { fiscalCodeOf } from '@/collections/crm/searchSources'
import { unaccentedMatch } from '@/hooks/search/database'
import { cleanQuery, literal, matchWhere, patternOf, WORD_START } from '@/hooks/search/query'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'

const query = (text: string) => ({ text, words: text.split(' '), limit: 5 })

/** How the global search reads a query (hooks/search/query.ts) before any database sees it. */
describe('global search queries', () => {
  it('cleans a query: NFC, no control characters, one space between words', () => {
    expect(cleanQuery('  s\u0326tefan \t\n popescu\u0000 ')).toBe('ștefan popescu')
    expect(cleanQuery('\u0002ab')).toBe('ab')
  })

  it('takes %, _ and \\ literally', () => {
    expect(literal('50%_a\\b')).toBe('50\\%\\_a\\\\b')
  })

  it('looks a word up inside the field when the trigram index can, at a word start otherwise', () => {
    expect(patternOf('constr')).toBe('constr')
    expect(patternOf('TK-000123')).toBe('TK-000123')
    expect(patternOf('ȘTĂ')).toBe('ȘTĂ')
    expect(patternOf('io')).toBe(`${WORD_START}io`)
    expect(patternOf('50%')).toBe(`${WORD_START}50\\%`)
    expect(patternOf('a-b')).toBe(`${WORD_START}a-b`)
    // Nothing an index could find: left out.
    expect(patternOf('%%')).toBeNull()
    expect(patternOf('😀')).toBeNull()
    expect(patternOf('\u0301\u0301')).toBeNull()
  })

  it('wants each word in one of the fields, or the whole query in a field that asks for it', () => {
    const fields = [{ field: 'name' }, { field: 'fiscalCode', wholeQuery: fiscalCodeOf }]
    expect(matchWhere(fields, query('ro 123'))).toEqual({
      or: [
        {
          and: [
            { or: [{ name: { contains: `${WORD_START}ro` } }, { fiscalCode: { contains: `${WORD_START}ro` } }] },
            { or: [{ name: { contains: '123' } }, { fiscalCode: { contains: '123' } }] },
          ],
        },
        { fiscalCode: { contains: '123' } },
      ],
    })
    expect(matchWhere(fields, query('%% 😀'))).toBeNull()
  })

  it('reads a fiscal code with or without RO and spaces, and nothing else as one', () => {
    expect(fiscalCodeOf('RO14399840')).toBe('14399840')
    expect(fiscalCodeOf('ro 143 998 40')).toBe('14399840')
    expect(fiscalCodeOf('14399840')).toBe('14399840')
    expect(fiscalCodeOf('Romstal')).toBeNull()
    expect(fiscalCodeOf('RO')).toBeNull()
  })

  it('compares without diacritics, inside the text or at a word start', () => {
    const dialect = new PgDialect()
    const inside = dialect.sqlToQuery(unaccentedMatch('col', '%abc%', WORD_START))
    expect(inside.sql).toBe('immutable_unaccent($1) ilike immutable_unaccent($2)')
    expect(inside.params).toEqual(['col', '%abc%'])
    const start = dialect.sqlToQuery(unaccentedMatch('col', `%${WORD_START}io%`, WORD_START))
    expect(start.sql).toBe(
      '(immutable_unaccent($1) ilike immutable_unaccent($2) or immutable_unaccent($3) ilike immutable_unaccent($4))',
    )
    expect(start.params).toEqual(['col', 'io%', 'col', '% io%'])
  })
})
