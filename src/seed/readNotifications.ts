import type { Payload, TypedUser } from 'payload'

import { NOTIFICATIONS_SLUG } from '@/hooks/notify/shared'
import { actingAs, type Actor, asSystem } from './records'

/**
 * After the demo's work, each person who has read nothing yet has read their oldest notification:
 * a real bell holds read and unread ones, and a badge that counted the read ones too would then
 * show a wrong number. Acts as each person, under their access.
 */
export async function readOldestNotifications(payload: Payload) {
  const { docs: people } = await payload.find({
    collection: 'users',
    where: { active: { equals: true } },
    limit: 0,
    ...asSystem,
  })
  for (const person of people) {
    const user = { ...person, collection: 'users' } as TypedUser as Actor
    const mine = { recipient: { equals: person.id } }
    const read = await payload.count({
      collection: NOTIFICATIONS_SLUG,
      where: { ...mine, readAt: { exists: true } },
      ...actingAs(user),
    })
    if (read.totalDocs > 0) continue
    const { docs, totalDocs } = await payload.find({
      collection: NOTIFICATIONS_SLUG,
      where: mine,
      sort: 'createdAt',
      limit: 1,
      ...actingAs(user),
    })
    // A bell with a single notification keeps it unread: the badge needs something to count.
    if (totalDocs < 2) continue
    await payload.update({
      collection: NOTIFICATIONS_SLUG,
      id: docs[0].id,
      data: { readAt: new Date().toISOString() },
      ...actingAs(user),
    })
  }
}
