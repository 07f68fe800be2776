'use client'
import { SelectInput } from '@payloadcms/ui'

import type { Choice, FieldInputProps } from './fieldInput'

interface Props extends FieldInputProps {
  options: Choice[]
  /** Several values (a multiselect), stored as a list. */
  many?: boolean
  /** Values stored as numbers (user ids), not as the option's text. */
  numeric?: boolean
}

/** One or several values from a list: the definition's options, or the users. */
export function SelectField({ path, value, onChange, options, many = false, numeric = false, ...field }: Props) {
  const selected = many
    ? (Array.isArray(value) ? value : []).map(String)
    : value === undefined || value === null
      ? undefined
      : String(value)
  return (
    <SelectInput
      {...field}
      name={path}
      path={path}
      hasMany={many}
      isClearable
      options={options}
      value={selected}
      onChange={(option) => {
        if (many) return onChange((Array.isArray(option) ? option : []).map((o) => String(o.value)))
        const raw = (Array.isArray(option) ? option[0] : option)?.value
        onChange(raw === undefined || raw === null ? null : numeric ? Number(raw) : String(raw))
      }}
    />
  )
}
