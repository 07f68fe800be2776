import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { cuiProblem, normalizeCui } from '@/lib/cui'
import { say } from '@/lib/i18n'
import { lockKey } from '@/lib/rowLock'

const isRomania = (country: unknown) => !country || /^(ro|romania|românia)$/i.test(String(country).trim())

/**
 * The client with this id as the caller may see it (its owner's name only when the caller may read
 * that user), or null when the caller may not read it. A call without a user is the system's own.
 */
async function readableClient(req: PayloadRequest, id: number) {
  const asCaller = req.user ? { user: req.user, overrideAccess: false } : { overrideAccess: true }
  const found = await req.payload.find({
    collection: 'clients',
    where: { id: { equals: id } },
    depth: 1,
    limit: 1,
    pagination: false,
    select: { name: true, owner: true },
    ...asCaller,
    req,
  })
  const doc = found.docs[0] as { id: number; name: string; owner?: { name?: string } | number | null } | undefined
  if (!doc) return null
  return {
    id: doc.id,
    name: doc.name,
    owner: doc.owner && typeof doc.owner === 'object' ? (doc.owner.name ?? null) : null,
  }
}

/**
 * The fiscal code is stored without spaces or the RO prefix; in Romania it must carry a valid
 * check digit, and no two active clients share one (409, naming the one that has it only to a
 * caller who may read it).
 */
export const checkFiscalCode: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (typeof data.fiscalCode === 'string')
    data.fiscalCode = data.fiscalCode.trim() ? normalizeCui(data.fiscalCode) : null
  const code = (data.fiscalCode ?? originalDoc?.fiscalCode) as string | null | undefined
  if (!code) return data
  const country = merged.address?.country
  const problem = isRomania(country) ? cuiProblem(code) : null
  if (problem) {
    throw new APIError(
      say(
        req.i18n?.language,
        problem === 'format'
          ? {
              en: `The fiscal code "${code}" is not a Romanian CUI: 2 to 10 digits, optionally after "RO".`,
              ro: `Codul fiscal „${code}” nu este un CUI românesc: 2–10 cifre, opțional precedate de „RO”.`,
            }
          : {
              en: `The fiscal code "${code}" has a wrong check digit: check it against the registration certificate.`,
              ro: `Codul fiscal „${code}” are cifra de control greșită: verificați-l în certificatul de înregistrare.`,
            },
      ),
      400,
      [{ path: 'fiscalCode', message: problem }],
    )
  }
  if (merged.status === 'inactive') return data
  // Two people saving the same new client at once: the second waits here and then sees the first.
  await lockKey(req, `clients.fiscalCode:${code}`)
  const existing = await req.payload.find({
    collection: 'clients',
    where: {
      fiscalCode: { equals: code },
      status: { equals: 'active' },
      ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
    },
    depth: 0,
    limit: 1,
    select: { name: true },
    // Uniqueness spans every client, including those the caller cannot open.
    overrideAccess: true,
    req,
  })
  const other = existing.docs[0] as { id: number } | undefined
  if (other) {
    const named = await readableClient(req, other.id)
    throw new APIError(
      say(
        req.i18n?.language,
        named
          ? {
              en: `The active client "${named.name}"${named.owner ? ` (${named.owner})` : ''}, #${named.id}, already has the fiscal code ${code}.`,
              ro: `Clientul activ „${named.name}”${named.owner ? ` (${named.owner})` : ''}, #${named.id}, are deja codul fiscal ${code}.`,
            }
          : {
              en: `An active client with the fiscal code ${code} already exists.`,
              ro: `Există deja un client activ cu codul fiscal ${code}.`,
            },
      ),
      409,
    )
  }
  return data
}
