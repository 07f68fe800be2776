'use client'
import { useTranslation } from '@payloadcms/ui'

/** Shown instead of the matrix on the system administrator role. */
export function AdminRoleNote() {
  const { i18n } = useTranslation()
  const text =
    i18n.language === 'ro'
      ? 'Rolul de administrator de sistem are întotdeauna toate permisiunile și toate funcțiile; nu poate fi restrâns sau șters.'
      : 'The system administrator role always holds every permission and function; it cannot be restricted or deleted.'
  return <p style={{ margin: '1rem 0', fontWeight: 500 }}>{text}</p>
}
