'use client'
import type { CustomFieldDefinition } from '../types'
import { CheckboxField } from './CheckboxField'
import { DateField } from './DateField'
import { pick } from './describe'
import type { Choice, FieldInputProps } from './fieldInput'
import { NumberField } from './NumberField'
import { SelectField } from './SelectField'
import { TextareaField } from './TextareaField'
import { TextField } from './TextField'

/** The input for a definition's type; `field` is what every input gets (path, label, value...). */
export function CustomFieldInput({
  definition,
  field,
  language,
  users,
}: {
  definition: CustomFieldDefinition
  field: FieldInputProps
  language: string
  users: Choice[]
}) {
  switch (definition.type) {
    case 'textarea':
      return <TextareaField {...field} />
    case 'boolean':
      return <CheckboxField {...field} />
    case 'date':
      return <DateField {...field} />
    case 'number':
      return <NumberField {...field} />
    case 'user':
      return <SelectField {...field} options={users} numeric />
    case 'select':
    case 'multiselect': {
      // The REST answer may leave the list null.
      const options = (definition.options ?? []).map((o) => ({
        value: o.value,
        label: pick(o.label, language, o.value),
      }))
      return <SelectField {...field} options={options} many={definition.type === 'multiselect'} />
    }
    default:
      return <TextField {...field} />
  }
}
