import { t } from '@/lib/i18n'
import { STATE_CATEGORIES } from './types'

const LABELS = {
  open: t('Open', 'Deschisă'),
  active: t('In progress', 'În lucru'),
  waiting: t('Waiting', 'În așteptare'),
  done: t('Done', 'Finalizată'),
  cancelled: t('Cancelled', 'Anulată'),
}

/** The state categories as select options, labelled in both languages. */
export const stateCategoryOptions = STATE_CATEGORIES.map((value) => ({ value, label: LABELS[value] }))
