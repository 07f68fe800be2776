'use client'
import { useTranslation } from '@payloadcms/ui'
import { type CSSProperties, useEffect, useState } from 'react'

import { dayToText, displayFormat, textToDay } from '@/lib/dates'

type Common = { id: string; disabled?: boolean; required?: boolean; style?: CSSProperties; className?: string }

/**
 * A day typed as people here write it (`02.12.2026`, English `02/12/2026`), for the custom views'
 * filters and the custom fields. The browser's own date input follows the browser's language (US
 * month/day in an English browser), so it is not used. Value and onChange speak `YYYY-MM-DD`.
 */
export function DayInput({ value, onChange, ...input }: Common & { value: string; onChange: (day: string) => void }) {
  const { i18n } = useTranslation()
  const language = i18n.language
  const [text, setText] = useState(() => dayToText(value, language))
  // A value changed from outside (a reset button, another tab's filter) is shown as it is.
  useEffect(() => {
    if (textToDay(text, language) !== (value || null)) setText(dayToText(value, language))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, language])
  const format = displayFormat(language, false)
  return (
    <input
      {...input}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={format.toLowerCase()}
      title={format.toLowerCase()}
      value={text}
      aria-invalid={text !== '' && textToDay(text, language) === null}
      onChange={(event) => {
        setText(event.target.value)
        const day = textToDay(event.target.value, language)
        if (day || event.target.value.trim() === '') onChange(day ?? '')
      }}
      onBlur={() => setText(dayToText(textToDay(text, language) ?? value, language))}
    />
  )
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/

/** A time of day on the 24-hour clock (`HH:mm`), never AM/PM whatever the browser's language. */
export function TimeInput({ value, onChange, ...input }: Common & { value: string; onChange: (time: string) => void }) {
  const [text, setText] = useState(value)
  useEffect(() => {
    if (normal(text) !== value) setText(value)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])
  return (
    <input
      {...input}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="hh:mm"
      value={text}
      aria-invalid={text !== '' && normal(text) === null}
      onChange={(event) => {
        setText(event.target.value)
        const time = normal(event.target.value)
        if (time || event.target.value.trim() === '') onChange(time ?? '')
      }}
      onBlur={() => setText(normal(text) ?? value)}
    />
  )
}

function normal(text: string): string | null {
  const match = TIME.exec(text.trim())
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : null
}
