import type { PayloadRequest } from 'payload'

import { stateLabels } from '@/hooks/workflow/stateLabels'
import type { Workflow } from '@/payload-types'
import type { StatusMark } from './types'

/** What a printed document reads of its workflow state. */
export interface StateSource {
  status?: string | null
  statusCategory?: string | null
}

/**
 * The mark a printed document carries when it is not a commitment: a draft (category `open`) or
 * a document rejected, expired, cancelled or terminated (category `cancelled`). Any other state
 * prints clean. The label is the workflow's, in the request's locale, so a renamed state prints
 * its new name; a reader who may not read the workflows gets the state's key.
 */
export async function statusMark(
  req: PayloadRequest,
  collection: Workflow['collection'],
  record: StateSource,
): Promise<StatusMark | null> {
  const { status, statusCategory: category } = record
  if (!status || (category !== 'open' && category !== 'cancelled')) return null
  const labels = await stateLabels(req, collection)
  return { state: status, label: labels.get(status) ?? status, category }
}
