import type { PayloadRequest, Where } from 'payload'

import { badRequest } from '@/lib/errors'
import type { SearchField } from './types'

export const MIN_QUERY = 2
export const MAX_QUERY = 100
export const DEFAULT_LIMIT = 5
export const MAX_LIMIT = 20
/** More words add nothing a person types into a search box, only work for the database. */
const MAX_WORDS = 8

export interface SearchQuery {
  /** The query as compared: NFC, control characters removed, spaces collapsed. */
  text: string
  words: string[]
  /** Records shown per kind. */
  limit: number
}

/**
 * The query as the database compares it. NFC, so that "s" followed by a combining comma is the
 * "ș" the unaccent rules know; no control characters (PostgreSQL refuses a NUL in text).
 */
export const cleanQuery = (raw: string) =>
  raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** `q` and `limit` of GET /api/search, or a 400 the reader can act on. */
export function readSearchQuery(req: PayloadRequest): SearchQuery {
  const text = cleanQuery(req.searchParams.get('q') ?? '')
  const length = [...text].length
  if (length < MIN_QUERY)
    throw badRequest(req, {
      en: `Type at least ${MIN_QUERY} characters to search.`,
      ro: `Scrieți cel puțin ${MIN_QUERY} caractere pentru a căuta.`,
    })
  if (length > MAX_QUERY)
    throw badRequest(req, {
      en: `A search can be at most ${MAX_QUERY} characters long.`,
      ro: `Textul căutat poate avea cel mult ${MAX_QUERY} de caractere.`,
    })
  const given = req.searchParams.get('limit')
  const limit = given === null || given === '' ? DEFAULT_LIMIT : Number(given)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw badRequest(req, {
      en: `The limit must be a whole number from 1 to ${MAX_LIMIT}.`,
      ro: `Limita trebuie să fie un număr întreg între 1 și ${MAX_LIMIT}.`,
    })
  const words = [...new Set(text.split(' '))].slice(0, MAX_WORDS)
  return { text, words, limit }
}

/** A LIKE pattern's own characters taken literally: "50%" finds "50%", not "50" and anything. */
export const literal = (text: string) => text.replace(/[\\%_]/g, '\\$&')

/**
 * Marks a pattern that must start a word of the field (adapter.ts reads it). A control character:
 * none survives `cleanQuery`, so no query can carry it.
 */
export const WORD_START = '\u0002'

/** Shortest run of letters or digits the trigram index finds inside a text. */
const TRIGRAM = 3
const RUNS = /[\p{L}\p{N}]+/gu

/**
 * How a word is compared so that a trigram index always serves it: inside the field when it holds
 * three letters or digits in a row ("constr", "tk-000123"); else at the start of one of the field's
 * words ("io" finds "Ion Popescu", not "Construcții"), which the index also serves. A word of
 * neither letters nor digits ("%%", "😀") cannot be looked up by the index: it is left out, and a
 * query of nothing else finds nothing rather than reading every row.
 */
export function patternOf(word: string): string | null {
  const runs = word.normalize('NFD').replace(/\p{M}/gu, '').match(RUNS) ?? []
  if (runs.length === 0) return null
  return runs.some((run) => [...run].length >= TRIGRAM) ? literal(word) : WORD_START + literal(word)
}

/**
 * Which records match: each word in one of the fields (any order, any field: "popescu ion" finds
 * Ion Popescu, "0722 123 456" finds 0722123456), or the whole query made to fit a field that asks
 * for it (a fiscal code with its "RO"). Compared with `contains`, which the search runs without
 * diacritics and case (adapter.ts). Null when nothing of the query can be looked up.
 */
export function matchWhere(fields: SearchField[], query: SearchQuery): Where | null {
  const patterns = query.words.map(patternOf).filter((pattern): pattern is string => pattern !== null)
  const words: Where[] = patterns.map((pattern) => ({
    or: fields.map(({ field }) => ({ [field]: { contains: pattern } })),
  }))
  const whole: Where[] = fields.flatMap(({ field, wholeQuery }) => {
    const term = wholeQuery?.(query.text)
    const pattern = term ? patternOf(term) : null
    return pattern ? [{ [field]: { contains: pattern } }] : []
  })
  const any = [...(words.length > 0 ? [{ and: words }] : []), ...whole]
  return any.length > 0 ? { or: any } : null
}
