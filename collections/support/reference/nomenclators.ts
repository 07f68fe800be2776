import type { NomenclatorItems } from '@/seed/load'

/** The support module's lookup lists as a new install has them (R3); administrators edit them afterwards. */
export const NOMENCLATOR_ITEMS: NomenclatorItems = {
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
}
