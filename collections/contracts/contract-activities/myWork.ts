import type { PayloadRequest } from 'payload'

import { mayRead } from '@/access/mayRead'
import { ROWS_PER_SECTION } from '@/hooks/myWork/limits'
import type { Section, Workflowed } from '@/hooks/myWork/types'
import { stateLabels, stateOf } from '@/hooks/workflow/stateLabels'
import { contentLocale, fieldOf, numericId } from '@/lib/relations'
import { dayIn } from '@/lib/timeZone'

export interface MyContractActivityRow extends Workflowed {
  id: number
  title: string
  contract: { id: number; number: string | null; title: string | null } | null
  type: string | null
  dueDate: string | null
  amount: number | null
}

/** Planned and in progress: once done, the activity waits for the contract's owner, no longer for its responsible. */
export const STILL_TO_DO = ['open', 'active']

/**
 * The contract activities the user is responsible for and has not yet done, by due date, with
 * their contract's number and title. Past due from the day after the due day, in the settings'
 * time zone.
 */
export async function myContractActivities(
  req: PayloadRequest,
  me: number,
  now: Date,
  timeZone: string,
): Promise<Section<MyContractActivityRow>> {
  if (!(await mayRead(req, 'contract-activities'))) return { readable: false, total: 0, rows: [] }
  const today = dayIn(now, timeZone)
  const [labels, page] = await Promise.all([
    stateLabels(req, 'contract-activities'),
    req.payload.find({
      collection: 'contract-activities',
      where: { and: [{ responsible: { equals: me } }, { statusCategory: { in: STILL_TO_DO } }] },
      sort: ['dueDate', 'id'],
      limit: ROWS_PER_SECTION,
      depth: 1,
      select: {
        title: true,
        contract: true,
        type: true,
        dueDate: true,
        amount: true,
        status: true,
        statusCategory: true,
      },
      populate: { contracts: { number: true, title: true }, nomenclators: { label: true } },
      locale: contentLocale(req),
      user: req.user,
      overrideAccess: false,
      req,
    }),
  ])
  const rows = page.docs.map((activity): MyContractActivityRow => {
    const contractId = numericId(activity.contract)
    return {
      id: activity.id,
      title: activity.title,
      contract:
        contractId === null
          ? null
          : {
              id: contractId,
              number: fieldOf(activity.contract, 'number'),
              title: fieldOf(activity.contract, 'title'),
            },
      type: fieldOf(activity.type, 'label'),
      dueDate: activity.dueDate ?? null,
      amount: activity.amount ?? null,
      ...stateOf(labels, activity),
      overdue: Boolean(activity.dueDate && dayIn(activity.dueDate, timeZone) < today),
    }
  })
  return { readable: true, total: page.totalDocs, rows }
}
