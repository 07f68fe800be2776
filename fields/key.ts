import type { TextField } from 'payload'

import { t } from '@/lib/i18n'

/** A stable, unique, code-like key (`sales-manager`): what data and code refer to. */
export const keyField = (): TextField => ({
  name: 'key',
  type: 'text',
  required: true,
  unique: true,
  label: t('Key', 'Cheie'),
  validate: (value: unknown) =>
    typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value)
      ? true
      : 'Use lowercase letters, digits and dashes / Folosiți litere mici, cifre și cratime',
})
