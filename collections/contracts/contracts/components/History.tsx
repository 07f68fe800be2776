'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { type Column, DataTable } from '@/components/shared/DataTable'
import { useAppTimeZone } from '@/components/shared/dates/useAppTimeZone'
import { apiBase } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiResource } from '@/components/shared/useApiResource'
import { formatStoredDate } from '@/lib/dates'
import { formatAmount } from '@/lib/money'
import { appliedAmendmentsQuery, type Flow, flowLabels, flowsQuery } from './queries'

/** One step of the workflow, as `GET /api/contracts/:id/history` answers it. */
interface Step {
  at: string
  transition: string
  from: string | null
  to: string
  comment: string | null
  user: { id: number; name: string } | null
}

interface Amendment {
  id: number
  number?: string | null
  title?: string | null
  appliedAt?: string | null
  newEndDate?: string | null
  changesLines?: boolean | null
  totals?: { gross?: number | null } | null
  previous?: { endDate?: string | null; totals?: { gross?: number | null } | null } | null
  updatedBy?: { name?: string | null } | number | null
}

/** One row of the history: a step of the flow or an amendment applied. */
interface Row {
  key: string
  at: string
  who: string
  what: string
  change: string
  comment: string
}

const TEXT = {
  en: {
    at: 'When',
    who: 'Who',
    what: 'What',
    change: 'Change',
    comment: 'Comment',
    created: 'Created',
    amendment: (number: string, title: string) => `Amendment ${number}: ${title}`,
    endDate: 'End date',
    value: 'Value with VAT',
    none: 'Nothing has happened to this contract yet.',
    loading: 'Loading the history…',
    failure: 'The history could not be read.',
  },
  ro: {
    at: 'Când',
    who: 'Cine',
    what: 'Ce',
    change: 'Schimbare',
    comment: 'Comentariu',
    created: 'Creat',
    amendment: (number: string, title: string) => `Act adițional ${number}: ${title}`,
    endDate: 'Data de încheiere',
    value: 'Valoare cu TVA',
    none: 'Nu s-a întâmplat încă nimic cu acest contract.',
    loading: 'Se încarcă istoricul…',
    failure: 'Istoricul nu a putut fi citit.',
  },
}

const amount = (value: number | null | undefined) => (value == null ? '—' : formatAmount(value))
const nameOf = (user: Amendment['updatedBy']) => (user && typeof user === 'object' ? (user.name ?? '') : '')

/**
 * The History tab: every step of the contract's signing flow (who, when, from which state to
 * which, with the comment) and the amendments applied to it, in the order they happened. Dates
 * are day first, in the settings' time zone.
 */
export function History() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const timeZone = useAppTimeZone()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const api = apiBase(config)

  const steps = useApiResource<{ events: Step[] }>(id ? `${api}/contracts/${id}/history` : null, [], {
    failure: text.failure,
  })
  const amendments = useApiResource<{ docs: Amendment[] }>(
    id ? `${api}/contract-amendments${appliedAmendmentsQuery(id)}` : null,
    [],
    { failure: text.failure },
  )
  const flows = useApiResource<{ docs: Flow[] }>(`${api}/workflows${flowsQuery('contracts', i18n.language)}`)

  if (!id) return null
  const error = steps.error ?? amendments.error
  if (error) return <p style={styles.error}>{error}</p>
  if (!steps.data || !amendments.data) return <p style={styles.muted}>{text.loading}</p>

  const labels = flowLabels(flows.data?.docs ?? [])
  const state = (key: string | null) => (key ? (labels.states.get(key) ?? key) : '—')
  const day = (iso: string | null | undefined) => formatStoredDate(iso, { withTime: false, timeZone, language: 'ro' })

  const rows: Row[] = [
    ...steps.data.events.map((step, index) => ({
      key: `step-${index}`,
      at: step.at,
      who: step.user?.name ?? '',
      what: step.from === null ? text.created : (labels.steps.get(step.transition) ?? step.transition),
      change: `${state(step.from)} → ${state(step.to)}`,
      comment: step.comment ?? '',
    })),
    ...amendments.data.docs.map((amendment) => ({
      key: `amendment-${amendment.id}`,
      at: amendment.appliedAt ?? '',
      who: nameOf(amendment.updatedBy),
      what: text.amendment(amendment.number ?? '', amendment.title ?? ''),
      change: [
        amendment.newEndDate &&
          `${text.endDate}: ${day(amendment.previous?.endDate) || '—'} → ${day(amendment.newEndDate)}`,
        amendment.changesLines &&
          `${text.value}: ${amount(amendment.previous?.totals?.gross)} → ${amount(amendment.totals?.gross)}`,
      ]
        .filter(Boolean)
        .join('\n'),
      comment: '',
    })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))

  const columns: Column<Row>[] = [
    {
      label: text.at,
      cell: (row) => formatStoredDate(row.at, { withTime: true, timeZone, language: 'ro' }),
      style: { whiteSpace: 'nowrap' },
    },
    { label: text.who, cell: (row) => row.who },
    { label: text.what, cell: (row) => row.what },
    { label: text.change, cell: (row) => row.change, style: { whiteSpace: 'pre-line' } },
    { label: text.comment, cell: (row) => row.comment },
  ]
  return (
    <div id="contract-history" style={styles.section}>
      <DataTable columns={columns} rows={rows} rowKey={(row) => row.key} empty={text.none} />
    </div>
  )
}
