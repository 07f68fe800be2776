import type { NomenclatorListDefinition } from '@/hooks/modules'
import { t } from '@/lib/i18n'

/** The contracts module's lookup lists (R3). */
export const NOMENCLATOR_LISTS: Record<string, NomenclatorListDefinition> = {
  'contract-types': { label: t('Contract types', 'Tipuri de contract') },
  'contract-roles': { label: t('Roles in a contract', 'Roluri în contract') },
}
