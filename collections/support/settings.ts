import type { SettingsTab } from '@/hooks/modules'
import { t } from '@/lib/i18n'

/** The support module's settings (R3): how long a resolved ticket may be reopened, the largest attachment. */
export const supportSettings: SettingsTab = {
  order: 30,
  name: 'support',
  label: t('Support', 'Suport'),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'reopenWithinDays',
          type: 'number',
          required: true,
          defaultValue: 14,
          min: 0,
          label: t(
            'Reopen a ticket within (days after resolution)',
            'Redeschiderea unui tichet în (zile de la rezolvare)',
          ),
        },
        {
          name: 'maxUploadMb',
          type: 'number',
          required: true,
          defaultValue: 10,
          min: 1,
          max: 500,
          label: t('Largest ticket attachment (MB)', 'Atașament de tichet maxim (MB)'),
        },
      ],
    },
  ],
}
