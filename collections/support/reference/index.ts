import type { Payload } from 'payload'

import { addRoleRows, applyNomenclators, applyWorkflows } from '@/seed/load'
import { NOMENCLATOR_ITEMS } from './nomenclators'
import { ROLE_ROWS } from './roles'
import { WORKFLOWS } from './workflows'
import { applyDefaultTicketType } from './ticketType'

/** What every install of the support module needs (applied after the migrations by scripts/migrate.ts, and by every seed). */
export async function supportReference(payload: Payload, log: (line: string) => void) {
  await addRoleRows(payload, ROLE_ROWS)
  const items = await applyNomenclators(payload, NOMENCLATOR_ITEMS)
  const added = await applyWorkflows(payload, WORKFLOWS)
  log(`support: nomenclator items ${items}, workflows ${WORKFLOWS.length} (${added} added)`)
  log(`support: ticket types ${(await applyDefaultTicketType(payload)) ? 'default added' : 'kept'}`)
}
