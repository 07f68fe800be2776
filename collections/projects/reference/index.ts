import type { Payload } from 'payload'

import { addRoleRows, applyNomenclators, applyWorkflows } from '@/seed/load'
import { seedPlanAlertKinds } from '../plan-alerts/reference'
import { NOMENCLATOR_ITEMS } from './nomenclators'
import { ROLE_ROWS } from './roles'
import { WORKFLOWS } from './workflows'

/** What every install of the projects module needs (applied after the migrations by scripts/migrate.ts, and by every seed). */
export async function projectsReference(payload: Payload, log: (line: string) => void) {
  await addRoleRows(payload, ROLE_ROWS)
  const items = await applyNomenclators(payload, NOMENCLATOR_ITEMS)
  const added = await applyWorkflows(payload, WORKFLOWS)
  log(`projects: nomenclator items ${items}, workflows ${WORKFLOWS.length} (${added} added)`)
  await seedPlanAlertKinds(payload, log)
}
