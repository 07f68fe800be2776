import type { PayloadRequest } from 'payload'

import type { Workflow } from '@/payload-types'
import type { StateCategory } from './types'

/**
 * The labels of the states of the flows governing a collection, in the request's locale, keyed by
 * state. Records keep only the state key; several flows may govern one collection (ticket types
 * pick theirs), so active flows are read first and their labels win.
 */
export async function stateLabels(
  req: PayloadRequest,
  collection: Workflow['collection'],
): Promise<Map<string, string>> {
  const { docs } = await req.payload.find({
    collection: 'workflows',
    where: { collection: { equals: collection } },
    select: { active: true, states: true },
    depth: 0,
    pagination: false,
    // The request's language (never `all`): labels are read in one locale.
    locale: req.locale && req.locale !== 'all' ? (req.locale as never) : undefined,
    // A role that reads no flows still gets its lists, with state keys for labels.
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return namesByKey(docs, (flow) => flow.states)
}

/** The workflow part of a row: the state, its label and its category. */
export function stateOf(labels: Map<string, string>, doc: { status?: string | null; statusCategory?: string | null }) {
  const status = doc.status ?? null
  return {
    status,
    statusLabel: status ? (labels.get(status) ?? status) : null,
    statusCategory: (doc.statusCategory ?? null) as StateCategory | null,
  }
}

type Named = { key: string; label?: string | null }

/** The names of the flows' states (or steps) by key; active flows first, their names win. */
export function namesByKey<F extends { active?: boolean | null }>(
  flows: F[],
  items: (flow: F) => Named[] | null | undefined,
): Map<string, string> {
  const names = new Map<string, string>()
  for (const flow of [...flows].sort((a, b) => Number(Boolean(b.active)) - Number(Boolean(a.active)))) {
    for (const item of items(flow) ?? []) if (item.label && !names.has(item.key)) names.set(item.key, item.label)
  }
  return names
}
