import type { NomenclatorItems } from '@/seed/load'

/** The crm module's lookup lists as a new install has them (R3); administrators edit them afterwards. */
export const NOMENCLATOR_ITEMS: NomenclatorItems = {
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
