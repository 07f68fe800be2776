import type { NomenclatorList } from '../../collections/admin/nomenclators/lists'

export const TEAM_SEEDS = [
  { key: 'marketing', name: { en: 'Marketing', ro: 'Marketing' } },
  { key: 'sales', name: { en: 'Sales', ro: 'Vânzări' } },
  { key: 'sales-west', name: { en: 'Sales West', ro: 'Vânzări Vest' } },
  { key: 'implementation', name: { en: 'Project implementation', ro: 'Implementare proiecte' } },
  { key: 'support', name: { en: 'Support', ro: 'Suport' } },
  { key: 'support-west', name: { en: 'Support West', ro: 'Suport Vest' } },
]

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

export const DEMO_PASSWORD = 'Demo-Pass-2026'

/** One active demo user per role, plus a second support agent and a second sales user elsewhere. */
export const USER_SEEDS: { email: string; name: string; role: string; team?: string; manages?: string }[] = [
  { email: 'admin@organizecrm.test', name: 'Ana Administrator', role: 'admin' },
  { email: 'sales-manager@organizecrm.test', name: 'Mihai Popescu', role: 'sales-manager', team: 'sales', manages: 'sales' },
  { email: 'sales@organizecrm.test', name: 'Ioana Ionescu', role: 'sales', team: 'sales' },
  { email: 'sales2@organizecrm.test', name: 'Radu Stan', role: 'sales', team: 'sales-west' },
  { email: 'marketing-manager@organizecrm.test', name: 'Elena Dumitru', role: 'marketing-manager', team: 'marketing', manages: 'marketing' },
  { email: 'marketing@organizecrm.test', name: 'Andrei Marin', role: 'marketing', team: 'marketing' },
  { email: 'project-manager@organizecrm.test', name: 'Cristina Georgescu', role: 'project-manager', team: 'implementation', manages: 'implementation' },
  { email: 'project-member@organizecrm.test', name: 'Vlad Stoica', role: 'project-member', team: 'implementation' },
  { email: 'support-manager@organizecrm.test', name: 'Maria Constantin', role: 'support-manager', team: 'support', manages: 'support' },
  { email: 'support-agent@organizecrm.test', name: 'George Munteanu', role: 'support-agent', team: 'support' },
  { email: 'support-agent2@organizecrm.test', name: 'Dan Lazăr', role: 'support-agent', team: 'support-west' },
  { email: 'viewer@organizecrm.test', name: 'Paula Vasile', role: 'viewer' },
]
