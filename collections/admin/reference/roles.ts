import { row, type RoleRows, type RoleSeed } from '@/seed/load'

/** What every signed-in person needs: colleagues, teams, roles, lookup lists, field definitions, files, workflows. */
const EVERYONE = [
  row('users', 'all', false, 'own'),
  row('teams', 'all'),
  row('roles', 'all'),
  row('nomenclators', 'all'),
  row('custom-fields', 'all'),
  row('media', 'all', true, 'own', 'own'),
  row('workflows', 'all'),
]

/** The admin module's rows in the system roles' permission matrix (R1, R2); the viewer only reads. */
export const ROLE_ROWS: RoleRows = {
  admin: EVERYONE,
  'sales-manager': EVERYONE,
  sales: EVERYONE,
  'marketing-manager': EVERYONE,
  marketing: EVERYONE,
  'project-manager': EVERYONE,
  'project-member': EVERYONE,
  'support-manager': EVERYONE,
  'support-agent': EVERYONE,
  viewer: [
    row('users', 'all', false, 'own'),
    row('teams', 'all'),
    row('roles', 'all'),
    row('nomenclators', 'all'),
    row('custom-fields', 'all'),
    row('media', 'all'),
    row('workflows', 'all'),
  ],
}

const role = (
  key: string,
  en: string,
  ro: string,
  descriptionEn: string,
  descriptionRo: string,
  functions: RoleSeed['functions'] = [],
): RoleSeed => ({
  key,
  name: { en, ro },
  description: { en: descriptionEn, ro: descriptionRo },
  functions,
})

/** The system roles (R1, R2); administrators adjust them as data. Each module adds its rows. */
export const ROLES: RoleSeed[] = [
  role('admin', 'Administrator', 'Administrator', 'Every permission and function.', 'Toate permisiunile și funcțiile.'),
  role(
    'sales-manager',
    'Sales manager',
    'Manager vânzări',
    'Leads the sales team, approves offers.',
    'Conduce echipa de vânzări, aprobă ofertele.',
    ['export', 'reports'],
  ),
  role(
    'sales',
    'Sales representative',
    'Agent vânzări',
    'Works their own clients and offers.',
    'Lucrează cu clienții și ofertele proprii.',
  ),
  role(
    'marketing-manager',
    'Marketing manager',
    'Manager marketing',
    'Leads campaigns, validates marketing actions.',
    'Conduce campaniile, validează acțiunile de marketing.',
    ['export', 'reports'],
  ),
  role(
    'marketing',
    'Marketing specialist',
    'Specialist marketing',
    'Carries out marketing actions.',
    'Realizează acțiuni de marketing.',
  ),
  role(
    'project-manager',
    'Project manager',
    'Manager de proiect',
    'Plans implementation projects and validates activities.',
    'Planifică proiectele de implementare și validează activitățile.',
    ['export', 'reports'],
  ),
  role(
    'project-member',
    'Project member',
    'Membru proiect',
    'Carries out project activities.',
    'Realizează activități de proiect.',
  ),
  role(
    'support-manager',
    'Support manager',
    'Manager suport',
    'Assigns tickets and validates their actions.',
    'Alocă tichetele și validează acțiunile lor.',
    ['export', 'reports'],
  ),
  role(
    'support-agent',
    'Support agent',
    'Agent suport',
    'Resolves the tickets assigned to them.',
    'Rezolvă tichetele alocate.',
  ),
  role(
    'viewer',
    'Viewer',
    'Vizualizare',
    'Reads, changes nothing but their own profile.',
    'Doar citește; își poate modifica doar profilul.',
  ),
]
