'use client'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { apiBase } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiResource } from '@/components/shared/useApiResource'
import { dayToText } from '@/lib/dates'
import { idTextOf } from '@/lib/ids'
import type { ResourcesAnswer } from '../types'
import { LEVEL_STYLE, levelOf } from './level'
import { textFor } from './text'

/** A stored day-only date (12:00 UTC) as its day. */
const dayOf = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null

/**
 * In an activity's sidebar: the responsible person's load in each week of the activity's planned
 * period, as the resources view counts it (saved work only), with a warning when above 100 %.
 * Shown only to those who may see the resources (ResponsibleLoad decides on the server), so it
 * never asks the endpoint for an answer it would refuse.
 */
export function ResponsibleLoadPanel() {
  const person = useFormFields(([fields]) => idTextOf(fields.responsible?.value))
  const start = useFormFields(([fields]) => dayOf(fields.plannedStart?.value))
  const end = useFormFields(([fields]) => dayOf(fields.plannedEnd?.value))
  const { config } = useConfig()
  // Read again after each save: the saved activity then counts in its person's load.
  const { lastUpdateTime } = useDocumentInfo()
  const { i18n } = useTranslation()
  const text = textFor(i18n.language)
  const url =
    person && start
      ? `${apiBase(config)}/project-resources?person=${person}&from=${start}&to=${end && end > start ? end : start}`
      : null
  const { data, error } = useApiResource<ResourcesAnswer>(url, [lastUpdateTime])
  // A read that failed (the server unreachable, a role changed since the page was drawn): nothing here.
  if (error) return null
  const row = data?.people.find((p) => String(p.id) === person)
  return (
    <div className="field-type responsible-load" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{text.responsibleLoad}</div>
      {!url ? (
        <p style={styles.muted}>{text.chooseResponsible}</p>
      ) : !data ? (
        <p style={styles.muted}>{text.loading}</p>
      ) : (
        <>
          {row?.over ? (
            <p role="alert" style={styles.error}>
              <span aria-hidden="true">⚠ </span>
              {text.over}
            </p>
          ) : (
            <p style={styles.muted}>{text.fine}</p>
          )}
          <ul style={{ listStyle: 'none', padding: 0, margin: 0, fontSize: '0.85rem' }}>
            {data.weeks.map((week, i) => {
              const cell = row?.cells[i]
              return (
                <li
                  key={week.start}
                  data-week={week.start}
                  style={{ padding: '2px 6px', ...(cell ? LEVEL_STYLE[levelOf(cell)] : {}) }}
                >
                  {text.week(dayToText(week.start, i18n.language))}: {text.load}{' '}
                  {cell ? (cell.load === null ? text.noWorkingTime : `${cell.load} %`) : '0 %'}, {text.allocation}{' '}
                  {cell?.allocation ?? 0} %{cell?.over ? ` ⚠ ${text.over}` : ''}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </div>
  )
}
