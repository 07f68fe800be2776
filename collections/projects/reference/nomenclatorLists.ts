import type { NomenclatorListDefinition } from '@/hooks/modules'
import { t } from '@/lib/i18n'

/** The projects module's lookup lists (R3). */
export const NOMENCLATOR_LISTS: Record<string, NomenclatorListDefinition> = {
  'project-roles': { label: t('Roles in a project', 'Roluri în proiect') },
}
