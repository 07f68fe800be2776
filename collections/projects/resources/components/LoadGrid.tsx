'use client'
import type { CSSProperties } from 'react'

import { styles } from '@/components/shared/styles'
import { dayToText } from '@/lib/dates'
import type { ResourceCell, ResourcePerson, ResourcesAnswer, ResourceWeek } from '../types'
import { LEVEL_STYLE, levelOf } from './level'
import type { Text } from './text'

const cellStyle: CSSProperties = { ...styles.denseNumber, minWidth: '72px', whiteSpace: 'nowrap' }
const nameStyle: CSSProperties = {
  ...styles.denseCell,
  position: 'sticky',
  left: 0,
  background: 'var(--theme-bg)',
  whiteSpace: 'nowrap',
}

const LEGEND = ['busy', 'full', 'over'] as const
const swatchStyle: CSSProperties = {
  display: 'inline-block',
  width: '14px',
  height: '10px',
  marginRight: '4px',
  verticalAlign: 'middle',
  borderRadius: '2px',
  border: '1px solid var(--theme-elevation-150)',
}

/** The activities list filtered to the person and the week (those touching it). */
function activitiesHref(adminRoute: string, person: number, week: ResourceWeek) {
  const where = new URLSearchParams({
    'where[and][0][responsible][equals]': String(person),
    'where[and][1][plannedStart][less_than_equal]': `${week.end}T12:00:00.000Z`,
    'where[and][2][plannedEnd][greater_than_equal]': `${week.start}T12:00:00.000Z`,
  })
  return `${adminRoute}/collections/project-activities?${where}`
}

function Cell({
  cell,
  person,
  week,
  text,
  href,
  language,
}: {
  cell: ResourceCell
  person: ResourcePerson
  week: ResourceWeek
  text: Text
  href: string
  language: string
}) {
  const level = levelOf(cell)
  const load = cell.load === null ? text.noWorkingTime : `${cell.load} %`
  const content = (
    <>
      <span data-load>{load}</span>
      {cell.allocation > 0 && (
        <span style={{ display: 'block', fontSize: '0.75rem' }}>
          {text.allocation} {cell.allocation} %
        </span>
      )}
      {cell.over && (
        <span style={{ display: 'block', fontSize: '0.75rem', fontWeight: 600 }}>
          <span aria-hidden="true">⚠ </span>
          {text.over}
        </span>
      )}
    </>
  )
  const title = `${text.load} ${load} · ${text.hours(cell.hours, week.capacity)} · ${text.allocation} ${cell.allocation} % · ${text.activities(cell.activities.length)}`
  return (
    <td
      style={{ ...cellStyle, ...LEVEL_STYLE[level] }}
      data-week={week.start}
      data-level={level}
      data-over={cell.over ? 'true' : undefined}
      title={title}
    >
      {cell.activities.length > 0 ? (
        <a
          href={href}
          style={{ color: 'inherit' }}
          aria-label={`${text.openActivities(person.name ?? `#${person.id}`, dayToText(week.start, language))}: ${title}`}
        >
          {content}
        </a>
      ) : (
        content
      )}
    </td>
  )
}

/** People × weeks: each cell the week's load, the allocation, the over-allocation mark, a link to its activities. */
export function LoadGrid({
  answer,
  text,
  adminRoute,
  language,
}: {
  answer: ResourcesAnswer
  text: Text
  adminRoute: string
  language: string
}) {
  if (answer.people.length === 0) return <p style={styles.notice}>{text.noPeople}</p>
  return (
    <section id="resources-grid" style={styles.section}>
      <p style={styles.notice} className="resources-legend">
        {text.legend.title}
        {LEGEND.map((level) => (
          <span key={level} style={{ marginLeft: '12px', whiteSpace: 'nowrap' }}>
            <span aria-hidden="true" style={{ ...swatchStyle, ...LEVEL_STYLE[level] }} />
            {text.legend[level]}
          </span>
        ))}
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table style={styles.denseTable}>
          <thead>
            <tr>
              <th scope="col" style={{ ...nameStyle, ...styles.th }}>
                {text.person}
              </th>
              {answer.weeks.map((week) => (
                <th
                  key={week.start}
                  scope="col"
                  style={{ ...styles.th, textAlign: 'right' }}
                  title={text.week(dayToText(week.start, language))}
                >
                  {dayToText(week.start, language).slice(0, 5)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {answer.people.map((person) => (
              <tr key={person.id} data-person={person.id} data-over={person.over ? 'true' : undefined}>
                <th scope="row" style={{ ...nameStyle, fontWeight: 500 }}>
                  {person.name ?? `#${person.id}`}
                </th>
                {person.cells.map((cell, i) => (
                  <Cell
                    key={answer.weeks[i].start}
                    cell={cell}
                    person={person}
                    week={answer.weeks[i]}
                    text={text}
                    language={language}
                    href={activitiesHref(adminRoute, person.id, answer.weeks[i])}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
