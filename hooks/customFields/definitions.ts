import type { CollectionSlug, Field, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import {
  type Bilingual,
  CUSTOM_FIELDS_FIELD,
  CUSTOM_FIELDS_SLUG,
  type CustomFieldDefinition,
  type CustomFieldsMarker,
} from './types'
import { idOf } from '@/lib/ids'

const CACHE_KEY = 'organizecrm:customFieldDefinitions'

type Cache = Record<string, Promise<CustomFieldDefinition[]>>

const bilingual = (value: unknown): Bilingual =>
  value && typeof value === 'object' ? (value as Bilingual) : typeof value === 'string' ? { ro: value, en: value } : {}

function toDefinition(doc: Record<string, unknown>): CustomFieldDefinition {
  return {
    id: doc.id as number,
    key: String(doc.key),
    label: bilingual(doc.label),
    description: doc.description ? bilingual(doc.description) : null,
    type: doc.type as CustomFieldDefinition['type'],
    options: ((doc.options as Record<string, unknown>[] | null) ?? []).map((o) => ({
      value: String(o.value),
      label: bilingual(o.label),
    })),
    usage: (doc.usage as CustomFieldDefinition['usage']) ?? 'optional',
    requiredFromState: (doc.requiredFromState as string | null) || null,
    hiddenForRoles: ((doc.hiddenForRoles as unknown[] | null) ?? [])
      .map(idOf)
      .filter((id): id is number | string => id !== null),
    targetCollection: String(doc.targetCollection),
    discriminator: (doc.discriminator as string | null)?.trim() || null,
    order: (doc.order as number | null) ?? 0,
    active: doc.active !== false,
  }
}

/**
 * Every definition (active or not) targeting `collection`, read once per request and kept in
 * `req.context`; saving a definition drops the cache. Definitions are configuration: reading them
 * is engine work, not access-checked, and joins the request's transaction.
 */
export function definitionsFor(req: PayloadRequest, collection: string): Promise<CustomFieldDefinition[]> {
  if (!req.payload.collections[CUSTOM_FIELDS_SLUG as CollectionSlug]) return Promise.resolve([])
  // Only collections that opted in can be targets (the column is an enum of them): others have none.
  if (!markerOf(req.payload.collections[collection as CollectionSlug]?.config.fields)) return Promise.resolve([])
  const cache = (req.context[CACHE_KEY] ??= {}) as Cache
  // The local API writes `locale` onto the req it is given: a child object takes that write, so
  // the caller's request keeps its own locale (else everything read after it came back in both).
  const inBothLanguages = Object.create(req) as PayloadRequest
  cache[collection] ??= req.payload
    .find({
      collection: CUSTOM_FIELDS_SLUG as CollectionSlug,
      where: { targetCollection: { equals: collection } },
      locale: 'all',
      depth: 0,
      pagination: false,
      sort: 'order',
      overrideAccess: true,
      req: inBothLanguages,
    })
    .then(({ docs }) => (docs as unknown as Record<string, unknown>[]).map(toDefinition))
    .catch((error: unknown) => {
      delete cache[collection]
      throw error
    })
  return cache[collection]
}

export function forgetDefinitions(req: PayloadRequest) {
  delete req.context[CACHE_KEY]
}

/** The marker the field factory put on a collection's `customFields` field, if it opted in. */
export function markerOf(fields: Field[] | undefined): CustomFieldsMarker['customFields'] | undefined {
  const field = fields?.find((f) => 'name' in f && f.name === CUSTOM_FIELDS_FIELD)
  const custom = field && 'custom' in field ? (field.custom as Partial<CustomFieldsMarker> | undefined) : undefined
  return custom?.customFields
}

export function optionsOf(collection: SanitizedCollectionConfig | undefined) {
  return markerOf(collection?.fields) ?? { statusField: 'status' }
}

/** The value that selects definitions for a record: a select's value or a relationship's id. */
export function discriminatorOf(doc: Record<string, unknown> | undefined, field: string | undefined): string | null {
  if (!field || !doc) return null
  const value = idOf(doc[field])
  return value === null || value === '' ? null : String(value)
}

/** Whether a definition applies to a record with this discriminator value. */
export const applies = (definition: CustomFieldDefinition, discriminator: string | null) =>
  !definition.discriminator || definition.discriminator === discriminator

/** The label in the request's language, falling back to the other language, then the key. */
export function labelOf(definition: Pick<CustomFieldDefinition, 'label' | 'key'>, language: string | undefined) {
  const { en, ro } = definition.label
  return (language === 'en' ? en || ro : ro || en) || definition.key
}

/** Ids of the roles the signed-in user holds. */
export function roleIdsOf(user: unknown): string[] {
  const roles = user && typeof user === 'object' ? (user as { roles?: unknown[] }).roles : undefined
  return (roles ?? [])
    .map(idOf)
    .filter((id): id is number | string => id !== null)
    .map(String)
}

/** True when the definition is hidden from a user holding these roles. */
export const hiddenFrom = (definition: CustomFieldDefinition, roleIds: string[]) =>
  definition.usage === 'hiddenForRoles' && definition.hiddenForRoles.some((id) => roleIds.includes(String(id)))
