'use client'
import { Button } from '@payloadcms/ui'
import { useRef, useState } from 'react'

import { request } from '@/components/shared/request'
import type { CalendarText } from './text'

/**
 * "Subscribe (Outlook / Google)": makes a new secret link to the user's own iCalendar feed and
 * shows it once, with a copy button; the feed can also be turned off.
 */
export function FeedSubscription({ api, text }: { api: string; text: CalendarText }) {
  const [url, setUrl] = useState<string | null>(null)
  const [status, setStatus] = useState<{ error?: string; notice?: string }>({})
  const [copied, setCopied] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  async function run(action: () => Promise<void>) {
    setStatus({})
    setCopied(false)
    try {
      await action()
    } catch (error) {
      setStatus({ error: (error as Error).message })
    }
  }

  const subscribe = () =>
    run(async () =>
      setUrl(
        (await request<{ url: string }>(`${api}/calendar/feed-token`, { method: 'POST', failure: text.feedFailed }))
          .url,
      ),
    )

  const turnOff = () =>
    run(async () => {
      await request(`${api}/calendar/feed-token`, { method: 'DELETE', failure: text.feedFailed })
      setUrl(null)
      setStatus({ notice: text.feedIsOff })
    })

  async function copy() {
    input.current?.select()
    try {
      await navigator.clipboard.writeText(url ?? '')
      setCopied(true)
    } catch {
      // No clipboard access (an insecure page): the link stays selected for Ctrl+C.
    }
  }

  return (
    <section className="calendar__feed">
      <div className="calendar__toolbar">
        <Button
          id="calendar-subscribe"
          buttonStyle="secondary"
          size="small"
          margin={false}
          onClick={() => void subscribe()}
        >
          {text.subscribe}
        </Button>
        <Button id="calendar-feed-off" buttonStyle="subtle" size="small" margin={false} onClick={() => void turnOff()}>
          {text.feedOff}
        </Button>
      </div>
      {url ? (
        <div className="calendar-panel" id="calendar-feed">
          <div className="calendar-panel__row">
            <label className="calendar-panel__grow">
              {text.feedLink}
              <input id="calendar-feed-url" ref={input} readOnly value={url} onFocus={(e) => e.target.select()} />
            </label>
            <Button id="calendar-feed-copy" size="small" margin={false} onClick={() => void copy()}>
              {copied ? text.copied : text.copy}
            </Button>
          </div>
          <p className="calendar-panel__warning" id="calendar-feed-warning">
            {text.feedWarning}
          </p>
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
