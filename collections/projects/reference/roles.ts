import { row, type RoleRows } from '@/seed/load'

/** The projects module's rows in the system roles' permission matrix (R1, R2). */
export const ROLE_ROWS: RoleRows = {
  // The team's projects, fully; the shared templates too.
  'project-manager': [
    row('project-templates', 'all', true, 'all', 'all'),
    row('projects', 'team', true, 'team', 'team'),
    row('project-activities', 'team', true, 'team', 'team'),
    row('time-entries', 'team', true, 'team', 'team'),
    row('project-deliverables', 'team', true, 'team', 'team'),
  ],
  // The projects they are in; the activities they carry out and the time they spend on them.
  'project-member': [
    row('project-templates', 'all'),
    row('projects', 'own'),
    row('project-activities', 'own', false, 'own'),
    row('time-entries', 'own', true, 'own', 'own'),
    row('project-deliverables', 'own', false, 'own'),
  ],
  viewer: [
    row('project-templates', 'all'),
    row('projects', 'all'),
    row('project-activities', 'all'),
    row('time-entries', 'all'),
    row('project-deliverables', 'all'),
  ],
}
