'use client'
import { type CSSProperties, useState } from 'react'

import { styles } from '@/components/shared/styles'
import { round2 } from '../sheet'
import type { TimesheetCell } from '../types'
import { formatHours, readHours } from './hours'

const inputStyle: CSSProperties = {
  ...styles.compactInput,
  width: '64px',
  textAlign: 'right',
  fontVariantNumeric: 'tabular-nums',
}

interface Props {
  cell: TimesheetCell
  day: string
  language: string
  label: string
  /** Not to be typed in (someone else's time, a page still loading). */
  readOnly: boolean
  /** Saves the hours (0: no entry); resolves to whether the server took them. */
  onSave: (hours: number) => Promise<boolean>
  /** A typed text that is no number of quarters: said beside the row, nothing sent. */
  onRefuse: (reason: 'notHours' | 'notQuarters', typed: string) => void
  /** Focus on a cell summing several entries: it is not edited here. */
  onSeveral: () => void
}

/**
 * One day of one activity: the hours typed with a comma or a dot, saved when the cell is left (or
 * on Enter), Escape gives the typing up. A refused save shows the stored value again.
 */
export function HoursCell({ cell, day, language, label, readOnly, onSave, onRefuse, onSeveral }: Props) {
  const [draft, setDraft] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [invalid, setInvalid] = useState(false)
  const several = cell.entries.length > 1

  const commit = async () => {
    if (draft === null) return
    const typed = readHours(draft)
    if ('error' in typed) {
      setDraft(null)
      setInvalid(true)
      onRefuse(typed.error, draft)
      return
    }
    if (typed.hours === round2(cell.hours)) {
      setDraft(null)
      return
    }
    setBusy(true)
    const saved = await onSave(typed.hours)
    setBusy(false)
    setDraft(null)
    setInvalid(!saved)
  }

  return (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      className="timesheet-hours"
      data-day={day}
      data-entries={cell.entries.length}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-busy={busy || undefined}
      title={several ? undefined : label}
      readOnly={readOnly || busy || several}
      value={draft ?? formatHours(cell.hours, language)}
      style={{
        ...inputStyle,
        ...(several ? { background: 'var(--theme-warning-100)', cursor: 'not-allowed' } : {}),
        ...(invalid ? { borderColor: 'var(--theme-error-500)' } : {}),
      }}
      onFocus={several ? onSeveral : (event) => event.currentTarget.select()}
      onChange={(event) => {
        setInvalid(false)
        setDraft(event.target.value)
      }}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur()
        if (event.key === 'Escape') {
          setDraft(null)
          setInvalid(false)
        }
      }}
    />
  )
}
