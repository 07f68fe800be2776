import { row, type RoleRows } from '@/seed/load'

/** The support module's rows in the system roles' permission matrix (R1, R2). */
export const ROLE_ROWS: RoleRows = {
  'sales-manager': [row('ticket-types', 'all'), row('tickets', 'own', true)],
  sales: [row('ticket-types', 'all'), row('tickets', 'own', true)],
  'project-manager': [row('ticket-types', 'all'), row('tickets', 'own', true)],
  'project-member': [row('ticket-types', 'all'), row('tickets', 'own', true)],
  'support-manager': [
    row('ticket-types', 'all', true, 'all', 'all'),
    row('tickets', 'team', true, 'team', 'team'),
    row('ticket-actions', 'team', true, 'team', 'team'),
  ],
  'support-agent': [
    row('ticket-types', 'all'),
    row('tickets', 'team', true, 'own'),
    row('ticket-actions', 'team', true, 'own', 'own'),
  ],
  viewer: [row('ticket-types', 'all'), row('tickets', 'all'), row('ticket-actions', 'all')],
}
