import type { Payload } from 'payload'
import { cache } from 'react'

import type { Workflow } from '@/payload-types'
import { namesByKey } from '../stateLabels'

export type Locale = 'ro' | 'en'

export const localeOf = (language: string | undefined): Locale => (language === 'en' ? 'en' : 'ro')

/**
 * The names of the states and steps of a collection's flows in one locale, read once per page
 * render (a list of a hundred rows asks once). Active flows first: their names win, as in
 * `stateLabels`. Only names: the reader already sees the keys on the rows of the page.
 */
export const flowLabels = cache(async (payload: Payload, collection: string, locale: Locale) => {
  const { docs } = await payload.find({
    collection: 'workflows',
    where: { collection: { equals: collection as Workflow['collection'] } },
    select: { active: true, states: true, transitions: true },
    depth: 0,
    pagination: false,
    locale,
    overrideAccess: true,
  })
  return { states: namesByKey(docs, (flow) => flow.states), transitions: namesByKey(docs, (flow) => flow.transitions) }
})
