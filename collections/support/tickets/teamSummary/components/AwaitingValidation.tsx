'use client'
import { useState } from 'react'

import type { ActionToValidate, Queue } from '../types'
import { type Column, DataTable } from '@/components/shared/DataTable'
import { styles } from '@/components/shared/styles'
import { when } from '@/components/shell/myWork/format'
import type { Text } from './text'
import { ValidationSteps } from './ValidationSteps'

interface Props {
  queue: Queue<ActionToValidate>
  timeZone: string
  busy: boolean
  text: Text
  href: (collection: string, id: number) => string
  onValidate: (action: number) => Promise<boolean>
  onSendBack: (action: number, comment: string) => Promise<boolean>
}

/**
 * Ticket actions marked done, each with Validate and Send back; sending back asks what is left to
 * do (the flow requires a comment) in the row itself, one row at a time.
 */
export function AwaitingValidation({ queue, timeZone, busy, text, href, onValidate, onSendBack }: Props) {
  const [returning, setReturning] = useState<number | null>(null)
  const [comment, setComment] = useState('')

  async function confirmSendBack(action: number) {
    if (await onSendBack(action, comment.trim())) {
      setReturning(null)
      setComment('')
    }
  }

  const columns: Column<ActionToValidate>[] = [
    {
      label: text.action,
      cell: (action) => (
        <a href={href('ticket-actions', action.id)} style={styles.link}>
          {action.title}
        </a>
      ),
    },
    {
      label: text.ticket,
      cell: ({ ticket }) =>
        ticket ? (
          <a href={href('tickets', ticket.id)} style={styles.link}>
            {[ticket.number, ticket.title].filter(Boolean).join(' ') || `#${ticket.id}`}
          </a>
        ) : (
          '—'
        ),
    },
    {
      label: text.responsible,
      cell: ({ responsible }) => (responsible ? (responsible.name ?? `#${responsible.id}`) : '—'),
    },
    { label: text.doneAt, cell: (action) => when(action.doneAt, timeZone) },
    {
      label: text.result,
      style: { maxWidth: '320px', whiteSpace: 'pre-wrap' },
      cell: (action) => action.result ?? '—',
    },
    {
      label: '',
      style: { whiteSpace: 'nowrap' },
      cell: (action) => (
        <ValidationSteps
          action={action.id}
          returning={returning === action.id}
          comment={comment}
          busy={busy}
          text={text}
          onComment={setComment}
          onValidate={() => void onValidate(action.id)}
          onSendBack={() => {
            setReturning(action.id)
            setComment('')
          }}
          onConfirm={() => void confirmSendBack(action.id)}
          onCancel={() => setReturning(null)}
        />
      ),
    },
  ]

  return (
    <section id="support-team-validation" style={styles.section}>
      <h2 style={styles.sectionHeading}>
        {text.awaiting} <span style={styles.muted}>({queue.total})</span>
      </h2>
      {queue.rows.length === 0 ? (
        <p style={styles.notice}>{text.noAwaiting}</p>
      ) : (
        <DataTable
          columns={columns}
          rows={queue.rows}
          rowKey={(action) => action.id}
          rowProps={(action) => ({ 'data-action': action.id })}
        />
      )}
      {queue.rows.length < queue.total && <p style={styles.notice}>{text.more(queue.rows.length, queue.total)}</p>}
    </section>
  )
}
