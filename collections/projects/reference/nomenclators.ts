import type { NomenclatorItems } from '@/seed/load'

/** The projects module's lookup lists and items as a new install has them (R3). */
export const NOMENCLATOR_ITEMS: NomenclatorItems = {
  'project-roles': [
    ['project-manager', 'Manager de proiect', 'Project manager'],
    ['consultant', 'Consultant', 'Consultant'],
    ['developer', 'Programator', 'Developer'],
    ['trainer', 'Formator', 'Trainer'],
    ['technician', 'Tehnician', 'Technician'],
  ],
}
