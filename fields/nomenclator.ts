import type { RelationshipField } from 'payload'

/**
 * A field that picks items of one nomenclator list. Only active items of that list are offered,
 * and the server refuses any other (Payload validates relationships against filterOptions).
 */
export function nomenclatorField(
  options: Omit<RelationshipField, 'type' | 'relationTo' | 'filterOptions' | 'hasMany' | 'maxRows' | 'minRows'> & {
    /** A list some module declares (its `nomenclatorLists`). */
    list: string
    hasMany?: boolean
  },
): RelationshipField {
  const { list, hasMany, ...rest } = options
  return {
    ...rest,
    type: 'relationship',
    relationTo: 'nomenclators',
    hasMany: hasMany ?? false,
    filterOptions: { list: { equals: list }, active: { equals: true } },
  } as RelationshipField
}
