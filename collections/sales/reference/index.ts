import type { Payload } from 'payload'

import { addRoleRows, applyWorkflows } from '@/seed/load'
import { ROLE_ROWS } from './roles'
import { WORKFLOWS } from './workflows'

/** What every install of the sales module needs (applied after the migrations by scripts/migrate.ts, and by every seed). */
export async function salesReference(payload: Payload, log: (line: string) => void) {
  await addRoleRows(payload, ROLE_ROWS)
  const added = await applyWorkflows(payload, WORKFLOWS)
  log(`sales: workflows ${WORKFLOWS.length} (${added} added)`)
}
