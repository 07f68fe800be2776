import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { changeRoleRows, type RoleRowChange } from '@/seed/load'

/**
 * Data only, written by hand (no schema change, so no snapshot beside it): the projects module's
 * seeded role rows whose defaults changed, for installs seeded before. The reference data only adds
 * missing rows (src/seed/load.ts addRoleRows); these rows exist there with the old values. A row is
 * changed only while it still holds the old value (an administrator's edit stays); running it again
 * changes nothing. Rows new to a role (sales and support reading project alerts, their managers the
 * team's time entries) are added by the reference data that runs after the migrations.
 */
const CHANGES: RoleRowChange[] = [
  // Members read the whole plan of their projects (the related scope), not only their own part.
  { role: 'project-member', collection: 'project-activities', from: { read: 'own' }, to: { read: 'related' } },
  { role: 'project-member', collection: 'project-deliverables', from: { read: 'own' }, to: { read: 'related' } },
]

export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const changed = await changeRoleRows(payload, CHANGES, req)
  payload.logger.info(`[migration] project role rows: ${changed} changed`)
}

export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  await changeRoleRows(
    payload,
    CHANGES.map(({ from, to, ...row }) => ({ ...row, from: to, to: from })),
    req,
  )
}
