'use client'
import { Button } from '@payloadcms/ui'
import { type FormEvent, useState } from 'react'

import { dayLabel } from './days'
import type { CalendarText } from './text'
import { TimeInput } from '@/components/shared/dates/DayInput'

const TODO_TYPES = ['call', 'meeting', 'email', 'task', 'visit'] as const
export type NewTodo = { title: string; type: (typeof TODO_TYPES)[number]; time: string }

/** The small form a click on a day opens: a title, a type and an optional time. */
export function NewTodoForm({
  day,
  locale,
  text,
  onSave,
  onCancel,
}: {
  day: string
  locale: string
  text: CalendarText
  onSave: (todo: NewTodo) => Promise<void>
  onCancel: () => void
}) {
  const [todo, setTodo] = useState<NewTodo>({ title: '', type: 'task', time: '' })
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!todo.title.trim()) return
    setBusy(true)
    try {
      await onSave({ ...todo, title: todo.title.trim() })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="calendar-panel" id="calendar-new" data-day={day} onSubmit={(e) => void submit(e)}>
      <strong>
        {text.newTodo} {dayLabel(day, locale)}
      </strong>
      <div className="calendar-panel__row">
        <label className="calendar-panel__grow">
          {text.title}
          <input
            id="calendar-new-title"
            required
            autoFocus
            value={todo.title}
            onChange={(e) => setTodo({ ...todo, title: e.target.value })}
          />
        </label>
        <label>
          {text.type}
          <select
            id="calendar-new-type"
            className="calendar__select"
            value={todo.type}
            onChange={(e) => setTodo({ ...todo, type: e.target.value as NewTodo['type'] })}
          >
            {TODO_TYPES.map((type) => (
              <option key={type} value={type}>
                {text.kinds[type]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.time}
          <TimeInput id="calendar-new-time" value={todo.time} onChange={(time) => setTodo({ ...todo, time })} />
        </label>
      </div>
      <div className="calendar-panel__row">
        <Button id="calendar-new-save" type="submit" size="small" margin={false} disabled={busy}>
          {text.save}
        </Button>
        <Button id="calendar-new-cancel" buttonStyle="secondary" size="small" margin={false} onClick={onCancel}>
          {text.cancel}
        </Button>
      </div>
    </form>
  )
}
