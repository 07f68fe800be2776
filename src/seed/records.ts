import type { Payload, TypedUser } from 'payload'

/** System work: installing and seeding act for nobody, so they bypass access on purpose. */
export const asSystem = { overrideAccess: true, depth: 0 } as const

type Keyed = 'roles' | 'teams' | 'users' | 'nomenclators' | 'workflows' | 'ticket-types'

export async function findOne(payload: Payload, collection: Keyed, where: Record<string, unknown>) {
  const { docs } = await payload.find({ collection, where: where as never, limit: 1, ...asSystem })
  return docs[0] as unknown as ({ id: number } & Record<string, unknown>) | undefined
}

/** Creates a record with Romanian texts, then adds the English ones. */
export async function createBilingual<T extends 'roles' | 'teams' | 'nomenclators' | 'ticket-types'>(
  payload: Payload,
  collection: T,
  ro: Record<string, unknown>,
  en: Record<string, unknown>,
) {
  const doc = await payload.create({ collection, data: ro as never, locale: 'ro', ...asSystem })
  await payload.update({ collection, id: doc.id, data: en as never, locale: 'en', ...asSystem })
  return doc as { id: number }
}

/** Someone the demo acts as: their access rules and the workflows' rules apply. */
export type Actor = TypedUser & { id: number; name: string; active?: boolean | null; team?: number | null }

/** Acting as a demo user: the call obeys their access, as their own request would. */
export const actingAs = (user: Actor, context: Record<string, unknown> = {}) =>
  ({ user, overrideAccess: false, depth: 0, context }) as const

/** The demo people by key, from their emails; null when one is missing or deactivated (then the demo skips). */
export async function demoPeople<Key extends string>(
  payload: Payload,
  emails: Record<Key, string>,
): Promise<Record<Key, Actor> | null> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { in: Object.values(emails) } },
    limit: 0,
    ...asSystem,
  })
  const byEmail = new Map(
    docs.filter((doc) => doc.active).map((doc) => [doc.email, { ...doc, collection: 'users' } as unknown as Actor]),
  )
  const people = Object.fromEntries(Object.entries(emails).map(([key, email]) => [key, byEmail.get(email as string)]))
  return Object.values(people).every(Boolean) ? (people as Record<Key, Actor>) : null
}

/** Every lookup-list item's id by list and value, read once; a missing item is a seed bug. */
export async function nomenclatorIds(payload: Payload) {
  const { docs } = await payload.find({ collection: 'nomenclators', pagination: false, ...asSystem })
  const ids = new Map(docs.map((doc) => [`${doc.list}:${doc.value}`, doc.id]))
  return (list: string, value: string) => {
    const id = ids.get(`${list}:${value}`)
    if (id === undefined) throw new Error(`The demo data needs the nomenclator item ${list}:${value}.`)
    return id
  }
}
