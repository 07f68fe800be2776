import type { NomenclatorItems } from '@/seed/load'

/** The sales module's lookup lists as a new install has them (R3); administrators edit them afterwards. */
export const NOMENCLATOR_ITEMS: NomenclatorItems = {
  'contract-types': [
    ['sale', 'Vânzare', 'Sale'],
    ['services', 'Prestări servicii', 'Services'],
    ['maintenance', 'Mentenanță', 'Maintenance'],
    ['framework', 'Acord-cadru', 'Framework agreement'],
  ],
}
