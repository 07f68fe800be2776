import type { CollectionGrant, ModuleFunction } from '@/access/types'

type Row = CollectionGrant & { collection: string }
export interface RoleSeed {
  key: string
  name: { ro: string; en: string }
  description: { ro: string; en: string }
  functions: ModuleFunction[]
  permissions: Row[]
}

const row = (collection: string, read: Row['read'], create = false, update: Row['update'] = 'none', del: Row['delete'] = 'none'): Row => ({
  collection,
  read,
  create,
  update,
  delete: del,
})

/** What every signed-in person needs: colleagues, teams, lookup lists, custom field definitions, their own profile and files. */
const baseline: Row[] = [
  row('users', 'all', false, 'own'),
  row('teams', 'all'),
  row('roles', 'all'),
  row('nomenclators', 'all'),
  row('custom-fields', 'all'),
  row('media', 'all', true, 'own', 'own'),
  row('workflows', 'all'),
  row('todos', 'own', true, 'own', 'own'),
]

/** Managers see and steer their team's work. */
const manager: Row[] = [...baseline.filter((r) => r.collection !== 'todos'), row('todos', 'team', true, 'team', 'own')]

/** Everyone who works with clients without selling to them reads the registry. */
const readsClients: Row[] = [row('clients', 'all'), row('contacts', 'all')]

/** Everyone sells from the same catalog and templates; sections are read by who works on them. */
const selling: Row[] = [row('products', 'all'), row('offer-templates', 'all'), row('offer-sections', 'own', false, 'own')]

/** Everyone may enter a ticket for a client and follow the tickets they reported. */
const reportsTickets: Row[] = [row('ticket-types', 'all'), row('tickets', 'own', true)]
const sales: Row[] = [
  ...baseline,
  ...selling.filter((r) => r.collection !== 'offer-sections'),
  row('offers', 'own', true, 'own'),
  row('offer-sections', 'own', true, 'own', 'own'),
  row('clients', 'own', true, 'own'),
  row('contacts', 'own', true, 'own', 'own'),
  row('prospects', 'own', true, 'own', 'own'),
  row('opportunities', 'own', true, 'own'),
  row('campaigns', 'all'),
  ...reportsTickets,
]
const salesManager: Row[] = [
  ...manager,
  row('products', 'all', true, 'all', 'all'),
  row('offer-templates', 'all', true, 'all', 'all'),
  row('offers', 'team', true, 'team', 'team'),
  row('offer-sections', 'team', true, 'team', 'team'),
  row('clients', 'team', true, 'team', 'team'),
  row('contacts', 'team', true, 'team', 'team'),
  row('prospects', 'team', true, 'team', 'team'),
  row('opportunities', 'team', true, 'team', 'team'),
  row('campaigns', 'all'),
  row('marketing-actions', 'all'),
  ...reportsTickets,
]
const marketing: Row[] = [
  ...baseline,
  ...selling,
  ...readsClients,
  row('prospects', 'own', true, 'own', 'own'),
  row('campaigns', 'all', true, 'own', 'own'),
  row('marketing-actions', 'team', true, 'own', 'own'),
]
const marketingManager: Row[] = [
  ...manager,
  ...selling,
  ...readsClients,
  row('prospects', 'team', true, 'team', 'team'),
  row('opportunities', 'all'),
  row('campaigns', 'all', true, 'team', 'team'),
  row('marketing-actions', 'all', true, 'team', 'team'),
]

/** Agents work their team's tickets; managers also steer them and manage the ticket types. */
const supportAgent: Row[] = [
  ...baseline,
  ...readsClients,
  row('ticket-types', 'all'),
  row('tickets', 'team', true, 'own'),
  row('ticket-actions', 'team', true, 'own', 'own'),
]
const supportManager: Row[] = [
  ...manager,
  ...readsClients,
  row('ticket-types', 'all', true, 'all', 'all'),
  row('tickets', 'team', true, 'team', 'team'),
  row('ticket-actions', 'team', true, 'team', 'team'),
]

const role = (
  key: string,
  en: string,
  ro: string,
  descriptionEn: string,
  descriptionRo: string,
  functions: ModuleFunction[] = [],
  permissions: Row[] = baseline,
): RoleSeed => ({ key, name: { en, ro }, description: { en: descriptionEn, ro: descriptionRo }, functions, permissions })

/** The system roles (R1, R2); administrators adjust them as data. Modules add their rows. */
export const ROLE_SEEDS: RoleSeed[] = [
  role('admin', 'Administrator', 'Administrator', 'Every permission and function.', 'Toate permisiunile și funcțiile.'),
  role('sales-manager', 'Sales manager', 'Manager vânzări', 'Leads the sales team, approves offers.', 'Conduce echipa de vânzări, aprobă ofertele.', ['export', 'reports'], salesManager),
  role('sales', 'Sales representative', 'Agent vânzări', 'Works their own clients and offers.', 'Lucrează cu clienții și ofertele proprii.', [], sales),
  role('marketing-manager', 'Marketing manager', 'Manager marketing', 'Leads campaigns, validates marketing actions.', 'Conduce campaniile, validează acțiunile de marketing.', ['export', 'reports'], marketingManager),
  role('marketing', 'Marketing specialist', 'Specialist marketing', 'Carries out marketing actions.', 'Realizează acțiuni de marketing.', [], marketing),
  role('project-manager', 'Project manager', 'Manager de proiect', 'Plans implementation projects and validates activities.', 'Planifică proiectele de implementare și validează activitățile.', ['export', 'reports'], [...manager, ...readsClients, ...selling, ...reportsTickets]),
  role('project-member', 'Project member', 'Membru proiect', 'Carries out project activities.', 'Realizează activități de proiect.', [], [...baseline, ...readsClients, ...reportsTickets]),
  role('support-manager', 'Support manager', 'Manager suport', 'Assigns tickets and validates their actions.', 'Alocă tichetele și validează acțiunile lor.', ['export', 'reports'], supportManager),
  role('support-agent', 'Support agent', 'Agent suport', 'Resolves the tickets assigned to them.', 'Rezolvă tichetele alocate.', [], supportAgent),
  role('viewer', 'Viewer', 'Vizualizare', 'Reads, changes nothing but their own profile.', 'Doar citește; își poate modifica doar profilul.', [], [
    row('users', 'all', false, 'own'),
    row('teams', 'all'),
    row('roles', 'all'),
    row('nomenclators', 'all'),
    row('custom-fields', 'all'),
    row('media', 'all'),
    row('workflows', 'all'),
    row('todos', 'own'),
    ...['clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions'].map((c) => row(c, 'all')),
  ]),
]
