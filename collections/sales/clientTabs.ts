import type { ClientTab } from '@/hooks/modules'
import { joinOf } from '@/fields/people'
import { t } from '@/lib/i18n'

/** The client's offers, in the client page's sales tab (R5). */
export const salesClientTabs: ClientTab[] = [
  {
    key: 'sales',
    order: 20,
    label: t('Sales', 'Vânzări'),
    fields: [
      joinOf('offers', 'offers', 'client', t('Offers', 'Oferte'), {
        defaultSort: '-issueDate',
        defaultColumns: ['number', 'title', 'totals.gross', 'validUntil', 'status'],
      }),
    ],
  },
]
