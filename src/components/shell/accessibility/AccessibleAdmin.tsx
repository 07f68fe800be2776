'use client'
import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

import { repairAccessibility } from './repairs'

/** The attributes the repairs read: a change to one (a re-render) runs them again. */
const WATCHED = ['aria-label', 'aria-labelledby', 'aria-hidden', 'tabindex', 'role', 'class']

/**
 * Keeps Payload's admin markup accessible (see repairs.ts): runs the repairs once the page is
 * there and again, at most once a frame, whenever the page changes (a drawer opens, a list reloads).
 */
export function AccessibleAdmin({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const language = i18n.language

  useEffect(() => {
    let frame = 0
    const run = () => {
      frame = 0
      repairAccessibility(document, language)
    }
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(run)
    }
    run()
    const observer = new MutationObserver(schedule)
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED })
    return () => {
      observer.disconnect()
      if (frame) window.cancelAnimationFrame(frame)
    }
  }, [language])

  return <>{children}</>
}
