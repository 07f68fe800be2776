'use client'
import { Fragment, type CSSProperties } from 'react'

import { styles } from '@/components/shared/styles'
import type { TimesheetAnswer, TimesheetDay, TimesheetRow } from '../types'
import { formatHours } from './hours'
import { HoursCell } from './HoursCell'
import type { Text } from './text'

/** What is said beside a row: a refused save, or how to change a cell summing several entries. */
export interface RowMessage {
  kind: 'error' | 'notice'
  text: string
  /** The project's page, whose Time tab lists the entries. */
  href?: string
  linkText?: string
}

const nameStyle: CSSProperties = {
  ...styles.denseCell,
  position: 'sticky',
  left: 0,
  background: 'var(--theme-bg)',
  minWidth: '260px',
  maxWidth: '420px',
  fontWeight: 400,
}
const dayStyle: CSSProperties = { ...styles.denseNumber, width: '80px' }
/** Days off are dimmed: weekends and public holidays. */
const offStyle: CSSProperties = { background: 'var(--theme-elevation-50)', color: 'var(--theme-elevation-500)' }
const todayStyle: CSSProperties = { boxShadow: 'inset 0 -2px 0 var(--theme-success-500)', color: 'var(--theme-text)' }

const noticeStyle: CSSProperties = { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' }

/** `dd.MM` of a `YYYY-MM-DD` day. */
const shortDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}`
const fullDay = (day: string) => `${shortDay(day)}.${day.slice(0, 4)}`

const dayCellStyle = (day: TimesheetDay, base: CSSProperties) => ({
  ...base,
  ...(day.working ? {} : offStyle),
})

interface Props {
  answer: TimesheetAnswer
  rows: TimesheetRow[]
  totals: { rows: number[]; days: number[]; week: number }
  messages: Record<number, RowMessage>
  text: Text
  language: string
  adminRoute: string
  readOnly: boolean
  onSave: (row: TimesheetRow, index: number, hours: number) => Promise<boolean>
  onMessage: (row: TimesheetRow, message: RowMessage | null) => void
}

/** Activities × the seven days of the week, grouped by project, with the totals per row, day and week. */
export function TimesheetGrid({
  answer,
  rows,
  totals,
  messages,
  text,
  language,
  adminRoute,
  readOnly,
  onSave,
  onMessage,
}: Props) {
  if (rows.length === 0) return <p style={styles.notice}>{text.noRows}</p>
  const columns = answer.days.length + 2
  const projectHref = (row: TimesheetRow) =>
    row.project ? `${adminRoute}/collections/projects/${row.project.id}` : undefined

  return (
    <section id="timesheet-grid" style={styles.section}>
      <div style={{ overflowX: 'auto' }}>
        <table style={styles.denseTable}>
          <thead>
            <tr>
              <th scope="col" style={{ ...nameStyle, ...styles.th }}>
                {text.activity}
              </th>
              {answer.days.map((day, i) => (
                <th
                  key={day.day}
                  scope="col"
                  data-day={day.day}
                  data-off={day.working ? undefined : 'true'}
                  title={day.holiday ? text.holiday(day.holiday) : day.weekend ? text.weekend : fullDay(day.day)}
                  style={{
                    ...dayCellStyle(day, { ...styles.th, textAlign: 'right' }),
                    ...(day.today ? todayStyle : {}),
                  }}
                >
                  <span style={{ display: 'block', fontWeight: 600 }}>{text.weekdays[i]}</span>
                  <span style={{ display: 'block', fontSize: '0.75rem' }}>
                    {shortDay(day.day)}
                    {day.holiday ? ' ★' : ''}
                  </span>
                </th>
              ))}
              <th scope="col" style={{ ...styles.th, textAlign: 'right' }}>
                {text.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => {
              const projectKey = row.project?.id ?? null
              const firstOfProject = r === 0 || (rows[r - 1].project?.id ?? null) !== projectKey
              const message = messages[row.activity.id]
              const projectLabel = [row.project?.number, row.project?.name].filter(Boolean).join(' ')
              return (
                <Fragment key={row.activity.id}>
                  {firstOfProject && (
                    <tr className="timesheet-project" data-project={projectKey ?? undefined}>
                      <th
                        scope="colgroup"
                        colSpan={columns}
                        style={{ ...styles.denseCell, background: 'var(--theme-elevation-50)', fontWeight: 600 }}
                      >
                        {row.project ? (
                          <a href={projectHref(row)} style={styles.link}>
                            {projectLabel || `#${row.project.id}`}
                          </a>
                        ) : (
                          '—'
                        )}
                      </th>
                    </tr>
                  )}
                  <tr data-activity={row.activity.id} data-assigned={row.assigned ? 'true' : 'false'}>
                    <th scope="row" style={nameStyle} title={row.label}>
                      <span aria-hidden="true" style={{ color: 'var(--theme-elevation-400)' }}>
                        ›{' '}
                      </span>
                      {row.activity.title !== null ? (
                        <a
                          href={`${adminRoute}/collections/project-activities/${row.activity.id}`}
                          style={{ color: 'inherit' }}
                          aria-label={row.label}
                        >
                          {row.activity.title}
                        </a>
                      ) : (
                        `#${row.activity.id}`
                      )}
                      {!row.assigned && (
                        <span style={{ ...styles.muted, marginLeft: '6px' }} title={text.notAssigned}>
                          *
                        </span>
                      )}
                    </th>
                    {row.cells.map((cell, i) => {
                      const day = answer.days[i]
                      return (
                        <td key={day.day} style={dayCellStyle(day, dayStyle)}>
                          <HoursCell
                            cell={cell}
                            day={day.day}
                            language={language}
                            label={text.cellLabel(row.label, fullDay(day.day))}
                            readOnly={readOnly}
                            onSave={(hours) => onSave(row, i, hours)}
                            onRefuse={(reason, typed) =>
                              onMessage(row, {
                                kind: 'error',
                                text: reason === 'notQuarters' ? text.notQuarters : text.notHours(typed.trim()),
                              })
                            }
                            onSeveral={() =>
                              onMessage(row, {
                                kind: 'notice',
                                text: text.several(cell.entries.length),
                                href: projectHref(row),
                                linkText: text.openTimeTab,
                              })
                            }
                          />
                        </td>
                      )
                    })}
                    <td style={{ ...styles.denseNumber, fontWeight: 600 }} data-total="row">
                      {formatHours(totals.rows[r], language, '0')}
                    </td>
                  </tr>
                  {message && (
                    <tr className={`timesheet-message timesheet-${message.kind}`} data-for={row.activity.id}>
                      <td colSpan={columns} style={{ padding: '0 8px 6px' }}>
                        <p
                          role={message.kind === 'error' ? 'alert' : 'status'}
                          style={{ ...styles.error, margin: 0, ...(message.kind === 'notice' ? noticeStyle : {}) }}
                        >
                          {message.text}
                          {message.href && (
                            <>
                              {' '}
                              <a href={message.href} style={styles.link}>
                                {message.linkText}
                              </a>
                            </>
                          )}
                        </p>
                      </td>
                    </tr>
                  )}
                </Fragment>
              )
            })}
          </tbody>
          <tfoot>
            <tr style={styles.totalRow}>
              <th scope="row" style={{ ...nameStyle, fontWeight: 600 }}>
                {text.total}
              </th>
              {answer.days.map((day, i) => (
                <td key={day.day} style={dayCellStyle(day, styles.denseNumber)} data-total="day" data-day={day.day}>
                  {formatHours(totals.days[i], language, '0')}
                </td>
              ))}
              <td style={styles.denseNumber} data-total="week">
                {formatHours(totals.week, language, '0')}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}
