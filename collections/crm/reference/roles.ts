import { row, type RoleRows } from '@/seed/load'

/** The crm module's rows in the system roles' permission matrix (R1, R2). */
export const ROLE_ROWS: RoleRows = {
  admin: [row('todos', 'own', true, 'own', 'own')],
  'sales-manager': [
    row('todos', 'team', true, 'team', 'own'),
    row('clients', 'team', true, 'team', 'team'),
    row('contacts', 'team', true, 'team', 'team'),
    row('prospects', 'team', true, 'team', 'team'),
    row('opportunities', 'team', true, 'team', 'team'),
    row('campaigns', 'all'),
    row('marketing-actions', 'all'),
  ],
  sales: [
    row('todos', 'own', true, 'own', 'own'),
    row('clients', 'own', true, 'own'),
    row('contacts', 'own', true, 'own', 'own'),
    row('prospects', 'own', true, 'own', 'own'),
    row('opportunities', 'own', true, 'own'),
    row('campaigns', 'all'),
  ],
  'marketing-manager': [
    row('todos', 'team', true, 'team', 'own'),
    row('clients', 'all'),
    row('contacts', 'all'),
    row('prospects', 'team', true, 'team', 'team'),
    row('opportunities', 'all'),
    row('campaigns', 'all', true, 'team', 'team'),
    row('marketing-actions', 'all', true, 'team', 'team'),
  ],
  marketing: [
    row('todos', 'own', true, 'own', 'own'),
    row('clients', 'all'),
    row('contacts', 'all'),
    row('prospects', 'own', true, 'own', 'own'),
    row('campaigns', 'all', true, 'own', 'own'),
    row('marketing-actions', 'team', true, 'own', 'own'),
  ],
  'project-manager': [row('todos', 'team', true, 'team', 'own'), row('clients', 'all'), row('contacts', 'all')],
  'project-member': [row('todos', 'own', true, 'own', 'own'), row('clients', 'all'), row('contacts', 'all')],
  'support-manager': [row('todos', 'team', true, 'team', 'own'), row('clients', 'all'), row('contacts', 'all')],
  'support-agent': [row('todos', 'own', true, 'own', 'own'), row('clients', 'all'), row('contacts', 'all')],
  viewer: [
    row('todos', 'own'),
    row('clients', 'all'),
    row('contacts', 'all'),
    row('prospects', 'all'),
    row('opportunities', 'all'),
    row('campaigns', 'all'),
    row('marketing-actions', 'all'),
  ],
}
