import type { Payload } from 'payload'

import { applyNomenclators, applyRoles } from '@/seed/load'
import { NOMENCLATOR_ITEMS } from './nomenclators'
import { ROLES, ROLE_ROWS } from './roles'
import { applySettingsDefaults } from './settings'

/**
 * What every install needs before its first user signs in, the administration's part: the roles
 * (other modules add their rows), the company-wide lookup lists and the settings defaults.
 */
export async function adminReference(payload: Payload, log: (line: string) => void) {
  await applyRoles(payload, ROLES, ROLE_ROWS)
  const items = await applyNomenclators(payload, NOMENCLATOR_ITEMS)
  log(`admin: roles ${ROLES.length}, nomenclator items ${items}`)
  log(`admin: settings ${(await applySettingsDefaults(payload)) ? 'defaults written' : 'kept'}`)
}
