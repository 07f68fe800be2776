import type { NomenclatorItems } from '@/seed/load'

/** The contracts module's lookup lists and items as a new install has them (R3); administrators edit them afterwards. */
export const NOMENCLATOR_ITEMS: NomenclatorItems = {
  'contract-types': [
    ['sale', 'Vânzare', 'Sale'],
    ['services', 'Prestări servicii', 'Services'],
    ['maintenance', 'Mentenanță', 'Maintenance'],
    ['framework', 'Acord-cadru', 'Framework agreement'],
  ],
  'contract-roles': [
    ['signatory', 'Semnatar', 'Signatory'],
    ['account-manager', 'Responsabil de cont', 'Account manager'],
    ['legal', 'Consilier juridic', 'Legal counsel'],
    ['technical', 'Responsabil tehnic', 'Technical lead'],
    ['billing', 'Facturare', 'Billing'],
  ],
  // Added to the shared lists: what a contract commits to, and the other kind of document.
  'activity-types': [
    ['obligation', 'Obligație', 'Obligation'],
    ['milestone', 'Jalon', 'Milestone'],
    ['delivery', 'Livrare', 'Delivery'],
    ['payment', 'Tranșă de plată', 'Payment instalment'],
    ['review', 'Revizuire', 'Review'],
  ],
  'document-types': [['other', 'Altul', 'Other']],
}
