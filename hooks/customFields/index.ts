import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { customFieldsQuery } from './query'
import { validateCustomFields } from './validate'

export { definitionsFor, forgetDefinitions, labelOf } from './definitions'
export { customFieldsQuery, CUSTOM_FIELD_OPERATORS } from './query'
export { stripHiddenCustomFields } from './read'
export { missingRequiredCustomFields } from './required'
export { customFieldsSchema, isEmpty, valueSchema } from './schema'
export * from './types'
export { isSystemWork, validateCustomFields } from './validate'

/**
 * The collection hooks of a collection with custom fields: querying by `customFields.<key>`
 * (beforeOperation) and validation of every create/update (beforeChange, keep it last). The
 * field factory `customFieldsField` in fields/customFields.ts brings the field and its read hook.
 */
export function customFieldsHooks(): {
  beforeOperation: CollectionBeforeOperationHook[]
  beforeChange: CollectionBeforeChangeHook[]
} {
  return { beforeOperation: [customFieldsQuery], beforeChange: [validateCustomFields] }
}
