'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { DEFAULT_TIME_ZONE } from '@/lib/timeZone'

let pending: Promise<string> | null = null

/**
 * The application's time zone (Settings → time), read once per page load: every signed-in user
 * may read the settings. Until it is known the default zone is assumed; the form is not yet usable
 * before the first fetches end anyway.
 */
export function useAppTimeZone(): string {
  const { config } = useConfig()
  const [zone, setZone] = useState(DEFAULT_TIME_ZONE)
  useEffect(() => {
    pending ??= fetch(`${config.routes.api}/globals/settings?depth=0`, { credentials: 'include' })
      .then((answer) => (answer.ok ? answer.json() : null))
      .then((settings) => (settings?.time?.timeZone as string | undefined) || DEFAULT_TIME_ZONE)
      .catch(() => {
        pending = null
        return DEFAULT_TIME_ZONE
      })
    let live = true
    void pending.then((found) => live && setZone(found))
    return () => {
      live = false
    }
  }, [config.routes.api])
  return zone
}
