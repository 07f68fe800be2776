'use client'
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { ActionToValidate, Queue } from '@/collections/support/tickets/teamSummary/types'
import { when } from '../myWork/format'
import { styles } from '../myWork/styles'
import type { Text } from './text'

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
 * do (the flow requires a comment) in the row itself.
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

  return (
    <section id="support-team-validation" style={styles.section}>
      <h2 style={styles.heading}>
        {text.awaiting} <span style={styles.count}>({queue.total})</span>
      </h2>
      {queue.rows.length === 0 ? (
        <p style={styles.notice}>{text.noAwaiting}</p>
      ) : (
        <table style={styles.table}>
          <thead>
            <tr>
              {[text.action, text.ticket, text.responsible, text.doneAt, text.result, ''].map((label) => (
                <th key={label} style={styles.th}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((action) => (
              <tr key={action.id} data-action={action.id}>
                <td style={styles.td}>
                  <a href={href('ticket-actions', action.id)} style={styles.link}>
                    {action.title}
                  </a>
                </td>
                <td style={styles.td}>
                  {action.ticket ? (
                    <a href={href('tickets', action.ticket.id)} style={styles.link}>
                      {[action.ticket.number, action.ticket.title].filter(Boolean).join(' ') || `#${action.ticket.id}`}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
                <td style={styles.td}>{action.responsible ? (action.responsible.name ?? `#${action.responsible.id}`) : '—'}</td>
                <td style={styles.td}>{when(action.doneAt, timeZone)}</td>
                <td style={{ ...styles.td, maxWidth: '320px', whiteSpace: 'pre-wrap' }}>{action.result ?? '—'}</td>
                <td style={{ ...styles.td, whiteSpace: 'nowrap' }}>
                  {returning === action.id ? (
                    <div style={{ display: 'grid', gap: '6px' }}>
                      <textarea
                        id={`send-back-comment-${action.id}`}
                        aria-label={text.comment}
                        placeholder={text.comment}
                        value={comment}
                        rows={2}
                        onChange={(event) => setComment(event.target.value)}
                        style={{ ...styles.input, minHeight: '48px', padding: '4px 6px' }}
                      />
                      <div style={{ display: 'flex', gap: '6px' }}>
                        <Button
                          id={`send-back-confirm-${action.id}`}
                          buttonStyle="primary"
                          size="small"
                          margin={false}
                          disabled={busy || comment.trim() === ''}
                          onClick={() => void confirmSendBack(action.id)}
                        >
                          {text.confirmSendBack}
                        </Button>
                        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setReturning(null)}>
                          {text.cancel}
                        </Button>
                      </div>
                    </div>
                  ) : (
                    <div style={{ display: 'flex', gap: '6px' }}>
                      <Button id={`validate-${action.id}`} buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => void onValidate(action.id)}>
                        {text.validate}
                      </Button>
                      <Button
                        id={`send-back-${action.id}`}
                        buttonStyle="secondary"
                        size="small"
                        margin={false}
                        disabled={busy}
                        onClick={() => {
                          setReturning(action.id)
                          setComment('')
                        }}
                      >
                        {text.sendBack}
                      </Button>
                    </div>
                  )}
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
