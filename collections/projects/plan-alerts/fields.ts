import type { ArrayField, Field } from 'payload'

import { t } from '@/lib/i18n'
import { RECIPIENT_ROLES } from './conditions'

export const KINDS_SLUG = 'plan-alert-kinds'
export const PROJECT_ALERTS_SLUG = 'project-alerts'
export const ALERT_EVENTS_SLUG = 'alert-events'

/** Who an alert tells, by role in the project. */
export const recipientsField = (label = t('Recipients', 'Destinatari')): Field => ({
  name: 'recipients',
  type: 'select',
  hasMany: true,
  options: RECIPIENT_ROLES.map((role) => ({ ...role })),
  label,
})

/** An alert as a template or a project carries it: which kind, its threshold, who is told, on or off. */
export const alertSettingFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        type: 'relationship',
        relationTo: KINDS_SLUG,
        required: true,
        label: t('Alert kind', 'Tip de alertă'),
      },
      {
        name: 'threshold',
        type: 'number',
        min: 0,
        label: t('Threshold (N or X %; empty: the kind’s)', 'Prag (N sau X %; gol: al tipului)'),
      },
      { name: 'active', type: 'checkbox', defaultValue: true, label: t('Active', 'Activă') },
    ],
  },
  recipientsField(t('Recipients (empty: the kind’s)', 'Destinatari (gol: ai tipului)')),
]

/** The alerts a template gives the projects made from it. */
export const templateAlertsField: ArrayField = {
  name: 'alerts',
  type: 'array',
  label: t('Plan alerts', 'Alerte de plan'),
  labels: { singular: t('Alert', 'Alertă'), plural: t('Alerts', 'Alerte') },
  fields: alertSettingFields(),
}
