import { joinOf } from '@/fields/people'
import type { ClientTab } from '@/hooks/modules'
import { t } from '@/lib/i18n'

/** The client's implementation projects, in a tab of their own on the client page (R5, R21). */
export const projectsClientTabs: ClientTab[] = [
  {
    key: 'projects',
    order: 27,
    label: t('Projects', 'Proiecte'),
    fields: [
      joinOf('projects', 'projects', 'client', t('Projects', 'Proiecte'), {
        defaultSort: '-createdAt',
        defaultColumns: ['number', 'name', 'startDate', 'plannedEnd', 'manager', 'status'],
      }),
    ],
  },
]
