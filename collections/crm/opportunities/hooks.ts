import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { say } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import { settingsOf } from '@/lib/settings'

/** Stage values with a meaning of their own; every other stage is an open one. */
export const WON_STAGE = 'won'
export const LOST_STAGE = 'lost'

/** value × probability, in minor units (bani, cents) so totals add up exactly. */
export const weighted = (value: number, probability: number) =>
  Math.round((Math.round(value * 100) * probability) / 100) / 100

/**
 * Keeps the stage's meaning on the record: probability (from the stage's number), weighted value
 * and outcome (open / won / lost, for filters and the board), and asks for a lost reason when lost.
 */
export const followStage: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const stageId = idOf(merged.stage)
  const stage = stageId
    ? await req.payload.findByID({
        collection: 'nomenclators',
        id: stageId,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
      })
    : null
  const probability = typeof stage?.number === 'number' ? stage.number : 0
  data.probability = probability
  data.weightedValue = weighted(Number(merged.value ?? 0), probability)
  data.outcome = stage?.value === WON_STAGE ? 'won' : stage?.value === LOST_STAGE ? 'lost' : 'open'
  if (data.outcome === 'lost' && !merged.lostReason) {
    throw new APIError(
      say(req.i18n?.language, {
        en: 'Say why the opportunity was lost (lost reason).',
        ro: 'Spuneți de ce s-a pierdut oportunitatea (motivul pierderii).',
      }),
      400,
      [{ path: 'lostReason', message: 'required' }],
    )
  }
  if (data.outcome !== 'open' && (originalDoc?.outcome ?? 'open') === 'open') data.closedAt = new Date().toISOString()
  if (data.outcome === 'open') data.closedAt = null
  return data
}

/** New opportunities get the settings' default currency when none is picked. */
export const defaultCurrency: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.currency) return data
  data.currency = idOf((await settingsOf(req)).commercial?.defaultCurrency)
  return data
}
