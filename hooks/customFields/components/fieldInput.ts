/** What every custom field's input gets, whatever its type. */
export interface FieldInputProps {
  /** `customFields.<key>`: the form path Payload's inputs and their element ids are named after. */
  path: string
  label: string
  description?: string
  required: boolean
  readOnly: boolean
  value: unknown
  /** The new value as stored (a number, a day, a list...); empty is cleared by the caller. */
  onChange: (value: unknown) => void
}

/** A choice of a select: the option's or user's value, and its label in the user's language. */
export interface Choice {
  value: string
  label: string
}

/** The element id Payload gives a field at `path` (`field-customFields__key`), for labels and tests. */
export const elementId = (path: string) => `field-${path.replace(/\./g, '__')}`
