'use client'
import './calendar.css'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { useMemo, useState } from 'react'

import { apiBase, request } from '@/components/shared/request'
import { daysBetween, dayIn, instantAt } from '@/lib/timeZone'
import { AgendaList } from './AgendaList'
import { CalendarToolbar } from './CalendarToolbar'
import { eventsByDay, type Mode, periodTitle, step, visibleDays } from './days'
import type { Dragged } from './drag'
import { FeedSubscription } from './FeedSubscription'
import { MonthGrid } from './MonthGrid'
import { moveTodo } from './moveTodo'
import { NewTodoForm, type NewTodo } from './NewTodoForm'
import { PersonPicker } from './PersonPicker'
import { localeFor, textFor } from './text'
import { useCalendarEvents } from './useCalendarEvents'
import { useManagedPeople } from './useManagedPeople'
import { WeekGrid } from './WeekGrid'

/**
 * The interactive calendar: the chosen period and person, their items from
 * GET /api/calendar/events, a new todo on a clicked day, and todos moved by drag and drop.
 */
export function CalendarApp({ userId, timeZone }: { userId: number | string; timeZone: string }) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const api = apiBase(config)
  const text = textFor(i18n.language)
  const locale = localeFor(i18n.language)
  const today = dayIn(new Date(), timeZone)

  const [mode, setMode] = useState<Mode>('month')
  const [anchor, setAnchor] = useState(today)
  // '' is the user's own calendar; a user id or 'team' is for managers.
  const [viewed, setViewed] = useState('')
  const [newOn, setNewOn] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const days = useMemo(() => visibleDays(mode, anchor), [mode, anchor])
  const loaded = useCalendarEvents(api, days, timeZone, viewed, text.loadFailed)
  const byDay = useMemo(() => eventsByDay(loaded.events, days, timeZone), [loaded.events, days, timeZone])
  const people = useManagedPeople(api, userId)
  // New todos go to the person whose calendar is shown; on the team's, to the manager.
  const responsible = viewed && viewed !== 'team' ? Number(viewed) : Number(userId)

  async function act(action: () => Promise<void>) {
    setError(null)
    try {
      await action()
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      void loaded.reload()
    }
  }

  const move = ({ eventId, fromDay }: Dragged, toDay: string) =>
    void act(() => moveTodo(api, Number(eventId.split(':')[1]), daysBetween(fromDay, toDay), timeZone, text.moveFailed))

  const create = (day: string, todo: NewTodo) =>
    act(async () => {
      const at = instantAt(day, todo.time || '00:00', timeZone).toISOString()
      await request(`${api}/todos`, {
        method: 'POST',
        body: { title: todo.title, type: todo.type, responsible, allDay: !todo.time, start: at, due: at },
        failure: text.createFailed,
      })
      setNewOn(null)
    })

  const dayProps = { timeZone, text, onOpen: setNewOn, onDrop: move, days, byDay, today, locale }
  return (
    <div className="calendar" id="calendar" data-loading={loaded.loading || undefined}>
      <CalendarToolbar
        mode={mode}
        title={periodTitle(mode, anchor, days, locale)}
        text={text}
        onMode={setMode}
        onStep={(direction) => setAnchor(step(mode, anchor, direction))}
        onToday={() => setAnchor(today)}
      >
        {people ? <PersonPicker people={people} viewed={viewed} onChange={setViewed} text={text} /> : null}
      </CalendarToolbar>
      {error || loaded.error ? (
        <p className="calendar-error" role="alert">
          {error ?? loaded.error}
        </p>
      ) : null}
      {loaded.truncated ? <p className="calendar-notice">{text.truncated}</p> : null}
      {newOn ? (
        <NewTodoForm
          key={newOn}
          day={newOn}
          locale={locale}
          text={text}
          onSave={(todo) => create(newOn, todo)}
          onCancel={() => setNewOn(null)}
        />
      ) : null}
      {mode === 'month' ? <MonthGrid {...dayProps} anchor={anchor} /> : null}
      {mode === 'week' ? <WeekGrid {...dayProps} /> : null}
      {mode === 'agenda' ? <AgendaList {...dayProps} /> : null}
      <FeedSubscription api={api} text={text} />
    </div>
  )
}
