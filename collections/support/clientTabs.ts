import type { ClientTab } from '@/hooks/modules'
import { joinOf } from '@/fields/people'
import { t } from '@/lib/i18n'

/** The client's tickets on the client page (R5). */
export const supportClientTabs: ClientTab[] = [
  {
    key: 'support',
    order: 50,
    label: t('Support', 'Suport'),
    fields: [
      joinOf('tickets', 'tickets', 'client', t('Tickets', 'Tichete'), {
        defaultSort: '-createdAt',
        defaultColumns: ['number', 'title', 'type', 'priority', 'responsible', 'status'],
      }),
    ],
  },
]
