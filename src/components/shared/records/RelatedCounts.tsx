import type { FlattenedJoinField, UIFieldServerProps, Where } from 'payload'

import { LiveCounts } from './LiveCounts'

type Label = string | Record<string, string> | undefined

const textOf = (label: Label, language: string) =>
  typeof label === 'string' ? label : (label?.[language] ?? label?.en ?? '')

/**
 * The record page's overview: how many records of each kind point at this one (its join fields),
 * each a link to the list filtered on the record. Counted with the reader's own access, so a
 * number never reveals records the reader cannot open. Joins a later module adds show up here.
 * The numbers follow what is added or removed in the page's drawers (LiveCounts).
 */
export async function RelatedCounts({ collectionSlug, field, id, payload, req, i18n }: UIFieldServerProps) {
  if (!id) return null
  const joins = payload.collections[collectionSlug as 'users'].config.flattenedFields.filter(
    (field): field is FlattenedJoinField => field.type === 'join' && typeof field.collection === 'string',
  )
  const rows = await Promise.all(
    joins.map(async (join) => {
      const where: Where = join.where
        ? { and: [{ [join.on]: { equals: id } }, join.where] }
        : { [join.on]: { equals: id } }
      const permitted = await payload
        .count({ collection: join.collection as 'users', where, user: req.user, overrideAccess: false, req })
        .catch(() => null)
      return permitted && { join, count: permitted.totalDocs, where }
    }),
  )
  const language = i18n.language
  return (
    <LiveCounts
      title={textOf(field.label as Label, language)}
      api={payload.config.routes.api}
      rows={rows.flatMap((row) =>
        row
          ? [
              {
                name: row.join.name,
                collection: row.join.collection as string,
                label: textOf(row.join.label as Label, language),
                count: row.count,
                query: listQuery(row.where),
              },
            ]
          : [],
      )}
    />
  )
}

/** `where` as the list view reads it from the address (where[a][equals]=1&where[and][0]...). */
function listQuery(where: Where, prefix = 'where'): string {
  return Object.entries(where)
    .flatMap(([key, value]) =>
      Array.isArray(value)
        ? value.map((item, index) =>
            item && typeof item === 'object'
              ? listQuery(item as Where, `${prefix}[${key}][${index}]`)
              : `${encodeURIComponent(`${prefix}[${key}][${index}]`)}=${encodeURIComponent(String(item))}`,
          )
        : value && typeof value === 'object'
          ? [listQuery(value as Where, `${prefix}[${key}]`)]
          : [`${encodeURIComponent(`${prefix}[${key}]`)}=${encodeURIComponent(String(value))}`],
    )
    .join('&')
}
