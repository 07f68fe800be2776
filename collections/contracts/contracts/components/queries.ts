import type { Where } from 'payload'
import { stringify } from 'qs-esm'

/**
 * The REST queries of the contract page's Tickets and History tabs, made in the browser as the
 * signed-in user (so each answer holds only what the reader may read).
 */

/** The most tickets the Tickets tab lists; past it, it says how many there are. */
export const TICKETS_SHOWN = 100

/**
 * The tickets whose `concerns` (a polymorphic relationship) is the contract or one of its
 * activities: `concerns.relationTo` names the collection, `concerns.value` the id.
 */
export function concernedTicketsQuery(contractId: number | string, activityIds: (number | string)[]): string {
  const or: Where[] = [
    { and: [{ 'concerns.relationTo': { equals: 'contracts' } }, { 'concerns.value': { equals: contractId } }] },
  ]
  if (activityIds.length > 0) {
    or.push({
      and: [{ 'concerns.relationTo': { equals: 'contract-activities' } }, { 'concerns.value': { in: activityIds } }],
    })
  }
  return stringify(
    {
      where: { or },
      select: { number: true, title: true, status: true, concerns: true },
      sort: '-createdAt',
      limit: TICKETS_SHOWN,
      depth: 0,
    },
    { addQueryPrefix: true },
  )
}

/** The contract's activities, ids and titles only: the tickets may concern any of them. */
export const contractActivitiesQuery = (contractId: number | string) =>
  stringify(
    { where: { contract: { equals: contractId } }, select: { title: true }, pagination: false, depth: 0 },
    { addQueryPrefix: true },
  )

/** The amendments applied to the contract, oldest first, with who last saved them (the approver). */
export const appliedAmendmentsQuery = (contractId: number | string) =>
  stringify(
    {
      where: { and: [{ contract: { equals: contractId } }, { appliedAt: { exists: true } }] },
      select: {
        number: true,
        title: true,
        appliedAt: true,
        newEndDate: true,
        changesLines: true,
        totals: true,
        previous: true,
        updatedBy: true,
      },
      populate: { users: { name: true } },
      sort: 'appliedAt',
      pagination: false,
      depth: 1,
    },
    { addQueryPrefix: true },
  )

/** The workflows of a collection (tickets have several: each type may pick one), in the reader's language. */
export const flowsQuery = (collection: string, locale: string) =>
  stringify(
    {
      where: { collection: { equals: collection } },
      select: { active: true, states: true, transitions: true },
      pagination: false,
      depth: 0,
      locale,
    },
    { addQueryPrefix: true },
  )

interface Named {
  key: string
  label?: string | null
}

export interface Flow {
  active?: boolean | null
  states?: Named[] | null
  transitions?: Named[] | null
}

/** Key → label of the flows' states and steps, the active flows' labels first (as the server's lists do). */
export function flowLabels(flows: Flow[]) {
  const states = new Map<string, string>()
  const steps = new Map<string, string>()
  for (const flow of [...flows].sort((a, b) => Number(Boolean(b.active)) - Number(Boolean(a.active)))) {
    for (const state of flow.states ?? []) if (state.label && !states.has(state.key)) states.set(state.key, state.label)
    for (const step of flow.transitions ?? []) if (step.label && !steps.has(step.key)) steps.set(step.key, step.label)
  }
  return { states, steps }
}
