import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { permissionsFor } from '@/access/engine'
import { modulesOf } from '@/hooks/modules/registry'
import { pluralLabel } from '@/hooks/modules/labels'
import { say } from '@/lib/i18n'
import { ignoringAccents } from './adapter'
import { searchedFields } from './fields'
import { matchWhere, type SearchQuery } from './query'
import type { Language, SearchAnswer, SearchGroup, SearchSource } from './types'
import { readWith, windowOf } from './window'

export const languageOf = (req: PayloadRequest): Language => (req.i18n?.language === 'en' ? 'en' : 'ro')

/**
 * Past this many matches of a kind the answer says "more than" instead of counting them all: an
 * exact count of a common word over a million tickets reads every matching row, the first hundred
 * and one cost as little as the page itself.
 */
export const COUNT_CAP = 100

/**
 * One kind's matches, read as the caller through Payload with `overrideAccess: false`: the same
 * access rules, the same SQL conditions as the caller's list of that collection. A collection the
 * caller may not read at all gives nothing (not a refusal of the whole search).
 */
async function searchSource(
  req: PayloadRequest,
  source: SearchSource,
  query: SearchQuery,
  language: Language,
): Promise<SearchGroup | null> {
  const collection = req.payload.collections[source.collection as CollectionSlug]
  const where = collection ? matchWhere(searchedFields(req.payload, source), query) : null
  if (!collection || !where) return null
  const find = (reader: PayloadRequest, part: Where, limit: number, select: Record<string, true>) =>
    ignoringAccents(() =>
      reader.payload.find({
        collection: source.collection as 'clients',
        where: part,
        select: select as never,
        sort: source.sort,
        limit,
        pagination: false,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        disableErrors: true,
        req: reader,
      }),
    ).then((found) => (found?.docs ?? []) as { id: number | string }[])
  // Large tables in two parts (window.ts): the newest rows first, the older ones only when needed.
  const window = await windowOf(req, source.collection, source.sort)
  const read = async (limit: number, select: Record<string, true>) => {
    if (!window) return find(req, where, limit, select)
    const inside = { and: [where, window.inside] }
    const recent = await readWith(req, 'walk', (reader) => find(reader, inside, limit, select))
    if (recent.length >= limit) return recent
    const outside = { and: [where, window.outside] }
    const older = await readWith(req, 'trigrams', (reader) => find(reader, outside, limit - recent.length, select))
    return [...recent, ...older]
  }
  const docs = await read(query.limit, source.select)
  if (docs.length === 0) return null
  // A full page: how many there are, up to the cap (ids only).
  const counted = docs.length < query.limit ? docs.length : (await read(COUNT_CAP + 1, { id: true })).length
  const adminRoute = req.payload.config.routes.admin
  return {
    kind: source.collection,
    label: say(language, source.label ?? pluralLabel(collection.config)),
    total: Math.min(Math.max(counted, docs.length), COUNT_CAP),
    more: counted > COUNT_CAP,
    items: docs.map((doc) => ({
      id: doc.id,
      ...source.toItem(doc as never, language),
      url: `${adminRoute}/collections/${source.collection}/${doc.id}`,
    })),
  }
}

/** Kinds read at once: enough to overlap their round trips, few enough to leave the pool to others. */
const PARALLEL = 3

/** Every registered kind the caller may read that has matches, in the modules' order. */
export async function search(req: PayloadRequest, query: SearchQuery): Promise<SearchAnswer> {
  const language = languageOf(req)
  const sources = [...modulesOf(req.payload).searchSources].sort((a, b) => a.order - b.order)
  // The caller's roles, read once for the request before the kinds are read side by side.
  await permissionsFor(req)
  const groups: (SearchGroup | null)[] = new Array(sources.length).fill(null)
  let next = 0
  const worker = async () => {
    while (next < sources.length) {
      const at = next++
      groups[at] = await searchSource(req, sources[at], query, language)
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, sources.length) }, worker))
  return { groups: groups.filter((group): group is SearchGroup => group !== null) }
}
