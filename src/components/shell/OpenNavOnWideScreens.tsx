'use client'
import { useNav, useWindowInfo } from '@payloadcms/ui'
import { type ReactNode, useEffect, useRef } from 'react'

/**
 * Opens the navigation when a page loads on a wide screen (over 1024 px), unless the user closed
 * it on purpose. Payload starts it closed at 1440 px and below, so on most laptops the custom
 * views' links were out of sight. Narrower screens keep Payload's behaviour: there the navigation
 * covers the page.
 */
export function OpenNavOnWideScreens({ children }: { children?: ReactNode }) {
  const { hydrated, navOpen, setNavOpen } = useNav()
  // Before Payload's provider adjusts it to the width, the nav's state is the user's saved choice
  // (the `nav` preference read on the server; open when there is none).
  const preferred = useRef(navOpen)
  const {
    breakpoints: { l: atMost1440, m: atMost1024 },
  } = useWindowInfo()

  useEffect(() => {
    // Above 1440 px Payload already follows the preference; at 1024 px and below the nav is a drawer.
    if (!hydrated || !preferred.current || atMost1440 !== true || atMost1024 !== false) return
    // After Payload's own provider closed it for this width (its effect runs after ours).
    const timer = window.setTimeout(() => setNavOpen(true), 0)
    return () => window.clearTimeout(timer)
  }, [hydrated, atMost1440, atMost1024, setNavOpen])

  return <>{children}</>
}
