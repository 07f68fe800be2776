import type { PayloadRequest, TypedUser } from 'payload'

import { readableBy } from '@/access/readableBy'

import { NOTIFICATIONS_SLUG, SEND_NOTIFICATION_EMAIL_TASK, wantsEmail } from './shared'
import { modulesOf } from '@/hooks/modules/registry'

export { adminPath, EMAIL_RETRIES, NOTIFICATIONS_SLUG, SEND_NOTIFICATION_EMAIL_TASK, wantsEmail } from './shared'
export type { EmailPreference, EmailStatus } from './shared'

type Bilingual = { en: string; ro: string }

/**
 * Set in `req.context` by work that records the past rather than news (the demo data's history):
 * its notifications are kept in the application, but nobody is emailed about them.
 */
export const NOTIFY_WITHOUT_EMAIL = 'organizecrm:notify:withoutEmail'

export interface NotifyMessage {
  /** User ids; duplicates, empty values, inactive users and users who may not read `link` are skipped. */
  recipients: (number | string | null | undefined)[]
  /** A stable key of what happened, e.g. `workflow.transition`; users can mute email per kind. */
  kind: string
  title: Bilingual
  body?: Bilingual
  /** The record the notification is about. */
  link?: { collection: string; id: number | string }
}

/** Keeps valid, distinct user ids in the users collection's id type, in the order given. */
function distinctIds(req: PayloadRequest, recipients: NotifyMessage['recipients']): (number | string)[] {
  const numeric = (req.payload.collections.users?.customIDType ?? req.payload.db.defaultIDType) === 'number'
  const seen = new Set<string>()
  const ids: (number | string)[] = []
  for (const recipient of recipients) {
    if (recipient === null || recipient === undefined || recipient === '') continue
    const text = String(recipient).trim()
    // A value that cannot be an id would reach PostgreSQL and fail the caller's whole transaction.
    if (numeric && !/^\d+$/.test(text)) continue
    if (seen.has(text)) continue
    seen.add(text)
    ids.push(numeric ? Number(text) : text)
  }
  return ids
}

/**
 * Notifies users: one notification per recipient, in the recipient's language, written inside the
 * caller's transaction (`req`), plus one queued email job per notification unless the recipient
 * turned email off for this kind. Nothing is sent here: the `sendNotificationEmail` job sends it.
 *
 *   await notify(req, {
 *     recipients: [doc.responsible, doc.owner],
 *     kind: 'workflow.transition',
 *     title: { en: `Offer ${doc.number} approved`, ro: `Oferta ${doc.number} a fost aprobată` },
 *     link: { collection: 'offers', id: doc.id },
 *   })
 */
export async function notify(
  req: PayloadRequest,
  message: {
    recipients: (number | string | null | undefined)[]
    kind: string
    title: { en: string; ro: string }
    body?: { en: string; ro: string }
    link?: { collection: string; id: number | string }
  },
): Promise<void> {
  const ids = distinctIds(req, message.recipients)
  if (ids.length === 0) return
  // A kind is declared by the module (or engine) that notifies: `workflow` covers `workflow.<collection>`.
  const kinds = modulesOf(req.payload).notificationKinds
  if (!message.kind.split('.').some((_, i, parts) => parts.slice(0, i + 1).join('.') in kinds)) {
    throw new Error(`notify(): the kind "${message.kind}" is declared by no module (notificationKinds)`)
  }
  if (message.link && !req.payload.collections[message.link.collection as never]) {
    throw new Error(`notify(): unknown collection "${message.link.collection}" in the link of "${message.kind}"`)
  }

  // System work on behalf of the caller: who may be notified is not limited by what the caller may read.
  const { docs: users } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byId = new Map(users.map((user) => [String(user.id), user]))

  for (const id of ids) {
    const user = byId.get(String(id))
    if (!user || user.active === false) continue
    // The title and body speak of the record: only someone who may read it is told.
    if (message.link && !(await readableBy(req, user as TypedUser, message.link.collection, message.link.id))) continue
    const language = user.language === 'en' ? 'en' : 'ro'
    const email = !req.context[NOTIFY_WITHOUT_EMAIL] && wantsEmail(user.emailNotifications, message.kind)
    const notification = await req.payload.create({
      collection: NOTIFICATIONS_SLUG,
      data: {
        recipient: user.id,
        kind: message.kind,
        title: message.title[language],
        body: message.body?.[language],
        link: message.link ? { collection: message.link.collection, documentId: String(message.link.id) } : undefined,
        emailStatus: email ? 'queued' : 'none',
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (email) {
      await req.payload.jobs.queue({
        task: SEND_NOTIFICATION_EMAIL_TASK,
        input: { notificationId: notification.id },
        req,
      })
    }
  }
}
