import {
  APIError,
  type CollectionBeforeOperationHook,
  NotFound,
  type CollectionConfig,
  type PayloadRequest,
  type Plugin,
  type SanitizedCollectionConfig,
  validateQueryPaths,
} from 'payload'

import { say, t } from '@/lib/i18n'
import { isRecordId } from '@/lib/ids'
import { withMissingFileAs404 } from '@/lib/missingFiles'

type Bilingual = { en: string; ro: string }
const refuse = (req: PayloadRequest, message: Bilingual) => new APIError(say(req.i18n?.language, message), 400)

// Secrets of auth collections: never a sort or a filter, at any depth through relations.
const SECRET_FIELDS = new Set([
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'sessions',
  'apiKey',
  'apiKeyIndex',
])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const positiveWhole = (value: unknown, allowZero: boolean) =>
  typeof value === 'number' && Number.isSafeInteger(value) && (allowZero ? value >= 0 : value >= 1)

// Operators that compare a field with values (not `exists`, `like`, `near`…).
const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'in',
  'not_in',
])
const isDate = (value: unknown) =>
  value === null ||
  value instanceof Date ||
  ((typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime()))

/**
 * A `where` must be an object whose `and`/`or` are lists of objects and whose fields hold operator
 * objects; a top-level date field is compared with dates only.
 */
function whereIsWellFormed(where: unknown, dateFields: Set<string>): boolean {
  if (!isPlainObject(where)) return false
  return Object.entries(where).every(([key, value]) => {
    if (value === undefined || value === null) return true
    // GraphQL spells them AND / OR.
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or')
      return Array.isArray(value) && value.every((item) => item === undefined || whereIsWellFormed(item, dateFields))
    if (!isPlainObject(value)) return false
    if (!dateFields.has(key)) return true
    return Object.entries(value).every(
      ([operator, operand]) =>
        !COMPARISONS.has(operator) || (Array.isArray(operand) ? operand.every(isDate) : isDate(operand)),
    )
  })
}

type Polymorphic = Map<string, string[]>
const polymorphicFieldsOf = (collection: SanitizedCollectionConfig): Polymorphic =>
  new Map(
    collection.flattenedFields.flatMap((field) =>
      (field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)
        ? [[field.name, field.relationTo] as [string, string[]]]
        : [],
    ),
  )

/** A link to one of several collections: `{ relationTo, value }` naming one of them and a possible id. */
const isPolymorphicLink = (value: unknown, targets: string[]) => {
  if (value === null) return true
  if (!isPlainObject(value)) return false
  const { relationTo, value: id } = value as { relationTo?: unknown; value?: unknown }
  return (
    typeof relationTo === 'string' &&
    targets.includes(relationTo) &&
    (isRecordId(id) || (isPlainObject(id) && isRecordId((id as { id?: unknown }).id)))
  )
}

/**
 * Payload reads a link to one of several collections without checking its shape and fails with a
 * 500 on `{ relationTo: 'x' }` or a bare id: the data and the `where` on such a field must hold
 * well-formed links.
 */
function polymorphicLinksAreWellFormed(where: unknown, data: unknown, fields: Polymorphic): boolean {
  for (const [name, targets] of fields) {
    if (isPlainObject(data) && name in (data as object)) {
      const value = (data as Record<string, unknown>)[name]
      if (
        value !== undefined &&
        !(Array.isArray(value)
          ? value.every((item) => isPolymorphicLink(item, targets))
          : isPolymorphicLink(value, targets))
      )
        return false
    }
  }
  const walk = (node: unknown): boolean => {
    if (!isPlainObject(node)) return true
    return Object.entries(node as Record<string, unknown>).every(([key, value]) => {
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') return !Array.isArray(value) || value.every(walk)
      const targets = fields.get(key)
      if (!targets || !isPlainObject(value)) return true
      return Object.entries(value as Record<string, unknown>).every(
        ([operator, operand]) =>
          !COMPARISONS.has(operator) ||
          (Array.isArray(operand)
            ? operand.every((item) => isPolymorphicLink(item, targets))
            : isPolymorphicLink(operand, targets)),
      )
    })
  }
  return walk(where)
}

const dateFieldsOf = (collection: SanitizedCollectionConfig) =>
  new Set(collection.flattenedFields.filter((field) => field.type === 'date').map((field) => field.name))

