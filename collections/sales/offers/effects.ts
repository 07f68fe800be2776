import type { PayloadRequest } from 'payload'

import { permissionsFor } from '@/access/engine'
import type { Effect, Guard } from '@/hooks/workflow/types'
import { idOf } from '@/lib/ids'
import { settingsOf } from '@/lib/settings'

/** Moves the offer's opportunity to the stage with this value (won / lost), as the caller. */
async function moveOpportunity(req: PayloadRequest, doc: Record<string, unknown>, stageValue: string) {
  const opportunity = idOf(doc.opportunity)
  if (opportunity === null) return
  const { docs } = await req.payload.find({
    collection: 'nomenclators',
    where: { list: { equals: 'opportunity-stages' }, value: { equals: stageValue } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) return
  await req.payload.update({
    collection: 'opportunities',
    id: opportunity,
    data: {
      stage: docs[0].id,
      ...(stageValue === 'lost' ? { lostReason: idOf(doc.lostReason) as number | null } : {}),
    },
    depth: 0,
    // The offer's owner closes the deal; the update obeys their own rights on the opportunity.
    user: req.user,
    overrideAccess: false,
    req,
  })
}

/** The offers' workflow effects, added by the sales module. */
export const offerEffects: Record<string, Effect> = {
  markOpportunityWon: {
    description: 'Moves the offer\u2019s opportunity to the "won" stage.',
    requires: ['opportunities'],
    run: ({ req, doc }) => moveOpportunity(req, doc, 'won'),
  },

  markOpportunityLost: {
    description: 'Moves the offer\u2019s opportunity to the "lost" stage with the offer\u2019s reason.',
    requires: ['opportunities'],
    run: ({ req, doc }) => moveOpportunity(req, doc, 'lost'),
  },
}

/** The offers' workflow guards, added by the sales module. */
export const offerGuards: Record<string, Guard> = {
  /**
   * Offers above the settings' thresholds (total discount %, total with VAT) need an administrator:
   * a sales manager alone cannot approve them.
   */
  offerWithinApprovalThresholds: {
    description: 'Above the settings\u2019 discount or total thresholds only an administrator may approve.',
    check: async ({ req, doc }) => {
      if ((await permissionsFor(req))?.isAdmin) return null
      const limits = (await settingsOf(req)).commercial?.offerApproval ?? {}
      const totals = (doc.totals ?? {}) as { net?: number; discount?: number; gross?: number }
      const beforeDiscount = Number(totals.net ?? 0) + Number(totals.discount ?? 0)
      const discountPercent = beforeDiscount > 0 ? (Number(totals.discount ?? 0) / beforeDiscount) * 100 : 0
      if (limits.maxDiscountPercent != null && discountPercent > limits.maxDiscountPercent) {
        return {
          en: `The total discount (${discountPercent.toFixed(1)}%) is above ${limits.maxDiscountPercent}%: an administrator must approve this offer.`,
          ro: `Discountul total (${discountPercent.toFixed(1)}%) depășește ${limits.maxDiscountPercent}%: oferta trebuie aprobată de un administrator.`,
        }
      }
      if (limits.maxGross != null && Number(totals.gross ?? 0) > limits.maxGross) {
        return {
          en: `The total (${totals.gross}) is above ${limits.maxGross}: an administrator must approve this offer.`,
          ro: `Totalul (${totals.gross}) depășește ${limits.maxGross}: oferta trebuie aprobată de un administrator.`,
        }
      }
      return null
    },
  },
}
