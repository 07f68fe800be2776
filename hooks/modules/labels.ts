import type { CollectionConfig } from 'payload'

import type { Bilingual } from '@/lib/i18n'

/** A collection's plural label in both languages, for lists that name collections (roles, workflows...). */
export const pluralLabel = (collection: CollectionConfig): Bilingual => {
  const plural = collection.labels?.plural
  return plural && typeof plural === 'object' && 'en' in plural
    ? (plural as Bilingual)
    : { en: collection.slug, ro: collection.slug }
}

export const namedCollection = (collection: CollectionConfig) => ({
  slug: collection.slug,
  label: pluralLabel(collection),
})
