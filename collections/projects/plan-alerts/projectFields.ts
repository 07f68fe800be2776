import type { Field } from 'payload'

import { joinOf } from '@/fields/people'
import { t } from '@/lib/i18n'
import { ALERT_EVENTS_SLUG, PROJECT_ALERTS_SLUG } from './fields'

/** The project's Alerts tab: its alerts and the events they fired (filled by the plan alerts). */
export const planAlertFields: Field[] = [
  joinOf('alerts', PROJECT_ALERTS_SLUG, 'project', t('Plan alerts', 'Alerte de plan'), {
    defaultSort: 'id',
    defaultColumns: ['kind', 'threshold', 'recipients', 'active'],
  }),
  {
    ...joinOf('alertEvents', ALERT_EVENTS_SLUG, 'project', t('Alerts raised', 'Alerte declanșate'), {
      defaultSort: '-firedAt',
      defaultColumns: ['firedAt', 'kind', 'subject', 'message', 'clearedAt', 'clearedBecause'],
    }),
    // The log is written by the job only: nothing to add from the project page.
    admin: {
      allowCreate: false,
      defaultColumns: ['firedAt', 'kind', 'subject', 'message', 'clearedAt', 'clearedBecause'],
    },
  },
]
