'use client'
import { Button, useConfig, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { useAppTimeZone } from '@/components/shared/dates/useAppTimeZone'
import { apiBase, request } from '@/components/shared/request'
import { formatStoredDate } from '@/lib/dates'

interface Available {
  key: string
  label: string
  toLabel: string
  commentRequired: boolean
  blocked: string | null
}
interface Event {
  at: string
  transition: string
  from: string | null
  to: string
  fromLabel: string | null
  toLabel: string
  comment: string | null
  user: { name: string } | null
}

const TEXT = {
  en: {
    status: 'Status',
    steps: 'Next steps',
    none: 'No step is available to you now.',
    history: 'History',
    comment: 'Comment',
    send: 'Confirm',
    cancel: 'Cancel',
    created: 'created',
  },
  ro: {
    status: 'Stare',
    steps: 'Pașii următori',
    none: 'Niciun pas nu vă este disponibil acum.',
    history: 'Istoric',
    comment: 'Comentariu',
    send: 'Confirmă',
    cancel: 'Renunță',
    created: 'creat',
  },
}

/** The status of a governed record, the steps the user may take now, and the history of steps. */
export function WorkflowPanel({ path }: { path: string }) {
  const { id, collectionSlug } = useDocumentInfo()
  const { value: status } = useField<string>({ path })
  const { i18n } = useTranslation()
  // The steps' times read in the settings' time zone, as every date of the application, wherever the browser is.
  const timeZone = useAppTimeZone()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const [state, setState] = useState<{ statusLabel?: string; transitions: Available[] }>({ transitions: [] })
  const [events, setEvents] = useState<Event[]>([])
  const [asking, setAsking] = useState<Available | null>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { config } = useConfig()
  const base = `${apiBase(config)}/${collectionSlug}/${id}`

  const load = useCallback(async () => {
    if (!id) return
    try {
      const [available, history] = await Promise.all([
        request<{ statusLabel?: string; transitions?: Available[] }>(`${base}/transitions?locale=${i18n.language}`),
        request<{ events?: Event[] }>(`${base}/history?locale=${i18n.language}`),
      ])
      setState({ statusLabel: available.statusLabel, transitions: available.transitions ?? [] })
      setEvents(history.events ?? [])
    } catch {
      // Not readable now: no step is offered (the server would refuse it anyway).
      setState({ transitions: [] })
      setEvents([])
    }
  }, [base, id, i18n.language])

  useEffect(() => {
    void load()
  }, [load, status])

  async function run(transition: Available, withComment?: string) {
    setBusy(true)
    setError(null)
    try {
      await request(`${base}/transition?locale=${i18n.language}`, {
        method: 'POST',
        body: { transition: transition.key, comment: withComment },
      })
    } catch (failure) {
      setBusy(false)
      setError((failure as Error).message)
      return
    }
    setBusy(false)
    window.location.reload()
  }

  if (!id) return null
  return (
    <div className="workflow-panel" style={{ marginBottom: '1.5rem' }}>
      <div style={{ fontWeight: 600 }}>{text.status}</div>
      <div
        className="workflow-panel__status"
        data-status={status}
        style={{ fontSize: '1.2rem', margin: '0.25rem 0 0.75rem' }}
      >
        {state.statusLabel ?? status}
      </div>
      <div style={{ fontWeight: 600 }}>{text.steps}</div>
      {state.transitions.length === 0 && <p style={{ opacity: 0.7 }}>{text.none}</p>}
      {/* margin={false}: Payload's .btn has a 24 px block margin, which a flex row does not collapse:
          it stood as an empty band above and below the buttons. The row's gap spaces them. */}
      {state.transitions.length > 0 && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '0.5rem 0' }}>
          {state.transitions.map((transition) => (
            <Button
              key={transition.key}
              buttonStyle="secondary"
              size="small"
              margin={false}
              disabled={busy || Boolean(transition.blocked)}
              tooltip={transition.blocked ?? undefined}
              onClick={() => (transition.commentRequired ? setAsking(transition) : void run(transition))}
              id={`workflow-transition-${transition.key}`}
            >
              {transition.label}
            </Button>
          ))}
        </div>
      )}
      {asking && (
        <div style={{ display: 'grid', gap: '0.5rem' }}>
          <label htmlFor="workflow-comment">{text.comment}</label>
          <textarea id="workflow-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <Button
              size="small"
              margin={false}
              id="workflow-confirm"
              disabled={busy || !comment.trim()}
              onClick={() => void run(asking, comment)}
            >
              {text.send}
            </Button>
            <Button size="small" buttonStyle="secondary" margin={false} onClick={() => setAsking(null)}>
              {text.cancel}
            </Button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      <div style={{ fontWeight: 600, marginTop: '1rem' }}>{text.history}</div>
      <ol className="workflow-panel__history" style={{ paddingLeft: '1.1rem', fontSize: '0.85rem' }}>
        {events.map((event, index) => (
          <li key={index}>
            {formatStoredDate(event.at, { withTime: true, timeZone, language: i18n.language })} ·{' '}
            {event.user?.name ?? '—'} ·{' '}
            {event.from ? `${event.fromLabel} → ${event.toLabel}` : `${text.created}: ${event.toLabel}`}
            {event.comment ? ` — “${event.comment}”` : ''}
          </li>
        ))}
      </ol>
    </div>
  )
}
