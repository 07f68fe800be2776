import type { TextField } from 'payload'

import { t } from '@/lib/i18n'

/** A phone number: typed as people write it, shown in lists and tables as a link that dials it (tap-to-call). */
export const phoneField = (name = 'phone'): TextField => ({
  name,
  type: 'text',
  label: t('Phone', 'Telefon'),
  admin: { components: { Cell: '/src/components/shared/PhoneCell#PhoneCell' } },
})
