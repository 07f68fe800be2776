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
    // Plan alerts: the kinds are the administrators'; each project's alerts are its manager's.
    row('plan-alert-kinds', 'all'),
    row('project-alerts', 'team', true, 'team', 'team'),
  ],
  // The projects they are in, with their whole plan (related: under a project of theirs); they
  // change only the activities they carry out, and enter and see only their own time. Installs
  // seeded when these rows were `own` get `related` by a data migration
  // (migrations/20261129_230000_project_role_rows.ts).
  'project-member': [
    row('project-templates', 'all'),
    row('projects', 'own'),
    row('project-activities', 'related', false, 'own'),
    row('time-entries', 'own', true, 'own', 'own'),
    row('project-deliverables', 'related', false, 'own'),
    row('plan-alert-kinds', 'all'),
  ],
  // Sales and support read the projects of their clients (related: through the client's owner;
  // their managers: the team's clients) with what the project's page shows of them: the plan, the
  // deliverables, the plan alerts (their events and the project's documents are read with the
  // project itself). The time spent stays with the people who enter it and those who manage the
  // work: the agents read the project's spent hours, their managers the team's clients' entries.
  ...Object.fromEntries(
    (
      [
        ['sales', 'related'],
        ['sales-manager', 'team'],
        ['support-agent', 'related'],
        ['support-manager', 'team'],
      ] as const
    ).map(([role, scope]) => [
      role,
      [
        row('projects', scope),
        row('project-activities', scope),
        row('project-deliverables', scope),
        row('project-alerts', scope),
        ...(scope === 'team' ? [row('time-entries', scope)] : []),
      ],
    ]),
  ),
  viewer: [
    row('project-templates', 'all'),
    row('projects', 'all'),
    row('project-activities', 'all'),
    row('time-entries', 'all'),
    row('project-deliverables', 'all'),
    row('plan-alert-kinds', 'all'),
    row('project-alerts', 'all'),
  ],
}
