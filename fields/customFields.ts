import type { CollectionConfig, JSONField } from 'payload'

import { markerOf } from '@/hooks/customFields/definitions'
import { customFieldsQuery } from '@/hooks/customFields/query'
import { stripHiddenCustomFields } from '@/hooks/customFields/read'
import { CUSTOM_FIELDS_FIELD, type CustomFieldsMarker, type CustomFieldsOptions } from '@/hooks/customFields/types'
import { validateCustomFields } from '@/hooks/customFields/validate'
import { t } from '@/lib/i18n'

export { customFieldsHooks, missingRequiredCustomFields } from '@/hooks/customFields'
export type { CustomFieldsOptions } from '@/hooks/customFields/types'

/** The props the admin input receives from the field config. */
export interface CustomFieldsInputProps {
  discriminatorField?: string
  statusField: string
}

/**
 * The `customFields` json field of a collection that offers custom fields (ARCHITECTURE §7):
 * values keyed by definition key, edited through one input that renders the definitions applying
 * to the record, and stripped on read of what the reader's roles may not see. Add the collection
 * hooks too (`customFieldsHooks()`), or use `withCustomFields`, which does both.
 */
export function customFieldsField(options: CustomFieldsOptions = {}): JSONField {
  const marker: CustomFieldsMarker = {
    customFields: { discriminatorField: options.discriminatorField, statusField: options.statusField ?? 'status' },
  }
  const clientProps: CustomFieldsInputProps = marker.customFields
  return {
    name: CUSTOM_FIELDS_FIELD,
    type: 'json',
    label: t('Custom fields', 'Câmpuri personalizate'),
    custom: marker,
    hooks: { afterRead: [stripHiddenCustomFields] },
    typescriptSchema: [() => ({ type: 'object', additionalProperties: true })],
    admin: {
      components: {
        Field: { path: '/hooks/customFields/components/CustomFieldsInput#CustomFieldsInput', clientProps },
      },
    },
  }
}

/**
 * A collection with custom fields: its `customFields` field plus the engine's hooks (querying
 * first among beforeOperation hooks, validation last among beforeChange hooks, so it sees the
 * status and discriminator other hooks set).
 */
export function withCustomFields(collection: CollectionConfig, options: CustomFieldsOptions = {}): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [customFieldsQuery, ...(hooks.beforeOperation ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), validateCustomFields],
    },
    fields: [...collection.fields, customFieldsField(options)],
  }
}

/**
 * The collections that opted in to custom fields: those with the field from `customFieldsField`.
 * Refuses, when the configuration is built, a collection that has the field but not the hooks:
 * its values would be stored unchecked.
 */
export function customFieldTargets(collections: CollectionConfig[]): CollectionConfig[] {
  const targets = collections.filter((c) => markerOf(c.fields))
  for (const c of targets) {
    const validated = c.hooks?.beforeChange?.includes(validateCustomFields)
    const queried = c.hooks?.beforeOperation?.includes(customFieldsQuery)
    if (!validated || !queried) {
      throw new Error(
        `Collection "${c.slug}" has a customFields field but not the custom-field hooks: add customFieldsHooks() or use withCustomFields().`,
      )
    }
  }
  return targets
}
