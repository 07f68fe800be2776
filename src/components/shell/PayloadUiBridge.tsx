'use client'
import { useTranslation } from '@payloadcms/ui'
import type { ReactNode } from 'react'

import { bridgePayloadUi } from './payloadUiBridge'

/**
 * Gives Payload's patched code what it asks for (payloadUiBridge.ts): its own date texts (a
 * document's "Last modified", the Created column, the versions) in the settings' time zone instead
 * of the browser's, its upload toasts in the reader's language. Set while rendering, before the
 * pages below format anything, on the server and in the browser.
 */
export function PayloadUiBridge({ zone, children }: { zone: string; children?: ReactNode }) {
  bridgePayloadUi(zone, useTranslation().i18n.language)
  return <>{children}</>
}
