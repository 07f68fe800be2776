'use client'
import { Button } from '@payloadcms/ui'
import type { ReactNode } from 'react'

import { type Mode, MODES } from './days'
import type { CalendarText } from './text'

/** Month / week / agenda, previous / today / next, the period's name, and what the caller adds (the person picker). */
export function CalendarToolbar({
  mode,
  title,
  text,
  onMode,
  onStep,
  onToday,
  children,
}: {
  mode: Mode
  title: string
  text: CalendarText
  onMode: (mode: Mode) => void
  onStep: (direction: 1 | -1) => void
  onToday: () => void
  children?: ReactNode
}) {
  return (
    <div className="calendar__toolbar">
      <div className="calendar__toolbar-group">
        {MODES.map((m) => (
          <Button
            key={m}
            id={`calendar-mode-${m}`}
            buttonStyle={m === mode ? 'primary' : 'secondary'}
            size="small"
            margin={false}
            extraButtonProps={{ 'aria-pressed': m === mode }}
            onClick={() => onMode(m)}
          >
            {text[m]}
          </Button>
        ))}
      </div>
      <div className="calendar__toolbar-group">
        <Button
          id="calendar-prev"
          buttonStyle="secondary"
          size="small"
          margin={false}
          aria-label={text.previous}
          onClick={() => onStep(-1)}
        >
          ‹
        </Button>
        <Button id="calendar-today" buttonStyle="secondary" size="small" margin={false} onClick={onToday}>
          {text.today}
        </Button>
        <Button
          id="calendar-next"
          buttonStyle="secondary"
          size="small"
          margin={false}
          aria-label={text.next}
          onClick={() => onStep(1)}
        >
          ›
        </Button>
      </div>
      <h2 className="calendar__title" id="calendar-title">
        {title}
      </h2>
      {children}
    </div>
  )
}
