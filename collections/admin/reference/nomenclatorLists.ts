import type { NomenclatorListDefinition } from '@/hooks/modules'
import { t } from '@/lib/i18n'

/** The admin module's lookup lists (R3); `number` says what an item's optional number means. */
export const NOMENCLATOR_LISTS: Record<string, NomenclatorListDefinition> = {
  currencies: { label: t('Currencies', 'Monede') },
  'vat-rates': { label: t('VAT rates', 'Cote TVA'), number: t('VAT %', 'TVA %') },
  units: { label: t('Units of measure', 'Unități de măsură') },
  'document-types': { label: t('Document types', 'Tipuri de document') },
}
