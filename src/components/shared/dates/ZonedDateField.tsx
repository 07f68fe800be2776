'use client'
import { DatePicker, FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import { useCallback, useMemo } from 'react'

import { displayFormat, fromPickerDate, toPickerDate, typedFormats } from '@/lib/dates'
import { useAppTimeZone } from './useAppTimeZone'

const DAY_ONLY = ['dayOnly', 'default', 'monthOnly']

type PickerOptions = {
  pickerAppearance?: 'default' | 'dayAndTime' | 'dayOnly' | 'monthOnly' | 'timeOnly'
  timeIntervals?: number
  overrides?: Record<string, unknown>
}

/**
 * Every date field of the application (fields/dates.ts): Payload's picker, showing and reading
 * dates day first (`dd.MM.yyyy HH:mm`, 24 h) and, for date-times, in the application's time zone
 * rather than the browser's. A day-only value stays 12:00 UTC of its day, as Payload stores it.
 */
export function ZonedDateField({ field, path: pathFromProps, readOnly, validate }: DateFieldClientProps) {
  const { i18n } = useTranslation()
  const timeZone = useAppTimeZone()
  const { label, required, localized, admin } = field
  const date = (admin?.date ?? {}) as PickerOptions
  const appearance = date.pickerAppearance ?? 'default'
  const withTime = !DAY_ONLY.includes(appearance)
  const memoizedValidate = useCallback(
    (value: unknown, options: Record<string, unknown>) =>
      typeof validate === 'function' ? validate(value as Date, { ...options, required } as never) : true,
    [validate, required],
  )
  const { path, value, setValue, showError, disabled } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
    validate: memoizedValidate as never,
  })

  const shown = useMemo(
    () => (value && withTime ? toPickerDate(String(value), timeZone) : value || undefined),
    [value, withTime, timeZone],
  )
  const language = i18n.language
  const onChange = useCallback(
    (picked: Date | null) => {
      if (readOnly || disabled) return
      if (!(picked instanceof Date) || Number.isNaN(picked.getTime())) return setValue(null)
      setValue(withTime ? fromPickerDate(picked, timeZone) : picked.toISOString())
    },
    [readOnly, disabled, setValue, withTime, timeZone],
  )

  return (
    <div
      className={[
        'field-type',
        'date-time-field',
        showError && 'date-time-field--has-error',
        (readOnly || disabled) && 'read-only',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel label={label} localized={localized} path={path} required={required} />
      <div className="field-type__wrap" id={`field-${path.replace(/\./g, '__')}`}>
        <FieldError path={path} showError={showError} />
        <DatePicker
          pickerAppearance={appearance}
          displayFormat={displayFormat(language, withTime)}
          timeFormat="HH:mm"
          timeIntervals={date.timeIntervals ?? 15}
          onChange={onChange}
          overrides={{
            ...date.overrides,
            dateFormat: typedFormats(language, withTime),
            timeCaption: language === 'en' ? 'Time' : 'Ora',
          }}
          placeholder={displayFormat(language, withTime).toLowerCase()}
          readOnly={readOnly || disabled}
          value={shown}
        />
      </div>
      <FieldDescription description={admin?.description} path={path} />
    </div>
  )
}
