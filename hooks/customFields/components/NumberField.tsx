'use client'
import { TextInput } from '@payloadcms/ui'
import { type ChangeEvent, useEffect, useState } from 'react'

import type { FieldInputProps } from './fieldInput'

/**
 * A number typed as text: the text the user is typing is kept while it is not yet a number
 * ("1." or "-"); a number is stored as a number, anything else goes to the server, which names
 * the field in its answer.
 */
export function NumberField({ value, onChange, ...field }: FieldInputProps) {
  const [text, setText] = useState(value === undefined || value === null ? '' : String(value))
  useEffect(() => {
    const shown = Number(text.replace(',', '.'))
    if (value === undefined || value === null) {
      if (text.trim() !== '' && Number.isFinite(shown)) setText('')
    } else if (typeof value === 'number' && shown !== value) setText(String(value))
    // Only an outside change of the value (a reset, a reload) rewrites the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])
  return (
    <TextInput
      {...field}
      value={text}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        const next = event.target.value
        setText(next)
        const number = Number(next.replace(',', '.'))
        onChange(next.trim() === '' ? null : Number.isFinite(number) ? number : next)
      }}
    />
  )
}
