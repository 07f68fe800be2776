'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { apiBase, request } from '@/components/shared/request'
import { announceNotificationsChanged } from './shared'

const TEXT = {
  en: {
    mark: 'Mark all as read',
    done: (n: number) => (n === 0 ? 'Nothing unread.' : `${n} marked as read.`),
    failed: 'Could not mark the notifications as read.',
  },
  ro: {
    mark: 'Marchează toate ca citite',
    done: (n: number) => (n === 0 ? 'Nimic necitit.' : `${n} marcate ca citite.`),
    failed: 'Notificările nu au putut fi marcate ca citite.',
  },
}

/** Above the notifications list: marks every unread notification of the user as read. */
export function MarkAllReadButton() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en

  async function markAll() {
    setBusy(true)
    try {
      const { updated } = await request<{ updated: number }>(`${apiBase(config)}/notifications/mark-all-read`, {
        method: 'POST',
      })
      toast.success(text.done(updated))
      announceNotificationsChanged()
      router.refresh()
    } catch {
      toast.error(text.failed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div
      className="notifications-actions"
      style={{ display: 'flex', justifyContent: 'flex-end', padding: '0 var(--gutter-h)' }}
    >
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void markAll()} id="mark-all-read">
        {text.mark}
      </Button>
    </div>
  )
}
