'use client'
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { Queue, UnassignedTicket } from '@/collections/support/tickets/teamSummary/types'
import { when } from '../myWork/format'
import { styles } from '../myWork/styles'
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
  return (
    <section id="support-team-unassigned" style={styles.section}>
      <h2 style={styles.heading}>
        {text.unassigned} <span style={styles.count}>({queue.total})</span>
      </h2>
      {people.length === 0 && queue.rows.length > 0 && <p style={styles.notice}>{text.noPeople}</p>}
      {queue.rows.length === 0 ? (
        <p style={styles.notice}>{text.noUnassigned}</p>
      ) : (
        <table style={styles.table}>
          <thead>
            <tr>
              {[text.number, text.subject, text.client, text.type, text.priority, text.team, text.due, text.assignee].map((label) => (
                <th key={label} style={styles.th}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((ticket) => (
              <tr key={ticket.id} data-ticket={ticket.id} data-overdue={ticket.overdue ? 'true' : undefined} style={ticket.overdue ? styles.overdueRow : undefined}>
                <td style={styles.td}>
                  <a href={href('tickets', ticket.id)} style={styles.link}>
                    {ticket.number ?? `#${ticket.id}`}
                  </a>
                </td>
                <td style={styles.td}>
                  <a href={href('tickets', ticket.id)} style={styles.link}>
                    {ticket.title}
                  </a>
                </td>
                <td style={styles.td}>{ticket.client ?? '—'}</td>
                <td style={styles.td}>{ticket.type ?? '—'}</td>
                <td style={styles.td}>{ticket.priority ?? '—'}</td>
                <td style={styles.td}>{ticket.team ?? '—'}</td>
                <td style={styles.td}>
                  {when(ticket.dueDate, timeZone)}
                  {ticket.overdue && <span style={styles.overdueBadge}>{text.pastDue}</span>}
                </td>
                <td style={{ ...styles.td, whiteSpace: 'nowrap' }}>
                  <select
                    id={`assignee-${ticket.id}`}
                    aria-label={text.assignee}
                    value={picked[ticket.id] ?? ''}
                    disabled={busy || people.length === 0}
                    onChange={(event) => setPicked((current) => ({ ...current, [ticket.id]: event.target.value }))}
                    style={styles.input}
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {queue.rows.length < queue.total && <p style={styles.notice}>{text.more(queue.rows.length, queue.total)}</p>}
    </section>
  )
}
