'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { apiBase, isUnreachable, request } from '../request'
import { DEFAULT_TIME_ZONE } from '@/lib/timeZone'

let pending: Promise<string> | null = null

/**
 * The application's time zone (Settings → time), read once per page load: every signed-in user
 * may read the settings. Until it is known the default zone is assumed; the form is not yet usable
 * before the first fetches end anyway.
 */
export function useAppTimeZone(): string {
  const api = apiBase(useConfig().config)
  const [zone, setZone] = useState(DEFAULT_TIME_ZONE)
  useEffect(() => {
    pending ??= request<{ time?: { timeZone?: string } } | null>(`${api}/globals/settings?depth=0`)
      .then((settings) => settings?.time?.timeZone || DEFAULT_TIME_ZONE)
      .catch((error) => {
        // Offline: asked again next time; a refusal would not change.
        if (isUnreachable(error)) pending = null
        return DEFAULT_TIME_ZONE
      })
    let live = true
    void pending.then((found) => live && setZone(found))
    return () => {
      live = false
    }
  }, [api])
  return zone
}
