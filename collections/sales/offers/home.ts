import type { HomeSource } from '@/hooks/home/types'
import { t } from '@/lib/i18n'

/**
 * The reader's offers waiting for them, by the category of their state (whatever the states are
 * called): drafts to finish and send for review (open), approved ones to send (active); and those
 * waiting for someone else (in review, at the client). A manager sees the same for their teams.
 */
export const offersHome: HomeSource = {
  key: 'offers',
  collection: 'offers',
  label: t('Offers', 'Oferte'),
  order: 30,
  mine: 'owner',
  team: 'team',
  figures: [
    {
      key: 'drafts',
      label: t('To finish', 'De finalizat'),
      conditions: () => [[{ statusCategory: { equals: 'open' } }]],
    },
    {
      key: 'to-send',
      label: t('Approved, to send', 'Aprobate, de trimis'),
      conditions: () => [[{ statusCategory: { equals: 'active' } }]],
    },
    {
      key: 'waiting',
      label: t('Waiting for others', 'În așteptarea altora'),
      conditions: () => [[{ statusCategory: { equals: 'waiting' } }]],
    },
  ],
}
