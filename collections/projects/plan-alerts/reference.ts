import type { Payload } from 'payload'

import { asSystem } from '@/seed/records'
import { CONDITIONS, type ConditionKey, type RecipientRole } from './conditions'
import { KINDS_SLUG } from './fields'

const ALL_PROJECT: RecipientRole[] = ['project-manager', 'team-manager']
const WHO: Record<ConditionKey, RecipientRole[]> = {
  'activity-not-started': ['responsible', 'project-manager'],
  'activity-overdue': ['responsible', 'project-manager'],
  'deliverable-overdue': ['responsible', 'project-manager'],
  'deliverable-due-soon': ['responsible'],
  'milestone-missed': ALL_PROJECT,
  'activity-effort-over': ['responsible', 'project-manager'],
  'project-effort-over': ALL_PROJECT,
  'project-end-slipping': [...ALL_PROJECT, 'client-owner'],
}

/** The standard kinds, one per condition, keyed by it: what a new install offers its projects. */
export const STANDARD_KINDS = CONDITIONS.map((condition) => ({
  key: condition.value,
  condition: condition.value,
  name: condition.label,
  threshold: condition.threshold,
  recipients: WHO[condition.value],
  active: true,
}))

/**
 * Adds the standard kinds that are missing (by key), in both languages; kinds already there are
 * the administrators' and are left as they are.
 */
export async function seedPlanAlertKinds(payload: Payload, log: (line: string) => void) {
  const { docs } = await payload.find({
    collection: KINDS_SLUG,
    limit: 0,
    pagination: false,
    select: { key: true },
    ...asSystem,
  })
  const present = new Set(docs.map((doc) => doc.key))
  let added = 0
  for (const { name, ...kind } of STANDARD_KINDS) {
    if (present.has(kind.key)) continue
    const doc = await payload.create({
      collection: KINDS_SLUG,
      data: { ...kind, name: name.ro },
      locale: 'ro',
      ...asSystem,
    })
    await payload.update({ collection: KINDS_SLUG, id: doc.id, data: { name: name.en }, locale: 'en', ...asSystem })
    added++
  }
  log(`projects: plan alert kinds ${STANDARD_KINDS.length} (${added} added)`)
}
