'use client'
import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import { apiBase, request } from '@/components/shared/request'
import { NOTIFICATIONS_CHANGED } from './shared'

const REFRESH_MS = 60_000

const styles = {
  link: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    padding: '4px',
    color: 'var(--theme-text)',
    textDecoration: 'none',
  },
  count: {
    position: 'absolute',
    top: '-4px',
    right: '-8px',
    minWidth: '18px',
    height: '18px',
    padding: '0 5px',
    borderRadius: '9px',
    background: 'var(--theme-error-500)',
    color: 'var(--theme-base-0, #fff)',
    fontSize: '11px',
    fontWeight: 600,
    lineHeight: '18px',
    textAlign: 'center',
  },
} as const

const TEXT = {
  en: { label: 'Notifications', unread: (n: number) => `${n} unread notification${n === 1 ? '' : 's'}` },
  ro: { label: 'Notificări', unread: (n: number) => (n === 1 ? 'O notificare necitită' : `${n} notificări necitite`) },
}

/**
 * The admin header's bell: the signed-in user's unread notifications, linking to their list.
 * Refreshes every minute, when the window regains focus, on navigation and after "mark all read".
 */
export function UnreadBadge() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const [unread, setUnread] = useState<number | null>(null)
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const api = apiBase(config)

  const refresh = useCallback(async () => {
    if (!user) return
    try {
      setUnread(
        (await request<{ totalDocs: number }>(`${api}/notifications/count?where[readAt][exists]=false`)).totalDocs,
      )
    } catch {
      // Offline, signed out or refused: keep the last count.
    }
  }, [api, user])

  useEffect(() => {
    void refresh()
  }, [refresh, pathname])

  useEffect(() => {
    const onChange = () => void refresh()
    const timer = window.setInterval(onChange, REFRESH_MS)
    window.addEventListener('focus', onChange)
    window.addEventListener(NOTIFICATIONS_CHANGED, onChange)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('focus', onChange)
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChange)
    }
  }, [refresh])

  if (!user) return null
  const count = unread ?? 0
  const href = `${config.routes.admin}/collections/notifications?where[readAt][exists]=false`
  return (
    <Link
      href={href}
      className={`notification-badge${count > 0 ? ' notification-badge--unread' : ''}`}
      aria-label={count > 0 ? text.unread(count) : text.label}
      title={count > 0 ? text.unread(count) : text.label}
      // Absent until the count is known, so whoever reads it never takes a 0 not yet counted.
      data-unread={unread ?? undefined}
      style={styles.link}
    >
      <svg
        aria-hidden="true"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span className="notification-badge__count" style={styles.count}>
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  )
}
