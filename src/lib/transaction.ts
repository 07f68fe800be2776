import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/** Runs several writes of a custom endpoint as one: all of them land, or none (pass `req` inside). */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const own = await initTransaction(req)
  try {
    const result = await work()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}
