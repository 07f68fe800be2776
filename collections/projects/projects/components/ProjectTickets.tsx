'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { type Column, DataTable } from '@/components/shared/DataTable'
import { apiBase } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiResource } from '@/components/shared/useApiResource'
import type { ProjectTicketsAnswer, ProjectTicketRow } from '../tickets'

const TEXT = {
  en: {
    heading: 'Tickets about this project or its activities',
    number: 'Number',
    title: 'Title',
    about: 'About',
    status: 'Status',
    project: 'The project',
    none: 'No ticket you may read concerns this project or its activities.',
    loading: 'Loading the tickets…',
    failure: 'The tickets could not be read.',
    more: (shown: number, total: number) => `The ${shown} most recent of ${total} tickets.`,
  },
  ro: {
    heading: 'Tichete despre acest proiect sau activitățile lui',
    number: 'Număr',
    title: 'Titlu',
    about: 'Despre',
    status: 'Stare',
    project: 'Proiectul',
    none: 'Niciun tichet pe care îl puteți citi nu se referă la acest proiect sau la activitățile lui.',
    loading: 'Se încarcă tichetele…',
    failure: 'Tichetele nu au putut fi citite.',
    more: (shown: number, total: number) => `Cele mai recente ${shown} din ${total} tichete.`,
  },
}

/**
 * The tickets about the project or one of its activities (R29), from `GET /api/projects/:id/tickets`:
 * only those the reader may read are listed.
 */
export function ProjectTickets() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const tickets = useApiResource<ProjectTicketsAnswer>(id ? `${apiBase(config)}/projects/${id}/tickets` : null, [], {
    failure: text.failure,
  })
  if (!id) return null
  const href = (collection: string, recordId: number) =>
    formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/${collection}/${recordId}` })
  const columns: Column<ProjectTicketRow>[] = [
    {
      label: text.number,
      cell: (ticket) => (
        <a href={href('tickets', ticket.id)} style={styles.link}>
          {ticket.number || `#${ticket.id}`}
        </a>
      ),
    },
    { label: text.title, cell: (ticket) => ticket.title },
    {
      label: text.about,
      cell: (ticket) =>
        ticket.activity ? (
          <a href={href('project-activities', ticket.activity.id)}>{ticket.activity.title}</a>
        ) : (
          text.project
        ),
    },
    { label: text.status, cell: (ticket) => ticket.statusLabel ?? '' },
  ]
  return (
    <div id="project-tickets" style={styles.section}>
      <h4 style={styles.sectionHeading}>{text.heading}</h4>
      {tickets.error ? (
        <p style={styles.error}>{tickets.error}</p>
      ) : !tickets.data ? (
        <p style={styles.muted}>{text.loading}</p>
      ) : tickets.data.rows.length === 0 ? (
        <p style={styles.muted}>{text.none}</p>
      ) : (
        <>
          <DataTable
            columns={columns}
            rows={tickets.data.rows}
            rowKey={(ticket) => ticket.id}
            rowProps={(ticket) => ({ 'data-ticket': ticket.id })}
          />
          {tickets.data.totalDocs > tickets.data.rows.length && (
            <p style={styles.notice}>{text.more(tickets.data.rows.length, tickets.data.totalDocs)}</p>
          )}
        </>
      )}
    </div>
  )
}
