import { row, type RoleRows } from '@/seed/load'

/** The sales module's rows in the system roles' permission matrix (R1, R2). */
export const ROLE_ROWS: RoleRows = {
  'sales-manager': [
    row('products', 'all', true, 'all', 'all'),
    row('offer-templates', 'all', true, 'all', 'all'),
    row('offers', 'team', true, 'team', 'team'),
    row('offer-sections', 'team', true, 'team', 'team'),
  ],
  sales: [
    row('products', 'all'),
    row('offer-templates', 'all'),
    row('offers', 'own', true, 'own'),
    row('offer-sections', 'own', true, 'own', 'own'),
  ],
  'marketing-manager': [
    row('products', 'all'),
    row('offer-templates', 'all'),
    row('offer-sections', 'own', false, 'own'),
  ],
  marketing: [row('products', 'all'), row('offer-templates', 'all'), row('offer-sections', 'own', false, 'own')],
  'project-manager': [
    row('products', 'all'),
    row('offer-templates', 'all'),
    row('offer-sections', 'own', false, 'own'),
  ],
  viewer: [row('products', 'all'), row('offer-templates', 'all'), row('offers', 'all'), row('offer-sections', 'all')],
}
