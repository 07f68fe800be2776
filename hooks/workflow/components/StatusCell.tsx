import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import type { Workflow } from '@/payload-types'

/**
 * The state labels of a collection's flows in one locale, read once per page render (a list of a
 * hundred rows asks once). Active flows first: their labels win, as in `stateLabels`.
 */
const labelsOf = cache(async (payload: Payload, collection: string, locale: string) => {
  const { docs } = await payload.find({
    collection: 'workflows',
    where: { collection: { equals: collection as Workflow['collection'] } },
    select: { active: true, states: true },
    depth: 0,
    pagination: false,
    locale: locale as never,
    // Only the names of states: the reader already sees each row's state (its key) in this list.
    overrideAccess: true,
  })
  const labels = new Map<string, string>()
  for (const flow of [...docs].sort((a, b) => Number(Boolean(b.active)) - Number(Boolean(a.active)))) {
    for (const state of flow.states ?? []) if (state.label && !labels.has(state.key)) labels.set(state.key, state.label)
  }
  return labels
})

/** A governed record's state in lists and relationship tables: its label in the reader's language, never the key. */
export async function StatusCell({ cellData, collectionSlug, i18n, payload }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return null
  const labels = await labelsOf(payload, collectionSlug, i18n?.language === 'en' ? 'en' : 'ro')
  return <span className="workflow-status">{labels.get(cellData) ?? cellData}</span>
}
