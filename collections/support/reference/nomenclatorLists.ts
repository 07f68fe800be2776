import type { NomenclatorListDefinition } from '@/hooks/modules'
import { t } from '@/lib/i18n'

/** The support module's lookup lists (R3); `number` says what an item's optional number means. */
export const NOMENCLATOR_LISTS: Record<string, NomenclatorListDefinition> = {
  'ticket-categories': { label: t('Ticket categories', 'Categorii de tichet') },
  'ticket-priorities': { label: t('Ticket priorities', 'Priorități tichet') },
  'ticket-action-types': { label: t('Ticket action types', 'Tipuri de acțiuni pe tichet') },
}
