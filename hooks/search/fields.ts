import type { Payload } from 'payload'

import type { SearchField, SearchSource } from './types'

const SEARCHABLE_TYPES = new Set(['text', 'textarea', 'email'])

export interface ResolvedField extends SearchField {
  /** The column in the collection's own table. */
  column: string
}

type Column = { name?: string }

/**
 * A source's fields as columns of its collection's table. A field the search cannot serve with one
 * index (unknown, not text, localized, many values, nested in an array or a block) is a mistake
 * in the module's registration: said at start-up, never discovered by a user.
 */
export function searchedFields(payload: Payload, source: SearchSource): ResolvedField[] {
  const config = payload.config.collections.find((c) => c.slug === source.collection)
  if (!config) throw new Error(`global search: there is no collection "${source.collection}"`)
  const db = payload.db as unknown as {
    tables: Record<string, Record<string, Column>>
    tableNameMap: Map<string, string>
  }
  const snake = source.collection.replace(/-/g, '_')
  const table = db.tables?.[db.tableNameMap.get(snake) ?? snake]
  return source.fields.map((given) => {
    const field: SearchField = typeof given === 'string' ? { field: given } : given
    const described = config.flattenedFields.find((f) => f.name === field.field)
    const problem = !described
      ? 'is not a field of it'
      : !SEARCHABLE_TYPES.has(described.type)
        ? `is a ${described.type} field (text, textarea or email only)`
        : 'localized' in described && described.localized
          ? 'is localized'
          : 'hasMany' in described && described.hasMany
            ? 'holds many values'
            : null
    const column = table?.[field.field]?.name
    if (problem || !column)
      throw new Error(
        `global search: "${field.field}" of ${source.collection} ${problem ?? 'has no column in its table'}`,
      )
    return { ...field, column }
  })
}
