import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'

import { DEFAULT_TIME_ZONE } from '@/lib/timeZone'
import { PayloadUiBridge } from './PayloadUiBridge'

/** Around the admin panel: Payload's own date texts in the settings' time zone (PayloadUiBridge). */
export async function SettingsTimeZone({ payload, children }: ServerProps & { children?: ReactNode }) {
  const settings = await payload.findGlobal({
    slug: 'settings',
    select: { time: true },
    depth: 0,
    // Only the application's time zone, which every page shows its dates in, signed in or not.
    overrideAccess: true,
  })
  return <PayloadUiBridge zone={settings?.time?.timeZone || DEFAULT_TIME_ZONE}>{children}</PayloadUiBridge>
}
