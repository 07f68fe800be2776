import { getPayload, type Payload, type TypedUser } from 'payload'

import config from './config'

export const testPayload = (): Promise<Payload> => getPayload({ config })

/**
 * The generated types describe the application's collections, not the tests' fixtures: tests that
 * use fixture collections talk to Payload through this looser view.
 */
export type LoosePayload = Record<
  'find' | 'findByID' | 'create' | 'update' | 'delete' | 'count',
  (options: any) => Promise<any>
>

/** A user as the local API expects it for `user:` (with its collection). */
export async function userByEmail(payload: Payload | LoosePayload, email: string): Promise<TypedUser> {
  const { docs } = await (payload as Payload).find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`No user ${email} in the test database`)
  return { ...docs[0], collection: 'users' } as TypedUser
}

/** Runs a local API call for a user and tells whether access let it through. */
export async function outcome(action: () => Promise<unknown>): Promise<'allowed' | 'denied'> {
  try {
    await action()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return 'denied'
    throw error
  }
}
