import type { NomenclatorListDefinition } from '@/hooks/modules'
import { t } from '@/lib/i18n'

/** The crm module's lookup lists (R3); `number` says what an item's optional number means. */
export const NOMENCLATOR_LISTS: Record<string, NomenclatorListDefinition> = {
  industries: { label: t('Industries', 'Domenii de activitate') },
  'client-types': { label: t('Client types', 'Tipuri de client') },
  'lead-sources': { label: t('Lead sources', 'Surse de prospectare') },
  'opportunity-stages': {
    label: t('Opportunity stages', 'Etape oportunitate'),
    number: t('Probability %', 'Probabilitate %'),
  },
  'campaign-types': { label: t('Campaign types', 'Tipuri de campanie') },
  'marketing-action-types': { label: t('Marketing action types', 'Tipuri de acțiuni de marketing') },
  'lost-reasons': { label: t('Lost reasons', 'Motive de pierdere') },
  'activity-types': { label: t('Activity types', 'Tipuri de activitate') },
}
