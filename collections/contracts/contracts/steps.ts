import { addDays, addMonths, differenceInCalendarDays } from 'date-fns'

import { permissionsFor } from '@/access/engine'
import { tell } from '@/hooks/workflow/effects'
import { writeFrozen } from '@/hooks/workflow/governed'
import type { Effect, Guard } from '@/hooks/workflow/types'
import { idOf } from '@/lib/ids'
import { settingsOf } from '@/lib/settings'
import { renewalDecisionDateOf } from './defaults'

type Doc = Record<string, unknown>
const DAY = 86_400_000

/** The states in which a contract is signed and changes only through an amendment. */
export const SIGNED_STATES = ['signed', 'active']

const contractOf = async (ctx: Parameters<Guard['check']>[0], id: unknown) =>
  (await ctx.req.payload.findByID({
    collection: 'contracts',
    id: idOf(id)!,
    depth: 0,
    disableErrors: true,
    // The guard judges the contract's real state, whatever the caller may read.
    overrideAccess: true,
    req: ctx.req,
  })) as Doc | null

/** The contracts' workflow guards, added by the contracts module. */
export const contractGuards: Record<string, Guard> = {
  /** Above the settings' threshold only an administrator approves (a contract, or an amendment's new lines). */
  contractWithinApprovalThresholds: {
    description: 'Above the settings\u2019 contract value threshold only an administrator may approve.',
    check: async ({ req, doc, collection }) => {
      if ((await permissionsFor(req))?.isAdmin) return null
      if (collection === 'contract-amendments' && !doc.changesLines) return null
      const limit = (await settingsOf(req)).commercial?.contractApproval?.maxGross
      const gross = Number((doc.totals as { gross?: number } | undefined)?.gross ?? 0)
      if (limit == null || gross <= limit) return null
      return {
        en: `The value (${gross}) is above ${limit}: an administrator must approve it.`,
        ro: `Valoarea (${gross}) depășește ${limit}: trebuie aprobată de un administrator.`,
      }
    },
  },

  /** A contract is signed only once its signed copy is among its documents. */
  hasSignedCopy: {
    description: 'The contract must have a document of the kind "signed copy".',
    check: async ({ req, doc }) => {
      const { totalDocs } = await req.payload.count({
        collection: 'contract-documents',
        where: { contract: { equals: doc.id }, 'kind.value': { equals: 'signed' } },
        overrideAccess: true,
        req,
      })
      return totalDocs > 0
        ? null
        : {
            en: 'Upload the signed copy among the documents first.',
            ro: 'Încărcați mai întâi exemplarul semnat printre documente.',
          }
    },
  },

  /** An amendment changes a signed contract only. */
  amendableContract: {
    description: 'The amendment\u2019s contract must be signed or active.',
    check: async (ctx) => {
      const contract = await contractOf(ctx, ctx.doc.contract)
      return contract && SIGNED_STATES.includes(String(contract.status))
        ? null
        : {
            en: 'Only a signed or active contract takes amendments; change a draft directly.',
            ro: 'Doar un contract semnat sau în derulare primește acte adiționale; o ciornă se modifică direct.',
          }
    },
  },
}

/** The next period of a contract: it starts the day after the end and lasts as long as the last one. */
export function nextPeriod(doc: Doc) {
  const start = new Date(String(doc.startDate))
  const end = new Date(String(doc.endDate))
  const nextStart = addDays(end, 1)
  const months = Number(doc.durationMonths ?? 0)
  const nextEnd =
    months > 0
      ? new Date(addMonths(nextStart, months).getTime() - DAY)
      : addDays(nextStart, differenceInCalendarDays(end, start))
  return { startDate: nextStart.toISOString(), endDate: nextEnd.toISOString() }
}

/** The contracts' workflow effects, added by the contracts module. */
export const contractEffects: Record<string, Effect> = {
  notifyContractPeople: {
    description: 'Notifies the contract\u2019s owner and our colleagues named among its people.',
    run: (ctx) =>
      tell(ctx, [ctx.doc.owner, ...((ctx.doc.ourPeople ?? []) as { user?: unknown }[]).map((person) => person.user)]),
  },

  renewContract: {
    description: 'Moves the contract to its next period, as long as the last one, and counts the renewal.',
    patch: ({ doc }) => {
      const period = nextPeriod(doc)
      // The decision date follows the new end: contractDefaults ran before this patch, on the old one.
      const renewalDecisionDate = renewalDecisionDateOf(period.endDate, doc.noticeDays)
      return { ...period, renewalDecisionDate, renewals: Number(doc.renewals ?? 0) + 1 }
    },
  },

  applyAmendment: {
    description: 'Applies the amendment\u2019s new end date and lines to its contract, keeping what it had.',
    requires: ['contracts'],
    run: async ({ req, doc }) => {
      const id = idOf(doc.contract)!
      const contract = await req.payload.findByID({ collection: 'contracts', id, depth: 0, overrideAccess: true, req })
      const change: Doc = {}
      if (doc.newEndDate) change.endDate = doc.newEndDate
      if (doc.changesLines) change.lines = ((doc.lines ?? []) as Doc[]).map(({ id: _row, ...line }) => line)
      const previous = {
        endDate: contract.endDate ?? null,
        lines: contract.lines ?? [],
        totals: contract.totals ?? null,
      }
      // The approval is the amendment's; the contract takes it whatever the approver may edit.
      await writeFrozen(req, 'contracts', id, () =>
        req.payload.update({ collection: 'contracts', id, data: change, depth: 0, overrideAccess: true, req }),
      )
      await req.payload.update({
        collection: 'contract-amendments',
        id: doc.id as number,
        data: { previous },
        depth: 0,
        overrideAccess: true,
        req,
      })
    },
  },
}
