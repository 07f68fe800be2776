'use client'
import { Link, useFormFields, useTranslation } from '@payloadcms/ui'

/** On a notification: a link to the record it is about. */
export function OpenRecordLink() {
  const url = useFormFields(([fields]) => fields['link.url']?.value as string | null | undefined)
  const { i18n } = useTranslation()
  if (!url) return null
  return (
    <p className="notification-open-record">
      <Link href={url}>{i18n.language === 'ro' ? 'Deschide înregistrarea →' : 'Open the record →'}</Link>
    </p>
  )
}
