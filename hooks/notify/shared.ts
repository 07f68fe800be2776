/** What the notification engine, its collection and its email task share. */

export const NOTIFICATIONS_SLUG = 'notifications' as const
export const SEND_NOTIFICATION_EMAIL_TASK = 'sendNotificationEmail' as const
/** An email is tried once and retried this many times before it is marked failed. */
export const EMAIL_RETRIES = 3

export const EMAIL_STATUSES = ['none', 'queued', 'sent', 'failed'] as const
export type EmailStatus = (typeof EMAIL_STATUSES)[number]

/** A user's email preference, as stored in the users collection's `emailNotifications` group. */
export interface EmailPreference {
  enabled?: boolean | null
  mutedKinds?: string[] | null
}

/**
 * Whether a user wants the email of a notification kind. Email is on unless the user turned it
 * off altogether or muted the kind; a muted entry also mutes the kinds below it
 * (`workflow` mutes `workflow.transition` and `workflow.assigned`).
 */
export function wantsEmail(preference: EmailPreference | null | undefined, kind: string): boolean {
  if (preference?.enabled === false) return false
  return !(preference?.mutedKinds ?? []).some((muted) => {
    const entry = muted.trim()
    return entry !== '' && (kind === entry || kind.startsWith(`${entry}.`))
  })
}

/** The admin panel address of a record: `/admin/collections/<slug>/<id>`. */
export const adminPath = (adminRoute: string, collection: string, id: number | string) =>
  `${adminRoute.replace(/\/$/, '')}/collections/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}`
