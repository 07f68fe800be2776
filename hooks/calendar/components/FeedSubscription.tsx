'use client'
import { Button } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { request } from '@/components/shared/request'
import type { CalendarText } from './text'

type Link = { url: string | null; created: boolean }

/**
 * "Subscribe (Outlook / Google)": opens a panel with the user's link to their own iCalendar feed,
 * the same link at every visit (made the first time only), with a copy button. Making a new link
 * is a separate action, confirmed first, because it stops the link every subscribed calendar
 * uses. The panel scrolls into view when it opens: it sits below the calendar.
 */
export function FeedSubscription({ api, text }: { api: string; text: CalendarText }) {
  const [open, setOpen] = useState(false)
  const [link, setLink] = useState<Link | null>(null)
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [status, setStatus] = useState<{ error?: string; notice?: string }>({})
  const [copied, setCopied] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const endpoint = `${api}/calendar/feed-token`

  async function run(action: () => Promise<void>) {
    // One request at a time: two looks at once could each make a link when there was none.
    if (busy) return
    setBusy(true)
    setStatus({})
    setCopied(false)
    try {
      await action()
    } catch (error) {
      setStatus({ error: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  const toggle = () => {
    if (open) {
      setOpen(false)
      setConfirming(false)
      return
    }
    setOpen(true)
    void run(async () => setLink(await request<Link>(endpoint, { failure: text.feedFailed })))
  }

  const makeNew = () =>
    run(async () => {
      setLink(await request<Link>(endpoint, { method: 'POST', failure: text.feedFailed }))
      setConfirming(false)
      setStatus({ notice: text.feedNewDone })
    })

  const turnOff = () =>
    run(async () => {
      await request(endpoint, { method: 'DELETE', failure: text.feedFailed })
      setOpen(false)
      setConfirming(false)
      setLink(null)
      setStatus({ notice: text.feedIsOff })
    })

  // Below a month of days the panel opens out of sight: bring it, and the confirmation, into view.
  useEffect(() => {
    if (open) panel.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }, [open, link, confirming])

  async function copy() {
    input.current?.select()
    try {
      await navigator.clipboard.writeText(link?.url ?? '')
      setCopied(true)
    } catch {
      // No clipboard access (an insecure page): the link stays selected for Ctrl+C.
    }
  }

  return (
    <section className="calendar__feed">
      <div className="calendar__toolbar">
        <Button id="calendar-subscribe" buttonStyle="secondary" size="small" margin={false} onClick={toggle}>
          {text.subscribe}
        </Button>
        <Button
          id="calendar-feed-off"
          buttonStyle="subtle"
          size="small"
          margin={false}
          disabled={busy}
          onClick={() => void turnOff()}
        >
          {text.feedOff}
        </Button>
      </div>
      {open ? (
        <div className="calendar-panel" id="calendar-feed" ref={panel} aria-busy={busy}>
          {link?.url ? (
            <>
              <div className="calendar-panel__row">
                <label className="calendar-panel__grow">
                  {text.feedLink}
                  <input
                    id="calendar-feed-url"
                    ref={input}
                    readOnly
                    value={link.url}
                    onFocus={(e) => e.target.select()}
                  />
                </label>
                <Button id="calendar-feed-copy" size="small" margin={false} onClick={() => void copy()}>
                  {copied ? text.copied : text.copy}
                </Button>
              </div>
              <p className="calendar-panel__warning" id="calendar-feed-warning">
                {text.feedWarning}
              </p>
            </>
          ) : link ? (
            <p className="calendar-panel__note" id="calendar-feed-hidden">
              {text.feedHidden}
            </p>
          ) : (
            <p className="calendar-panel__note">{text.feedLoading}</p>
          )}
          {confirming ? (
            <div className="calendar-panel__confirm" role="alertdialog" aria-labelledby="calendar-feed-new-question">
              <p id="calendar-feed-new-question">{text.feedNewQuestion}</p>
              <div className="calendar-panel__row">
                <Button
                  id="calendar-feed-new-confirm"
                  buttonStyle="primary"
                  size="small"
                  margin={false}
                  disabled={busy}
                  onClick={() => void makeNew()}
                >
                  {text.feedNewConfirm}
                </Button>
                <Button
                  id="calendar-feed-new-cancel"
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  onClick={() => setConfirming(false)}
                >
                  {text.cancel}
                </Button>
              </div>
            </div>
          ) : link ? (
            <div className="calendar-panel__row">
              <Button
                id="calendar-feed-new"
                buttonStyle="subtle"
                size="small"
                margin={false}
                disabled={busy}
                onClick={() => setConfirming(true)}
              >
                {text.feedNew}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {status.notice ? <p className="calendar-notice">{status.notice}</p> : null}
      {status.error ? (
        <p className="calendar-error" role="alert">
          {status.error}
        </p>
      ) : null}
    </section>
  )
}
