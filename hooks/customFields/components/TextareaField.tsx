'use client'
import { TextareaInput } from '@payloadcms/ui'

import type { FieldInputProps } from './fieldInput'

/** Longer text, on several lines. */
export function TextareaField({ value, onChange, ...field }: FieldInputProps) {
  return (
    <TextareaInput
      {...field}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}
