import type { Payload } from 'payload'

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
