'use client'
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { Queue, UnassignedTicket } from '../types'
import { type Column, DataTable } from '@/components/shared/DataTable'
import { styles } from '@/components/shared/styles'
import { when } from '@/components/shell/myWork/format'
import type { Text } from './text'

interface Props {
  queue: Queue<UnassignedTicket>
  people: { id: number; name: string }[]
  timeZone: string
  busy: boolean
  text: Text
  href: (collection: string, id: number) => string
  onAssign: (ticket: number, person: number) => Promise<boolean>
}

/** New tickets nobody handles yet, each with a person to pick and an Assign button. */
export function UnassignedTickets({ queue, people, timeZone, busy, text, href, onAssign }: Props) {
  const [picked, setPicked] = useState<Record<number, string>>({})
  const link = (ticket: UnassignedTicket, label: string) => (
    <a href={href('tickets', ticket.id)} style={styles.link}>
      {label}
    </a>
  )
  const columns: Column<UnassignedTicket>[] = [
    { label: text.number, cell: (ticket) => link(ticket, ticket.number ?? `#${ticket.id}`) },
    { label: text.subject, cell: (ticket) => link(ticket, ticket.title) },
    { label: text.client, cell: (ticket) => ticket.client ?? '—' },
    { label: text.type, cell: (ticket) => ticket.type ?? '—' },
    { label: text.priority, cell: (ticket) => ticket.priority ?? '—' },
    { label: text.team, cell: (ticket) => ticket.team ?? '—' },
    {
      label: text.due,
      cell: (ticket) => (
        <>
          {when(ticket.dueDate, timeZone)}
          {ticket.overdue && <span style={styles.overdueBadge}>{text.pastDue}</span>}
        </>
      ),
    },
    {
      label: text.assignee,
      style: { whiteSpace: 'nowrap' },
      cell: (ticket) => (
        <>
          <select
            id={`assignee-${ticket.id}`}
            aria-label={text.assignee}
            value={picked[ticket.id] ?? ''}
            disabled={busy || people.length === 0}
            onChange={(event) => setPicked((current) => ({ ...current, [ticket.id]: event.target.value }))}
            style={styles.compactInput}
          >
            <option value="">{text.choose}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>{' '}
          <Button
            id={`assign-${ticket.id}`}
            buttonStyle="primary"
            size="small"
            margin={false}
            disabled={busy || !picked[ticket.id]}
            onClick={() => void onAssign(ticket.id, Number(picked[ticket.id]))}
          >
            {text.assign}
          </Button>
        </>
      ),
    },
  ]

  return (
    <section id="support-team-unassigned" style={styles.section}>
      <h2 style={styles.sectionHeading}>
        {text.unassigned} <span style={styles.muted}>({queue.total})</span>
      </h2>
      {people.length === 0 && queue.rows.length > 0 && <p style={styles.notice}>{text.noPeople}</p>}
      {queue.rows.length === 0 ? (
        <p style={styles.notice}>{text.noUnassigned}</p>
      ) : (
        <DataTable
          columns={columns}
          rows={queue.rows}
          rowKey={(ticket) => ticket.id}
          rowProps={(ticket) => ({
            'data-ticket': ticket.id,
            'data-overdue': ticket.overdue ? 'true' : undefined,
            style: ticket.overdue ? styles.overdueRow : undefined,
          })}
        />
      )}
      {queue.rows.length < queue.total && <p style={styles.notice}>{text.more(queue.rows.length, queue.total)}</p>}
    </section>
  )
}
