import { APIError, type CollectionBeforeOperationHook, QueryError, type Where } from 'payload'

import { say } from '@/lib/i18n'
import { definitionsFor, hiddenFrom, roleIdsOf } from './definitions'
import { CUSTOM_FIELDS_FIELD, type CustomFieldDefinition } from './types'

/** Operators PostgreSQL's JSON path queries answer for `customFields.<key>` (contains is `like`). */
export const CUSTOM_FIELD_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'like',
  'contains',
  'not_like',
] as const
const PREFIX = `${CUSTOM_FIELDS_FIELD}.`

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

function mentionsCustomFields(where: unknown): boolean {
  if (Array.isArray(where)) return where.some(mentionsCustomFields)
  if (!isPlainObject(where)) return false
  return Object.entries(where).some(
    ([key, value]) =>
      key === CUSTOM_FIELDS_FIELD || key.startsWith(PREFIX) || (/^(and|or)$/i.test(key) && mentionsCustomFields(value)),
  )
}

/** Query values arrive as text from REST: give them the type the stored JSON has. */
function coerce(definition: CustomFieldDefinition | undefined, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => coerce(definition, item))
  if (typeof value !== 'string' || !definition) return value
  switch (definition.type) {
    case 'number':
    case 'user': {
      const number = Number(value)
      return value.trim() !== '' && Number.isFinite(number) ? number : value
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value
    default:
      return value
  }
}

/**
 * Collection `beforeOperation` hook: makes `where[customFields.<key>][<operator>]=<value>` work the
 * same through REST, GraphQL and the local API.
 *
 * - REST values are text: they are turned into the definition's type (numbers, booleans, user ids),
 *   so `where[customFields.amount][equals]=5` matches the stored number 5.
 * - GraphQL's where input offers the json field as a whole (`customFields: { equals: JSON }`), so
 *   an object there means one condition per key:
 *   `where: { customFields: { equals: { priority: "high", amount: 5 } } }`.
 * - `contains` becomes `like` (a case-insensitive substring match); operators PostgreSQL JSON path
 *   queries cannot answer (greater_than, ...) are refused with 400 instead of failing in SQL.
 * - A key hidden for one of the reader's roles cannot be queried (400): filtering would reveal it.
 */
export const customFieldsQuery: CollectionBeforeOperationHook = async ({ args, collection, overrideAccess, req }) => {
  const holder = args as { where?: Where }
  if (!holder.where || !mentionsCustomFields(holder.where)) return args
  const definitions = await definitionsFor(req, collection.slug)
  const byKey = new Map(definitions.map((d) => [d.key, d]))
  const roleIds = overrideAccess || !req.user ? [] : roleIdsOf(req.user)
  const language = req.i18n?.language

  const condition = (path: string, operators: unknown): Where => {
    const key = path.slice(PREFIX.length).split('.')[0]
    const definition = byKey.get(key)
    if (definition && hiddenFrom(definition, roleIds)) throw new QueryError([{ path }])
    if (!isPlainObject(operators)) return { [path]: operators } as Where
    const out: Record<string, unknown> = {}
    for (const [operator, raw] of Object.entries(operators)) {
      if (!(CUSTOM_FIELD_OPERATORS as readonly string[]).includes(operator)) {
        throw new APIError(
          say(language, {
            en: `Custom field "${key}" cannot be queried with "${operator}"; use one of: ${CUSTOM_FIELD_OPERATORS.join(', ')}.`,
            ro: `Câmpul personalizat „${key}” nu poate fi interogat cu „${operator}”; folosiți unul dintre: ${CUSTOM_FIELD_OPERATORS.join(', ')}.`,
          }),
          400,
        )
      }
      let value = raw
      if (operator === 'exists') value = raw === true || raw === 'true'
      else if ((operator === 'in' || operator === 'not_in') && typeof raw === 'string')
        value = coerce(definition, raw.split(','))
      else value = coerce(definition, raw)
      out[operator === 'contains' ? 'like' : operator] = value
    }
    return { [path]: out } as Where
  }

  const rewrite = (where: Where): Where => {
    const out: Where = {}
    const extra: Where[] = []
    for (const [key, value] of Object.entries(where)) {
      if (/^(and|or)$/i.test(key) && Array.isArray(value)) {
        out[key] = (value as Where[]).map(rewrite)
      } else if (key.startsWith(PREFIX)) {
        extra.push(condition(key, value))
      } else if (key === CUSTOM_FIELDS_FIELD && isPlainObject(value)) {
        // The GraphQL shape: an object value holds one condition per key.
        const whole: Record<string, unknown> = {}
        for (const [operator, operand] of Object.entries(value)) {
          if (isPlainObject(operand) && operator !== 'within' && operator !== 'intersects') {
            for (const [field, fieldValue] of Object.entries(operand)) {
              extra.push(condition(`${PREFIX}${field}`, { [operator]: fieldValue }))
            }
          } else whole[operator] = operand
        }
        if (Object.keys(whole).length) out[key] = whole as Where[string]
      } else {
        out[key] = value
      }
    }
    if (extra.length === 0) return out
    const existing = Array.isArray(out.and) ? (out.and as Where[]) : []
    return { ...out, and: [...existing, ...extra] }
  }

  holder.where = rewrite(holder.where)
  return args
}
