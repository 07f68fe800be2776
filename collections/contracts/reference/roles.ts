import { row, type RoleRows } from '@/seed/load'

/** Those who link their work to contracts read them all; the viewer reads. */
const READERS = [row('contracts', 'all'), row('contract-activities', 'all'), row('contract-amendments', 'all')]

/** The contracts module's rows in the system roles' permission matrix (R1, R2). */
export const ROLE_ROWS: RoleRows = {
  'sales-manager': [
    row('contracts', 'team', true, 'team', 'team'),
    row('contract-activities', 'team', true, 'team', 'team'),
    row('contract-amendments', 'team', true, 'team', 'team'),
  ],
  sales: [
    row('contracts', 'own', true, 'own'),
    row('contract-activities', 'own', true, 'own', 'own'),
    row('contract-amendments', 'own', true, 'own'),
  ],
  'project-manager': READERS,
  'project-member': READERS,
  'support-manager': READERS,
  'support-agent': READERS,
  viewer: READERS,
}
