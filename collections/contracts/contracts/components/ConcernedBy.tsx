'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { type Column, DataTable } from '@/components/shared/DataTable'
import { apiBase } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiResource } from '@/components/shared/useApiResource'
import {
  concernedTicketsQuery,
  contractActivitiesQuery,
  type Flow,
  flowLabels,
  flowsQuery,
  TICKETS_SHOWN,
} from './queries'

interface Ticket {
  id: number
  number?: string | null
  title?: string | null
  status?: string | null
  concerns?: { relationTo: string; value: number | { id: number } } | null
}

interface Page<T> {
  docs: T[]
  totalDocs?: number
}

const TEXT = {
  en: {
    number: 'Number',
    title: 'Title',
    about: 'About',
    status: 'Status',
    contract: 'The contract',
    none: 'No ticket concerns this contract or its activities.',
    loading: 'Loading the tickets…',
    failure: 'The tickets could not be read.',
    more: (shown: number, total: number) => `The ${shown} most recent of ${total} tickets.`,
  },
  ro: {
    number: 'Număr',
    title: 'Titlu',
    about: 'Despre',
    status: 'Stare',
    contract: 'Contractul',
    none: 'Niciun tichet nu se referă la acest contract sau la activitățile lui.',
    loading: 'Se încarcă tichetele…',
    failure: 'Tichetele nu au putut fi citite.',
    more: (shown: number, total: number) => `Cele mai recente ${shown} din ${total} tichete.`,
  },
}

/**
 * The Tickets tab: the tickets about this contract or one of its activities (R29), read over REST
 * as the signed-in user, so only tickets the reader may read are listed.
 */
export function ConcernedBy() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const api = apiBase(config)

  const activities = useApiResource<Page<{ id: number; title?: string | null }>>(
    id ? `${api}/contract-activities${contractActivitiesQuery(id)}` : null,
    [],
    { failure: text.failure },
  )
  const activityIds = activities.data?.docs.map((activity) => activity.id) ?? []
  const tickets = useApiResource<Page<Ticket>>(
    id && activities.data ? `${api}/tickets${concernedTicketsQuery(id, activityIds)}` : null,
    [],
    { failure: text.failure },
  )
  const flows = useApiResource<Page<Flow>>(`${api}/workflows${flowsQuery('tickets', i18n.language)}`)

  if (!id) return null
  const error = activities.error ?? tickets.error
  if (error) return <p style={styles.error}>{error}</p>
  if (!tickets.data) return <p style={styles.muted}>{text.loading}</p>

  const labels = flowLabels(flows.data?.docs ?? []).states
  const activityTitles = new Map(activities.data?.docs.map((activity) => [activity.id, activity.title ?? '']))
  const adminRoute = config.routes.admin
  const about = (ticket: Ticket) => {
    const concerns = ticket.concerns
    if (!concerns || concerns.relationTo !== 'contract-activities') return text.contract
    const activityId = typeof concerns.value === 'object' ? concerns.value.id : concerns.value
    return activityTitles.get(activityId) ?? String(activityId)
  }
  const columns: Column<Ticket>[] = [
    {
      label: text.number,
      cell: (ticket) => (
        <a href={formatAdminURL({ adminRoute, path: `/collections/tickets/${ticket.id}` })} style={styles.link}>
          {ticket.number || `#${ticket.id}`}
        </a>
      ),
    },
    { label: text.title, cell: (ticket) => ticket.title },
    { label: text.about, cell: about },
    { label: text.status, cell: (ticket) => (ticket.status ? (labels.get(ticket.status) ?? ticket.status) : '') },
  ]
  const { docs, totalDocs = docs.length } = tickets.data
  return (
    <div id="contract-tickets" style={styles.section}>
      {docs.length === 0 ? (
        <p style={styles.muted}>{text.none}</p>
      ) : (
        <>
          <DataTable
            columns={columns}
            rows={docs}
            rowKey={(ticket) => ticket.id}
            rowProps={(ticket) => ({ 'data-ticket': ticket.id })}
          />
          {totalDocs > TICKETS_SHOWN && <p style={styles.notice}>{text.more(TICKETS_SHOWN, totalDocs)}</p>}
        </>
      )}
    </div>
  )
}
