'use client'
import { useAuth, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

/** Switches the admin interface to the signed-in user's preferred language (R32). */
export function PreferredLanguage({ children }: { children?: ReactNode }) {
  const { user } = useAuth<{ language?: 'ro' | 'en' }>()
  const { i18n, switchLanguage } = useTranslation()
  const preferred = user?.language
  useEffect(() => {
    if (preferred && preferred !== i18n.language && switchLanguage) void switchLanguage(preferred)
  }, [preferred, i18n.language, switchLanguage])
  return <>{children}</>
}
