import type { NomenclatorListDefinition } from '@/hooks/modules'
import { t } from '@/lib/i18n'

/** The sales module's lookup lists (R3); `number` says what an item's optional number means. */
export const NOMENCLATOR_LISTS: Record<string, NomenclatorListDefinition> = {
  'contract-types': { label: t('Contract types', 'Tipuri de contract') },
}
