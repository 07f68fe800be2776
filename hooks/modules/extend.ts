import type { CollectionConfig, Field } from 'payload'

import type { CollectionExtension } from './types'

/** The fields with their named relationship fields given more targets (copies: configs may share fields). */
function withTargets(fields: Field[], targets: Record<string, string[]>): Field[] {
  return fields.map((field) => {
    if ('name' in field && field.type === 'relationship' && targets[field.name]) {
      const given = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      const relationTo = [...new Set([...given, ...targets[field.name]])] as typeof given
      return { ...field, relationTo } as Field
    }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withTargets(tab.fields, targets) })) }
    }
    if ((field.type === 'row' || field.type === 'collapsible') && !('name' in field && field.name)) {
      return { ...field, fields: withTargets(field.fields, targets) } as Field
    }
    return field
  })
}

/**
 * Other modules' additions to a collection: fields that store nothing in its table (joins, buttons)
 * and more targets for its polymorphic relationships. Only targets present in the config are added.
 */
export function extendCollection(
  collection: CollectionConfig,
  extensions: CollectionExtension[],
  present: Set<string>,
): CollectionConfig {
  if (extensions.length === 0) return collection
  const targets: Record<string, string[]> = {}
  for (const extension of extensions) {
    for (const [field, slugs] of Object.entries(extension.relationTo ?? {})) {
      targets[field] = [...(targets[field] ?? []), ...slugs.filter((slug) => present.has(slug))]
    }
  }
  return {
    ...collection,
    fields: [...withTargets(collection.fields, targets), ...extensions.flatMap((e) => e.fields ?? [])],
  }
}
