import type { ClientTab } from '@/hooks/modules'
import { joinOf } from '@/fields/people'
import { t } from '@/lib/i18n'

const OPEN = ['open', 'active', 'waiting']

/** The CRM's tabs on the client page (R5): its people, sales pipeline, marketing and todos. */
export const crmClientTabs: ClientTab[] = [
  {
    key: 'contacts',
    order: 10,
    label: t('Contacts', 'Persoane de contact'),
    fields: [
      joinOf('contacts', 'contacts', 'client', t('Contacts', 'Persoane de contact'), {
        defaultSort: '-primary',
        defaultColumns: ['name', 'jobTitle', 'email', 'phone', 'primary'],
      }),
    ],
  },
  {
    key: 'sales',
    order: 20,
    label: t('Sales', 'Vânzări'),
    fields: [
      joinOf('opportunities', 'opportunities', 'client', t('Opportunities', 'Oportunități'), {
        defaultSort: 'expectedCloseDate',
        defaultColumns: ['title', 'stage', 'value', 'expectedCloseDate', 'owner'],
      }),
      joinOf('prospects', 'prospects', 'client', t('Prospecting', 'Prospectare'), {
        defaultSort: '-createdAt',
        defaultColumns: ['companyName', 'status', 'nextStepDate', 'owner'],
      }),
    ],
  },
  {
    key: 'marketing',
    order: 40,
    label: t('Marketing', 'Marketing'),
    fields: [
      joinOf('campaigns', 'campaigns', 'targetClients', t('Campaigns', 'Campanii'), {
        defaultSort: '-startDate',
        defaultColumns: ['name', 'type', 'startDate', 'status'],
      }),
      joinOf('marketingActions', 'marketing-actions', 'client', t('Marketing actions', 'Acțiuni de marketing'), {
        defaultSort: 'due',
        defaultColumns: ['title', 'campaign', 'due', 'responsible', 'status'],
      }),
    ],
  },
  {
    key: 'todos',
    order: 60,
    label: t('Todos', 'Acțiuni'),
    fields: [
      joinOf('openTodos', 'todos', 'client', t('Open todos', 'Acțiuni deschise'), {
        defaultSort: 'due',
        where: { statusCategory: { in: OPEN } },
        defaultColumns: ['title', 'type', 'due', 'responsible', 'status'],
      }),
      joinOf('closedTodos', 'todos', 'client', t('Finished todos', 'Acțiuni încheiate'), {
        defaultSort: '-due',
        where: { statusCategory: { not_in: OPEN } },
        defaultColumns: ['title', 'type', 'due', 'responsible', 'status'],
      }),
    ],
  },
]
