import type { PayloadRequest, TaskConfig } from 'payload'

import {
  adminPath,
  EMAIL_RETRIES,
  NOTIFICATIONS_SLUG,
  SEND_NOTIFICATION_EMAIL_TASK,
  wantsEmail,
} from '@/hooks/notify/shared'
import { t } from '@/lib/i18n'

type Input = { notificationId: number | string }
type Output = { status: 'sent' | 'already-sent' | 'skipped' | 'missing' }

async function setEmailStatus(req: PayloadRequest, id: number | string, emailStatus: 'none' | 'sent' | 'failed') {
  await req.payload.update({
    collection: NOTIFICATIONS_SLUG,
    id,
    data: { emailStatus },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

const absolute = (serverURL: string, path: string) => (serverURL ? `${serverURL.replace(/\/$/, '')}${path}` : path)

/**
 * Sends the email of one notification (queued by `notify()`). Idempotent: a notification already
 * marked `sent` is not sent again, so a job that runs twice does not email twice. A failed send
 * throws so that Payload retries it (EMAIL_RETRIES times, one attempt per run of the queue); after
 * the last attempt the notification is marked `failed`.
 */
export const sendNotificationEmail: TaskConfig<{ input: Input; output: Output }> = {
  slug: SEND_NOTIFICATION_EMAIL_TASK,
  label: 'Send notification email',
  retries: EMAIL_RETRIES,
  inputSchema: [{ name: 'notificationId', type: 'number', required: true, label: t('Notification', 'Notificare') }],
  outputSchema: [{ name: 'status', type: 'text', required: true, label: t('Outcome', 'Rezultat') }],
  handler: async ({ input, req }) => {
    const notification = await req.payload.findByID({
      collection: NOTIFICATIONS_SLUG,
      id: input.notificationId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!notification) return { output: { status: 'missing' } }
    if (notification.emailStatus === 'sent') return { output: { status: 'already-sent' } }

    const recipientId = typeof notification.recipient === 'object' ? notification.recipient.id : notification.recipient
    const recipient = await req.payload.findByID({
      collection: 'users',
      id: recipientId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    // Deactivated, deleted, or turned email off since the notification was written.
    if (!recipient || recipient.active === false || !wantsEmail(recipient.emailNotifications, notification.kind)) {
      await setEmailStatus(req, notification.id, 'none')
      return { output: { status: 'skipped' } }
    }

    const { collection, documentId } = notification.link ?? {}
    const link =
      collection && documentId
        ? absolute(req.payload.config.serverURL, adminPath(req.payload.config.routes.admin, collection, documentId))
        : ''
    await req.payload.sendEmail({
      to: recipient.email,
      subject: notification.title,
      text: [notification.body, link].filter(Boolean).join('\n\n'),
    })
    await setEmailStatus(req, notification.id, 'sent')
    return { output: { status: 'sent' } }
  },
  // Called after every failed attempt; taskStatus counts the attempts before this one.
  onFail: async ({ input, req, taskStatus }) => {
    const attemptsBefore = taskStatus?.totalTried ?? 0
    if (attemptsBefore < EMAIL_RETRIES) return
    const id = (input as Input | undefined)?.notificationId
    if (id === undefined) return
    try {
      await setEmailStatus(req, id, 'failed')
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `Could not mark notification ${id} as failed` })
    }
  },
}
