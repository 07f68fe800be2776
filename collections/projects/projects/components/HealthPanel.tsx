'use client'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { apiBase } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiResource } from '@/components/shared/useApiResource'
import { formatStoredDate } from '@/lib/dates'
import type { PortfolioRow } from '../portfolio'
import { healthLines, healthTextFor, LEVEL_COLOUR } from './healthText'
import { PLAN_CHANGED } from './planEvents'

const day = (value: string) => formatStoredDate(`${value}T12:00:00.000Z`, { withTime: false, timeZone: 'UTC' })

/**
 * The project's health at a glance, in the sidebar: slip against the baseline, overdue activities,
 * effort burn and progress, as `GET /api/projects/:id/health` computes them (the portfolio's figures).
 * Read again after each save, when the plan may have moved.
 */
export function HealthPanel() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = healthTextFor(i18n.language)
  // The plan's saves change the planned end and the hours; a new value reads the health again.
  const plannedEnd = useFormFields(([fields]) => fields.plannedEnd?.value)
  const answer = useApiResource<PortfolioRow>(
    id ? `${apiBase(config)}/projects/${id}/health` : null,
    [lastUpdateTime, plannedEnd],
    { failure: text.failure },
  )
  // The timeline moved an activity: the plan's end and the slip may have changed.
  const { reload } = answer
  useEffect(() => {
    const again = () => void reload()
    window.addEventListener(PLAN_CHANGED, again)
    return () => window.removeEventListener(PLAN_CHANGED, again)
  }, [reload])
  if (!id) return null
  if (answer.error) return <p style={styles.error}>{answer.error}</p>
  if (!answer.data) return <p style={styles.muted}>{text.loading}</p>
  const { health } = answer.data
  const lines = healthLines(health, text)
  const rows: [string, string, string][] = [
    ['slip', text.slip, lines.slip],
    ['overdue', text.overdue, lines.overdue],
    [
      'burn',
      text.burn,
      [
        lines.hours,
        lines.burnOfBudget && `${lines.burnOfBudget} ${text.ofBudget}`,
        lines.burnOfPlan && `${lines.burnOfPlan} ${text.ofPlan}`,
      ]
        .filter(Boolean)
        .join(' · '),
    ],
    ['progress', text.progress, lines.progress],
    [
      'milestone',
      text.nextMilestone,
      health.nextMilestone ? `${health.nextMilestone.title} (${day(health.nextMilestone.plannedEnd)})` : text.none,
    ],
  ]
  return (
    <div id="project-health" data-level={health.level} style={{ ...styles.panel, marginBottom: 'var(--base)' }}>
      <div style={styles.panelHeading}>
        <h4 style={styles.panelTitle}>{text.title}</h4>
        <span style={{ ...LEVEL_COLOUR[health.level], padding: '0 8px', borderRadius: 'var(--style-radius-s)' }}>
          {text.level[health.level]}
        </span>
      </div>
      <dl style={{ margin: 0, display: 'grid', gap: '4px', fontSize: '0.85rem' }}>
        {rows.map(([key, label, value]) => (
          <div key={key} data-health={key}>
            <dt style={{ color: 'var(--theme-elevation-600)' }}>{label}</dt>
            <dd style={{ margin: 0, fontWeight: 600 }}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
