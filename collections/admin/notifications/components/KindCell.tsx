import type { DefaultServerCellComponentProps } from 'payload'

import { say } from '@/lib/i18n'
import { kindLabel, notificationKinds } from '../kinds'

/** The notifications list's "Kind" column: what happened, in the reader's language, never the key. */
export function KindCell({ cellData, i18n, payload }: DefaultServerCellComponentProps) {
  const label = say(i18n?.language, kindLabel(notificationKinds(payload), typeof cellData === 'string' ? cellData : ''))
  return <span className="notification-kind">{label}</span>
}
