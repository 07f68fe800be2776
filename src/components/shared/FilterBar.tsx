'use client'
import type { ReactNode } from 'react'

import { DayInput } from './dates/DayInput'
import { styles } from './styles'

/** A choice in a filter's select. */
export interface Option {
  id: number
  label: string
}

/** One filter: a day, or a select whose empty choice (`all`) means "not filtered". */
export type Filter<Key extends string> =
  | { kind: 'day'; key: Key; id: string; label: string; required?: boolean }
  | { kind: 'select'; key: Key; id: string; label: string; options: Option[]; all: string }

interface Props<Values> {
  /** The bar's class, which pages and tests find it by. */
  className: string
  /** The filters as the inputs hold them ('' = not set). */
  values: Values
  filters: Filter<keyof Values & string>[]
  onChange: (values: Values) => void
  /** After the filters: a reset button, for one. */
  children?: ReactNode
}

/** A row of labelled filters above a view; every change hands the caller all the values. */
export function FilterBar<Values extends { [K in keyof Values]: string }>({
  className,
  values,
  filters,
  onChange,
  children,
}: Props<Values>) {
  const set = (key: keyof Values, value: string) => onChange({ ...values, [key]: value })
  return (
    <div className={className} style={styles.filters}>
      {filters.map((filter) => (
        <label key={filter.key} style={styles.field}>
          {filter.label}
          {filter.kind === 'day' ? (
            <DayInput
              id={filter.id}
              required={filter.required}
              value={values[filter.key]}
              onChange={(day) => set(filter.key, day)}
              style={styles.input}
            />
          ) : (
            <select
              id={filter.id}
              value={values[filter.key]}
              onChange={(event) => set(filter.key, event.target.value)}
              style={styles.input}
            >
              <option value="">{filter.all}</option>
              {filter.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </label>
      ))}
      {children}
    </div>
  )
}
