'use client'
import { Button, SetStepNav, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useState } from 'react'

import { FilterBar } from '@/components/shared/FilterBar'
import { apiBase, isUnreachable, request } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiResource } from '@/components/shared/useApiResource'
import { totalsOf } from '../sheet'
import type { TimesheetAnswer, TimesheetRow } from '../types'
import { type RowMessage, TimesheetGrid } from './TimesheetGrid'
import { textFor } from './text'

/** `dd.MM.yyyy` of a `YYYY-MM-DD` day, in both languages. */
const dotted = (day: string) => day.split('-').reverse().join('.')

type Saved = { doc: { id: number } }
type Local = { source: TimesheetAnswer | null; rows: TimesheetRow[]; messages: Record<number, RowMessage> }

/**
 * The week and person above the grid, and the grid's saves: each changed cell creates, changes or
 * deletes that person's one entry for the activity and day through the REST API, as the Time tab
 * would; a refusal is said beside the row in the server's words and the cell keeps its value.
 */
export function TimesheetBoard({ from, person }: { from: string; person: string }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const text = textFor(language)
  const api = apiBase(config)
  const [filters, setFilters] = useState({ from, person })
  const query = new URLSearchParams()
  if (filters.from) query.set('from', filters.from)
  if (filters.person) query.set('person', filters.person)
  const { data, error, loading } = useApiResource<TimesheetAnswer>(`${api}/time-entries/timesheet?${query}`, [], {
    unreachable: text.unreachable,
  })

  // The grid as saved since the last read, and what is said beside its rows; a new read starts over.
  const [local, setLocal] = useState<Local>({ source: null, rows: [], messages: {} })
  const current = local.source === data ? local : { source: data, rows: data?.rows ?? [], messages: {} }
  const { rows, messages } = current
  const totals = useMemo(() => totalsOf(rows), [rows])
  const update = useCallback(
    (change: (state: Local) => Partial<Local>) =>
      setLocal((state) => {
        const base = state.source === data ? state : { source: data, rows: data?.rows ?? [], messages: {} }
        return { ...base, ...change(base) }
      }),
    [data],
  )

  // The address follows the week and person shown, so a reload shows them again.
  useEffect(() => {
    const url = new URL(window.location.href)
    for (const [key, value] of Object.entries(filters)) {
      if (value) url.searchParams.set(key, value)
      else url.searchParams.delete(key)
    }
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url)
  }, [filters])

  const onMessage = useCallback(
    (row: TimesheetRow, message: RowMessage | null) =>
      update((state) => {
        const next = { ...state.messages }
        if (message) next[row.activity.id] = message
        else delete next[row.activity.id]
        return { messages: next }
      }),
    [update],
  )

  const onSave = useCallback(
    async (row: TimesheetRow, index: number, hours: number) => {
      if (!data) return false
      const cell = row.cells[index]
      const day = data.days[index].day
      const failure = text.notSaved(dotted(day))
      try {
        let entries: number[] = []
        if (hours === 0) {
          if (cell.entries.length === 1) {
            await request(`${api}/time-entries/${cell.entries[0]}`, { method: 'DELETE', failure })
          }
        } else if (cell.entries.length === 1) {
          const saved = await request<Saved>(`${api}/time-entries/${cell.entries[0]}?depth=0`, {
            method: 'PATCH',
            body: { hours },
            failure,
          })
          entries = [saved.doc.id]
        } else {
          const saved = await request<Saved>(`${api}/time-entries?depth=0`, {
            method: 'POST',
            body: { activity: row.activity.id, date: `${day}T12:00:00.000Z`, hours, person: data.person.id },
            failure,
          })
          entries = [saved.doc.id]
        }
        update((state) => ({
          rows: state.rows.map((r) =>
            r.activity.id === row.activity.id
              ? { ...r, cells: r.cells.map((c, i) => (i === index ? { hours, entries } : c)) }
              : r,
          ),
        }))
        onMessage(row, null)
        return true
      } catch (caught) {
        onMessage(row, { kind: 'error', text: isUnreachable(caught) ? text.unreachable : (caught as Error).message })
        return false
      }
    },
    [api, data, onMessage, text, update],
  )

  const others = (data?.people ?? []).filter((p) => p.id !== data?.me)
  const weekButton = (id: string, label: string, target: string) => (
    <Button
      id={id}
      buttonStyle="secondary"
      size="small"
      margin={false}
      disabled={loading}
      onClick={() => setFilters((current) => ({ ...current, from: target }))}
    >
      {label}
    </Button>
  )

  return (
    <div className="timesheet" data-loading={loading ? 'true' : 'false'}>
      <SetStepNav nav={[{ label: text.title }]} />
      <h1>{text.title}</h1>
      <p style={styles.notice}>{text.intro}</p>
      <FilterBar
        className="timesheet-filters"
        values={{ person: filters.person }}
        onChange={({ person: chosen }) => setFilters((current) => ({ ...current, person: chosen }))}
        filters={
          others.length > 0
            ? [
                {
                  kind: 'select',
                  key: 'person',
                  id: 'timesheet-person',
                  label: text.person,
                  options: others.map((p) => ({ id: p.id, label: p.name ?? `#${p.id}` })),
                  all: text.me(data?.people.find((p) => p.id === data?.me)?.name ?? null),
                },
              ]
            : []
        }
      >
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' }}>
          {data && weekButton('timesheet-previous', text.previous, data.previous)}
          {weekButton('timesheet-this-week', text.thisWeek, '')}
          {data && weekButton('timesheet-next', text.next, data.next)}
          {data && (
            <strong id="timesheet-week" data-from={data.from} style={{ marginLeft: '8px' }}>
              {dotted(data.from)} – {dotted(data.to)}{' '}
              <span style={{ ...styles.muted, fontWeight: 400 }}>({text.week(data.week)})</span>
            </strong>
          )}
        </div>
      </FilterBar>
      {error && (
        <p className="timesheet-load-error" role="alert" style={styles.error}>
          {error}
        </p>
      )}
      {data === null ? (
        !error && <p style={styles.notice}>{text.loading}</p>
      ) : (
        <>
          {!data.editable && <p style={styles.notice}>{text.readOnly}</p>}
          <TimesheetGrid
            answer={data}
            rows={rows}
            totals={totals}
            messages={messages}
            text={text}
            language={language}
            adminRoute={config.routes.admin}
            readOnly={!data.editable || loading}
            onSave={onSave}
            onMessage={onMessage}
          />
        </>
      )}
    </div>
  )
}
