import type { NomenclatorList } from '@/collections/admin/nomenclators/lists'
import { DEFAULT_TIME_ZONE } from '@/lib/timeZone'

/**
 * What every install has (applied by scripts/migrate.ts on each start, src/seed/referenceData.ts):
 * the lookup lists below, the roles (roles.ts), the workflows (workflows.ts), the settings defaults
 * and one ticket type. Demo data lives in demo*.ts.
 */

type Item = [value: string, ro: string, en: string, number?: number]

export const NOMENCLATOR_SEEDS: Record<NomenclatorList, Item[]> = {
  industries: [
    ['it', 'IT și software', 'IT and software'],
    ['manufacturing', 'Producție', 'Manufacturing'],
    ['retail', 'Comerț', 'Retail'],
    ['construction', 'Construcții', 'Construction'],
    ['health', 'Sănătate', 'Healthcare'],
    ['public', 'Sector public', 'Public sector'],
  ],
  'client-types': [
    ['prospect', 'Prospect', 'Prospect'],
    ['client', 'Client', 'Client'],
    ['partner', 'Partener', 'Partner'],
    ['former', 'Fost client', 'Former client'],
  ],
  'lead-sources': [
    ['website', 'Site web', 'Website'],
    ['referral', 'Recomandare', 'Referral'],
    ['fair', 'Târg', 'Trade fair'],
    ['campaign', 'Campanie', 'Campaign'],
    ['cold-call', 'Apel la rece', 'Cold call'],
  ],
  'opportunity-stages': [
    ['qualification', 'Calificare', 'Qualification', 10],
    ['needs-analysis', 'Analiza nevoilor', 'Needs analysis', 25],
    ['proposal', 'Ofertare', 'Proposal', 50],
    ['negotiation', 'Negociere', 'Negotiation', 75],
    ['won', 'Câștigată', 'Won', 100],
    ['lost', 'Pierdută', 'Lost', 0],
  ],
  'campaign-types': [
    ['email', 'Email', 'Email'],
    ['event', 'Eveniment', 'Event'],
    ['social', 'Social media', 'Social media'],
    ['webinar', 'Webinar', 'Webinar'],
  ],
  'marketing-action-types': [
    ['newsletter', 'Newsletter', 'Newsletter'],
    ['post', 'Postare', 'Post'],
    ['call', 'Apel telefonic', 'Phone call'],
    ['meeting', 'Întâlnire', 'Meeting'],
  ],
  'contract-types': [
    ['sale', 'Vânzare', 'Sale'],
    ['services', 'Prestări servicii', 'Services'],
    ['maintenance', 'Mentenanță', 'Maintenance'],
    ['framework', 'Acord-cadru', 'Framework agreement'],
  ],
  'document-types': [
    ['draft', 'Ciornă', 'Draft'],
    ['annex', 'Anexă', 'Annex'],
    ['signed', 'Exemplar semnat', 'Signed copy'],
    ['invoice', 'Factură', 'Invoice'],
  ],
  'ticket-categories': [
    ['complaint', 'Reclamație', 'Complaint'],
    ['incident', 'Incident', 'Incident'],
    ['request', 'Cerere', 'Request'],
    ['question', 'Întrebare', 'Question'],
  ],
  'ticket-priorities': [
    ['low', 'Scăzută', 'Low', 1],
    ['normal', 'Normală', 'Normal', 2],
    ['high', 'Ridicată', 'High', 3],
    ['urgent', 'Urgentă', 'Urgent', 4],
  ],
  'ticket-action-types': [
    ['analysis', 'Analiză', 'Analysis'],
    ['intervention', 'Intervenție', 'Intervention'],
    ['call', 'Apel', 'Call'],
    ['visit', 'Vizită', 'Visit'],
    ['escalation', 'Escaladare', 'Escalation'],
  ],
  units: [
    ['pcs', 'buc', 'pcs'],
    ['hour', 'oră', 'hour'],
    ['day', 'zi', 'day'],
    ['month', 'lună', 'month'],
    ['license', 'licență', 'license'],
  ],
  'vat-rates': [
    ['standard', 'TVA 21%', 'VAT 21%', 21],
    ['reduced', 'TVA 11%', 'VAT 11%', 11],
    ['zero', 'Scutit (0%)', 'Exempt (0%)', 0],
  ],
  currencies: [
    ['RON', 'Leu românesc (RON)', 'Romanian leu (RON)'],
    ['EUR', 'Euro (EUR)', 'Euro (EUR)'],
    ['USD', 'Dolar american (USD)', 'US dollar (USD)'],
  ],
  'lost-reasons': [
    ['price', 'Preț', 'Price'],
    ['competitor', 'Concurență', 'Competitor'],
    ['no-budget', 'Fără buget', 'No budget'],
    ['timing', 'Moment nepotrivit', 'Timing'],
  ],
  'activity-types': [
    ['call', 'Apel', 'Call'],
    ['meeting', 'Întâlnire', 'Meeting'],
    ['email', 'Email', 'Email'],
    ['task', 'Sarcină', 'Task'],
    ['visit', 'Vizită', 'Visit'],
  ],
}

/**
 * A ticket needs a type: a new install gets this one (complaint flow, no team, a working week to
 * resolve), added only while there is no ticket type at all, so an administrator renames or
 * replaces it freely.
 */
export const DEFAULT_TICKET_TYPE = {
  name: { ro: 'Solicitare client', en: 'Customer request' },
  description: {
    ro: 'Tipul implicit, creat la instalare: urmează fluxul de reclamații. Redenumiți-l sau adăugați altele.',
    en: 'The default type, created on install: it follows the complaint flow. Rename it or add others.',
  },
  priority: 'normal',
  sla: { firstResponseHours: 8, resolutionHours: 40 },
}

/** Settings written once, when the settings have never been saved; afterwards they are the administrator's. */
export const SETTINGS_DEFAULTS = {
  currency: 'RON',
  vatRate: 'standard',
  offerValidityDays: 30,
  numberPrefixes: { offer: 'OF', contract: 'CT', ticket: 'TK' },
  timeZone: DEFAULT_TIME_ZONE,
}
