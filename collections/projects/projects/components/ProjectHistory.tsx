'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { stringify } from 'qs-esm'

import { type Column, DataTable } from '@/components/shared/DataTable'
import { useAppTimeZone } from '@/components/shared/dates/useAppTimeZone'
import { apiBase } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiResource } from '@/components/shared/useApiResource'
import { formatStoredDate } from '@/lib/dates'

/** One step of the project flow, as `GET /api/projects/:id/history` answers it. */
interface Step {
  at: string
  transition: string
  from: string | null
  to: string
  comment: string | null
  user: { id: number; name: string } | null
}

interface Named {
  key: string
  label?: string | null
}

const TEXT = {
  en: {
    at: 'When',
    who: 'Who',
    what: 'What',
    change: 'Change',
    comment: 'Comment',
    created: 'Created',
    none: 'Nothing has happened to this project yet.',
    loading: 'Loading the history…',
    failure: 'The history could not be read.',
    versions: 'Every saved version of the project, field by field',
  },
  ro: {
    at: 'Când',
    who: 'Cine',
    what: 'Ce',
    change: 'Schimbare',
    comment: 'Comentariu',
    created: 'Creat',
    none: 'Nu s-a întâmplat încă nimic cu acest proiect.',
    loading: 'Se încarcă istoricul…',
    failure: 'Istoricul nu a putut fi citit.',
    versions: 'Toate versiunile salvate ale proiectului, câmp cu câmp',
  },
}

/** The project flow's labels in the reader's language. */
const flowQuery = (locale: string) =>
  stringify(
    {
      where: { collection: { equals: 'projects' } },
      select: { states: true, transitions: true },
      pagination: false,
      depth: 0,
      locale,
    },
    { addQueryPrefix: true },
  )

/**
 * The History tab: every step of the project's flow (who, when, from which state to which, with
 * the comment), from the workflow's own log, and a link to Payload's versions of the record for
 * changes to its fields. Dates are day first, in the settings' time zone.
 */
export function ProjectHistory() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const timeZone = useAppTimeZone()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const api = apiBase(config)
  const steps = useApiResource<{ events: Step[] }>(id ? `${api}/projects/${id}/history` : null, [], {
    failure: text.failure,
  })
  const flows = useApiResource<{ docs: { states?: Named[] | null; transitions?: Named[] | null }[] }>(
    `${api}/workflows${flowQuery(i18n.language)}`,
  )
  if (!id) return null
  if (steps.error) return <p style={styles.error}>{steps.error}</p>
  if (!steps.data) return <p style={styles.muted}>{text.loading}</p>

  const states = new Map<string, string>()
  const stepLabels = new Map<string, string>()
  for (const flow of flows.data?.docs ?? []) {
    for (const named of flow.states ?? []) if (named.label && !states.has(named.key)) states.set(named.key, named.label)
    for (const named of flow.transitions ?? []) {
      if (named.label && !stepLabels.has(named.key)) stepLabels.set(named.key, named.label)
    }
  }
  const state = (key: string | null) => (key ? (states.get(key) ?? key) : '—')
  const columns: Column<Step>[] = [
    {
      label: text.at,
      cell: (step) => formatStoredDate(step.at, { withTime: true, timeZone, language: 'ro' }),
      style: { whiteSpace: 'nowrap' },
    },
    { label: text.who, cell: (step) => step.user?.name ?? '' },
    {
      label: text.what,
      cell: (step) => (step.from === null ? text.created : (stepLabels.get(step.transition) ?? step.transition)),
    },
    { label: text.change, cell: (step) => `${state(step.from)} → ${state(step.to)}` },
    { label: text.comment, cell: (step) => step.comment ?? '' },
  ]
  return (
    <div id="project-history" style={styles.section}>
      <DataTable
        columns={columns}
        rows={steps.data.events}
        rowKey={(step, index) => `${step.at}-${index}`}
        empty={text.none}
      />
      <p style={styles.notice}>
        <a
          href={formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/projects/${id}/versions` })}
          style={styles.link}
        >
          {text.versions}
        </a>
      </p>
    </div>
  )
}
