import { joinOf } from '@/fields/people'
import type { ClientTab } from '@/hooks/modules'
import { t } from '@/lib/i18n'

/** The client's contracts, in a tab of their own on the client page (R5, R18). */
export const contractsClientTabs: ClientTab[] = [
  {
    key: 'contracts',
    order: 25,
    label: t('Contracts', 'Contracte'),
    fields: [
      joinOf('contracts', 'contracts', 'client', t('Contracts', 'Contracte'), {
        defaultSort: '-createdAt',
        defaultColumns: ['number', 'title', 'totals.gross', 'startDate', 'endDate', 'status'],
      }),
    ],
  },
]
