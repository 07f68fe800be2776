'use client'
import { TextInput } from '@payloadcms/ui'
import type { ChangeEvent } from 'react'

import type { FieldInputProps } from './fieldInput'

/** Text, URL and email values: one line, checked by the server. */
export function TextField({ value, onChange, ...field }: FieldInputProps) {
  return (
    <TextInput
      {...field}
      value={value === undefined || value === null ? '' : String(value)}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
  )
}
