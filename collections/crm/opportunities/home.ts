import type { PayloadRequest } from 'payload'

import type { HomeSource } from '@/hooks/home/types'
import { beforeToday } from '@/hooks/home/windows'
import { t } from '@/lib/i18n'

/** The pipeline: opportunities neither won nor lost (the outcome their stage gives them). */
const stillOpen = { outcome: { equals: 'open' } }
const CURRENCY = 'RON'

/** The lookup item of the currency the pipeline value is given in; null when the reader sees none. */
async function currencyId(req: PayloadRequest): Promise<number | null> {
  const { docs } = await req.payload.find({
    collection: 'nomenclators',
    where: { list: { equals: 'currencies' }, value: { equals: CURRENCY } },
    select: { value: true },
    depth: 0,
    limit: 1,
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs[0] ? Number(docs[0].id) : null
}

/**
 * The reader's open opportunities, their value in RON (opportunities in another currency are not
 * converted: they are counted, not added) and those past their expected close.
 */
export const opportunitiesHome: HomeSource = {
  key: 'opportunities',
  collection: 'opportunities',
  label: t('Opportunities', 'Oportunități'),
  order: 20,
  mine: 'owner',
  team: 'team',
  figures: [
    { key: 'open', label: t('Open', 'Deschise'), conditions: () => [[stillOpen]] },
    {
      key: 'pipeline-value',
      label: t('Pipeline value (RON)', 'Valoarea în lucru (RON)'),
      sum: { field: 'value', currency: CURRENCY },
      conditions: async ({ req }) => {
        const currency = await currencyId(req)
        return currency === null ? null : [[stillOpen, { currency: { equals: currency } }]]
      },
    },
    {
      key: 'past-close',
      label: t('Past expected close', 'Cu închiderea estimată depășită'),
      alert: true,
      conditions: (moment) => [[stillOpen, beforeToday('expectedCloseDate', moment)]],
    },
  ],
}
