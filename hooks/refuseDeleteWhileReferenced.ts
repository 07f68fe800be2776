import {
  APIError,
  type CollectionBeforeDeleteHook,
  type FlattenedField,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { say } from '@/lib/i18n'

/** Paths (dot-separated) of relationship/upload fields that point at `slug`. */
function referencingPaths(fields: FlattenedField[], slug: string, prefix = ''): string[] {
  const paths: string[] = []
  for (const field of fields) {
    const path = prefix + field.name
    // Polymorphic relationships are not handled yet: no collection points at these slugs that way.
    if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo === slug) {
      paths.push(path)
    }
    if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field) {
      paths.push(...referencingPaths(field.flattenedFields, slug, `${path}.`))
    }
  }
  return paths
}

const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => {
    if (Array.isArray(node)) return node.flatMap((item) => valueAt(item, key) as unknown[])
    return node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  }, doc)

const mentions = (value: unknown, id: number | string): boolean =>
  Array.isArray(value)
    ? value.some((v) => mentions(v, id))
    : value === id || (typeof value === 'object' && value !== null && (value as { id?: unknown }).id === id)

/** Where a document is referenced from: collection label and how many records. */
async function findReferences(payload: Payload, req: PayloadRequest, slug: string, id: number | string) {
  const found: { where: string; count: number }[] = []
  for (const collection of payload.config.collections) {
    for (const path of referencingPaths(collection.flattenedFields, slug)) {
      // Integrity check over every record, whoever asks: not a read on the caller's behalf.
      const { totalDocs } = await payload.count({
        collection: collection.slug,
        where: { [path]: { equals: id } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) found.push({ where: collection.slug, count: totalDocs })
    }
  }
  for (const global of payload.config.globals) {
    const paths = referencingPaths(global.flattenedFields, slug)
    if (paths.length === 0) continue
    const doc = await payload.findGlobal({ slug: global.slug, depth: 0, overrideAccess: true, req })
    if (paths.some((path) => mentions(valueAt(doc, path), id))) found.push({ where: global.slug, count: 1 })
  }
  return found
}

/**
 * Refuses to delete a record other records still point at (409), so no data loses its meaning.
 * Deactivating is the way to retire such a record.
 */
export const refuseDeleteWhileReferenced: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const references = await findReferences(req.payload, req, collection.slug, id)
  if (references.length === 0) return
  const list = references.map((r) => `${r.where} (${r.count})`).join(', ')
  throw new APIError(
    say(req.i18n?.language, {
      en: `This item is still used by ${list}. Deactivate it instead of deleting it.`,
      ro: `Elementul este folosit încă de ${list}. Dezactivați-l în loc să îl ștergeți.`,
    }),
    409,
  )
}
