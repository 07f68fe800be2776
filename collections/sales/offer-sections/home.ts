import type { HomeSource } from '@/hooks/home/types'
import { beforeToday } from '@/hooks/home/windows'
import { t } from '@/lib/i18n'

/** Draft or sent back: its responsible writes it (category open of the section flow). */
const toWrite = { statusCategory: { equals: 'open' } }

/**
 * The offer sections waiting for the reader: to write as their responsible (and those of them past
 * their due day), to approve as the offer's owner once submitted (category waiting). A manager
 * sees the same for their teams.
 */
export const offerSectionsHome: HomeSource = {
  key: 'offer-sections',
  collection: 'offer-sections',
  label: t('Offer sections', 'Secțiuni de ofertă'),
  order: 31,
  mine: 'responsible',
  team: 'team',
  figures: [
    { key: 'to-write', label: t('To write', 'De redactat'), conditions: () => [[toWrite]] },
    {
      key: 'overdue',
      label: t('Past due', 'Depășite'),
      alert: true,
      conditions: (moment) => [[toWrite, beforeToday('dueDate', moment)]],
    },
    {
      key: 'to-approve',
      label: t('To approve', 'De aprobat'),
      mine: 'offerOwner',
      conditions: () => [[{ statusCategory: { equals: 'waiting' } }]],
    },
  ],
}
