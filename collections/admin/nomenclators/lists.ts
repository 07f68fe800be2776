import { t } from '@/lib/i18n'

/** The lookup lists an administrator manages (R3). `number` says what the optional number means. */
export const NOMENCLATOR_LISTS = {
  industries: { label: t('Industries', 'Domenii de activitate') },
  'client-types': { label: t('Client types', 'Tipuri de client') },
  'lead-sources': { label: t('Lead sources', 'Surse de prospectare') },
  'opportunity-stages': { label: t('Opportunity stages', 'Etape oportunitate'), number: t('Probability %', 'Probabilitate %') },
  'campaign-types': { label: t('Campaign types', 'Tipuri de campanie') },
  'marketing-action-types': { label: t('Marketing action types', 'Tipuri de acțiuni de marketing') },
  'contract-types': { label: t('Contract types', 'Tipuri de contract') },
  'document-types': { label: t('Document types', 'Tipuri de document') },
  'ticket-categories': { label: t('Ticket categories', 'Categorii de tichet') },
  'ticket-priorities': { label: t('Ticket priorities', 'Priorități tichet') },
  'ticket-action-types': { label: t('Ticket action types', 'Tipuri de acțiuni pe tichet') },
  units: { label: t('Units of measure', 'Unități de măsură') },
  'vat-rates': { label: t('VAT rates', 'Cote TVA'), number: t('VAT %', 'TVA %') },
  currencies: { label: t('Currencies', 'Monede') },
  'lost-reasons': { label: t('Lost reasons', 'Motive de pierdere') },
  'activity-types': { label: t('Activity types', 'Tipuri de activitate') },
} as const

export type NomenclatorList = keyof typeof NOMENCLATOR_LISTS

export const nomenclatorListOptions = Object.entries(NOMENCLATOR_LISTS).map(([value, { label }]) => ({
  value,
  label,
}))
