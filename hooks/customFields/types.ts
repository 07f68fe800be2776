/** What a definition's values may be (ARCHITECTURE §7). */
export const CUSTOM_FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'boolean',
  'select',
  'multiselect',
  'user',
  'url',
  'email',
] as const
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number]

/** How a definition is used on the records it applies to. */
export const CUSTOM_FIELD_USAGES = ['optional', 'required', 'requiredFromState', 'readOnly', 'hiddenForRoles'] as const
export type CustomFieldUsage = (typeof CUSTOM_FIELD_USAGES)[number]

/** Types whose values come from the definition's list of possible values. */
export const TYPES_WITH_OPTIONS: readonly CustomFieldType[] = ['select', 'multiselect']

/** A definition's key: stable, used in the stored JSON and in `where[customFields.<key>]`. */
export const KEY_PATTERN = /^[a-z][a-zA-Z0-9_]*$/
/** An option's value: a code that survives Payload's JSON query value check. */
export const OPTION_VALUE_PATTERN = /^[A-Za-z0-9_.:+@-]+$/

export const CUSTOM_FIELDS_SLUG = 'custom-fields'
export const CUSTOM_FIELDS_FIELD = 'customFields'

export interface Bilingual {
  en?: string | null
  ro?: string | null
}

/** A definition as the engine uses it (read with locale 'all': labels in both languages). */
export interface CustomFieldDefinition {
  id: number | string
  key: string
  label: Bilingual
  description?: Bilingual | null
  type: CustomFieldType
  options: { value: string; label: Bilingual }[]
  usage: CustomFieldUsage
  requiredFromState: string | null
  hiddenForRoles: (number | string)[]
  targetCollection: string
  discriminator: string | null
  order: number
  active: boolean
}

/** What a collection declares when it opts in. */
export interface CustomFieldsOptions {
  /**
   * Field of the record whose value selects the definitions that apply (for tickets, the ticket
   * type). A definition with a discriminator applies only to records whose field holds that value
   * (a select's value, or a relationship's id); one without applies to every record.
   */
  discriminatorField?: string
  /** Field holding the record's workflow state, for `requiredFromState`. Default `status`. */
  statusField?: string
}

/** The marker the field factory leaves on the json field: how the engine finds a collection's options. */
export interface CustomFieldsMarker {
  customFields: Required<Pick<CustomFieldsOptions, 'statusField'>> & Pick<CustomFieldsOptions, 'discriminatorField'>
}

/**
 * Set `req.context[CUSTOM_FIELDS_SYSTEM] = true` (or pass it in `context`) for system work that
 * may change read-only values: an import, a workflow effect. Local API calls without a user count
 * as system work too.
 */
export const CUSTOM_FIELDS_SYSTEM = 'customFields:system'
