'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { apiBase, isUnreachable, request } from '@/components/shared/request'

type Doc = Record<string, unknown>

/** Products and nomenclator items the lines' form reads, shared by its rows, for a short while. */
const cache = new Map<string, { at: number; doc: Promise<Doc | null> }>()
const FRESH_MS = 60_000

/**
 * Reads the documents of `collection` with these ids as the signed-in user (REST, the session's
 * cookie), in one request for those not read in the last minute. A refused or missing one is null.
 */
export function loadDocs(api: string, collection: string, ids: string[]): Promise<Record<string, Doc | null>> {
  const now = Date.now()
  const missing = [...new Set(ids)].filter((id) => {
    const entry = cache.get(`${collection}/${id}`)
    return !entry || now - entry.at > FRESH_MS
  })
  if (missing.length > 0) {
    const query = missing.map((id, i) => `where[id][in][${i}]=${encodeURIComponent(id)}`).join('&')
    const batch = request<{ docs: Doc[] }>(
      `${api}/${collection}?depth=0&limit=${missing.length}&pagination=false&${query}`,
    ).then((body) => new Map(body.docs.map((doc) => [String(doc.id), doc])))
    for (const id of missing) {
      const key = `${collection}/${id}`
      const doc = batch.then(
        (found) => found.get(id) ?? null,
        (error: unknown) => {
          // Not kept: the next render asks again (offline now, back in a moment).
          cache.delete(key)
          throw error
        },
      )
      cache.set(key, { at: now, doc })
    }
  }
  return Promise.all(ids.map(async (id) => [id, await cache.get(`${collection}/${id}`)!.doc] as const)).then(
    Object.fromEntries,
  )
}

/** `{ id → document }` for the ids given (read with `loadDocs`); the last answer stays while offline. */
export function useDocs(collection: string, ids: string[]): Record<string, Doc | null> {
  const { config } = useConfig()
  const [docs, setDocs] = useState<Record<string, Doc | null>>({})
  const wanted = [...new Set(ids)].sort().join(',')
  useEffect(() => {
    if (!wanted) return
    let current = true
    loadDocs(apiBase(config), collection, wanted.split(','))
      .then((found) => current && setDocs(found))
      .catch((error: unknown) => {
        // A refused read leaves nothing to price with; offline, the last figures stay.
        if (current && !isUnreachable(error)) setDocs({})
      })
    return () => {
      current = false
    }
  }, [collection, config, wanted])
  return docs
}