const hasNumericIds = (collection: SanitizedCollectionConfig) => {
  const idField = collection.flattenedFields.find((field) => 'name' in field && field.name === 'id')
  return !idField || idField.type === 'number'
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((entry) => String(entry).trim().replace(/^-/, '').replace(/__/g, '.'))
    .filter(Boolean)

/**
 * Sorting orders rows by a field's value, so a sort on a field the caller may not read reveals it
 * one comparison at a time. Payload checks `where` paths against field access but lets some sort
 * paths through (hidden fields reached through a relation): each sort path must pass the same
 * check a `where` on it would.
 */
async function refuseHiddenSort(req: PayloadRequest, collection: SanitizedCollectionConfig, sort: unknown) {
  const message = t('You cannot sort by this field.', 'Nu puteți sorta după acest câmp.')
  // A caller who may read none of the collection gets its 403 (a relationship picker asks every
  // collection it links to): there are no rows whose order could tell anything.
  if ((await collection.access.read({ req })) === false) return
  for (const path of sortPaths(sort)) {
    if (path === 'id') continue
    if (path.split('.').some((segment) => SECRET_FIELDS.has(segment))) throw refuse(req, message)
    try {
      await validateQueryPaths({
        collectionConfig: collection,
        overrideAccess: false,
        req,
        where: { [path]: { exists: true } },
      })
    } catch {
      throw refuse(req, message)
    }
  }
}

/**
 * Checks what a REST or GraphQL caller sends before it reaches the database: page and limit are
 * whole numbers, `where` has the shape Payload expects, the data of a create or update is an
 * object, a sort names only fields the caller may read. Local API calls by our own code are trusted.
 */
export const guardQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!req || req.payloadAPI === 'local') return args
  const query = args as {
    id?: unknown
    where?: unknown
    sort?: unknown
    page?: unknown
    limit?: unknown
    overrideAccess?: boolean
  }
  // An id that cannot be a row's id (text, a fraction, beyond the integer column) names no record.
  if (query.id !== undefined && query.id !== null && hasNumericIds(collection) && !isRecordId(query.id))
    throw new NotFound(req.t)
  if (query.page !== undefined && query.page !== null && !positiveWhole(query.page, false)) {
    throw refuse(
      req,
      t('The page must be a whole number from 1 up.', 'Pagina trebuie să fie un număr întreg de la 1 în sus.'),
    )
  }
  if (query.limit !== undefined && query.limit !== null && !positiveWhole(query.limit, true)) {
    throw refuse(
      req,
      t('The limit must be a whole number from 0 up.', 'Limita trebuie să fie un număr întreg de la 0 în sus.'),
    )
  }
  if (query.where !== undefined && query.where !== null && !whereIsWellFormed(query.where, dateFieldsOf(collection))) {
    throw refuse(
      req,
      t(
        'The filter (where) is not well formed, or compares a date with something that is not a date.',
        'Filtrul (where) nu este bine format sau compară o dată cu ceva ce nu este o dată.',
      ),
    )
  }
  if ((operation === 'create' || operation === 'update') && !isPlainObject((args as { data?: unknown }).data)) {
    // A file sent alone (multipart without `_payload`) carries no data; anything else must be an object.
    if (!((args as { data?: unknown }).data === undefined && req.file)) {
      throw refuse(
        req,
        t(
          'The request body must be a JSON object (Content-Type: application/json).',
          'Corpul cererii trebuie să fie un obiect JSON (Content-Type: application/json).',
        ),
      )
    }
  }
  const polymorphic = polymorphicFieldsOf(collection)
  if (polymorphic.size && !polymorphicLinksAreWellFormed(query.where, (args as { data?: unknown }).data, polymorphic)) {
    throw refuse(
      req,
      t(
        'A link to another record must name its collection and a valid id.',
        'O legătură către altă înregistrare trebuie să numească colecția și un identificator valid.',
      ),
    )
  }
  if ((operation === 'read' || operation === 'readDistinct') && query.sort && query.overrideAccess !== true) {
    // Only what the caller asked for: our own endpoints sort on their own terms inside REST requests.
    const asked = req.payloadAPI === 'GraphQL' ? sortPaths(query.sort) : sortPaths(req.query?.sort)
    const checked = sortPaths(query.sort).filter((path) => asked.includes(path))
    if (checked.length) await refuseHiddenSort(req, collection, checked)
  }
  return args
}

/**
 * Payload adds its own collections (preferences, locked documents, jobs, migrations) after our
 * configuration is built: at init they get the same guard as ours.
 */
export function guardEveryCollection(collections: SanitizedCollectionConfig[]) {
  for (const collection of collections) {
    const hooks = (collection.hooks.beforeOperation ??= [])
    if (!hooks.includes(guardQuery)) hooks.unshift(guardQuery)
  }
}

/** Adds the query checks to a collection, before its own hooks. */
export const withQueryGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [guardQuery, ...(collection.hooks?.beforeOperation ?? [])] },
})

/**
 * The last plugin: every collection checks what a caller sends, and upload collections answer a
 * file gone from the disk with 404.
 */
export const guardCollections = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => withMissingFileAs404(withQueryGuards(collection))),
})
