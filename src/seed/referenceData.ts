import type { Payload } from 'payload'

import { DEFAULT_TICKET_TYPE, NOMENCLATOR_SEEDS, SETTINGS_DEFAULTS } from './reference'
import { asSystem, createBilingual, findOne } from './records'
import { ROLE_SEEDS, type RoleSeed } from './roles'
import { WORKFLOW_SEEDS, type WorkflowSeed } from './workflows'

type Log = (line: string) => void

/**
 * A role seeded before a module existed gets that module's rows; rows already there (perhaps
 * edited by an administrator) are left as they are.
 */
async function addMissingPermissionRows(payload: Payload, existing: Record<string, unknown>, role: RoleSeed) {
  const rows = (existing.permissions as { collection: string }[] | undefined) ?? []
  const known = new Set(rows.map((r) => r.collection))
  const missing = role.permissions.filter((r) => !known.has(r.collection))
  if (missing.length === 0) return
  await payload.update({ collection: 'roles', id: existing.id as number, data: { permissions: [...rows, ...missing] } as never, ...asSystem })
}

/** The system roles by key (existing or created), for the workflows' transitions. */
async function applyRoles(payload: Payload) {
  const roleIds: Record<string, number> = {}
  for (const role of ROLE_SEEDS) {
    const existing = await findOne(payload, 'roles', { key: { equals: role.key } })
    if (existing) await addMissingPermissionRows(payload, existing, role)
    roleIds[role.key] = (
      existing ??
      (await createBilingual(
        payload,
        'roles',
        { key: role.key, name: role.name.ro, description: role.description.ro, functions: role.functions, permissions: role.permissions },
        { name: role.name.en, description: role.description.en },
      ))
    ).id
  }
  return roleIds
}

async function applyNomenclators(payload: Payload) {
  const itemIds: Record<string, number> = {}
  for (const [list, entries] of Object.entries(NOMENCLATOR_SEEDS)) {
    for (const [index, [value, ro, en, number]] of entries.entries()) {
      const existing = await findOne(payload, 'nomenclators', { list: { equals: list }, value: { equals: value } })
      itemIds[`${list}:${value}`] = (
        existing ??
        (await createBilingual(payload, 'nomenclators', { list, value, label: ro, number, order: (index + 1) * 10, active: true }, { label: en }))
      ).id
    }
  }
  return itemIds
}

async function createWorkflow(payload: Payload, workflow: WorkflowSeed, roleIds: Record<string, number>) {
  const created = await payload.create({
    collection: 'workflows',
    locale: 'ro',
    data: {
      ...workflow,
      name: workflow.name.ro,
      states: workflow.states.map((s) => ({ ...s, label: s.label.ro })),
      transitions: workflow.transitions.map(({ roleKeys, ...tr }) => ({
        ...tr,
        label: tr.label.ro,
        roles: (roleKeys ?? []).map((key) => roleIds[key]).filter(Boolean),
      })),
    } as never,
    ...asSystem,
  })
  // Localized labels inside arrays are matched by row id.
  await payload.update({
    collection: 'workflows',
    id: created.id,
    locale: 'en',
    data: {
      name: workflow.name.en,
      states: created.states.map((row, i) => ({ ...row, label: workflow.states[i].label.en })),
      transitions: created.transitions!.map((row, i) => ({ ...row, label: workflow.transitions[i].label.en })),
    } as never,
    ...asSystem,
  })
}

/** Written once, on a fresh install: afterwards the settings are the administrator's, even emptied. */
async function applySettingsDefaults(payload: Payload, itemIds: Record<string, number>) {
  // The adapter answers `{}` for a global never saved: a stored one has its row id.
  const stored = (await payload.db.findGlobal({ slug: 'settings', where: {} })) as { id?: unknown } | null
  if (stored?.id !== undefined) return false
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      commercial: {
        defaultCurrency: itemIds[`currencies:${SETTINGS_DEFAULTS.currency}`],
        defaultVatRate: itemIds[`vat-rates:${SETTINGS_DEFAULTS.vatRate}`],
        offerValidityDays: SETTINGS_DEFAULTS.offerValidityDays,
        numberPrefixes: SETTINGS_DEFAULTS.numberPrefixes,
      },
      time: { timeZone: SETTINGS_DEFAULTS.timeZone },
    },
    ...asSystem,
  })
  return true
}

/** Tickets need a type: one while there is none (renamed, replaced or added to by the administrator). */
async function applyDefaultTicketType(payload: Payload, itemIds: Record<string, number>) {
  if ((await payload.count({ collection: 'ticket-types', overrideAccess: true })).totalDocs > 0) return false
  const { name, description, priority, sla } = DEFAULT_TICKET_TYPE
  await createBilingual(
    payload,
    'ticket-types',
    { name: name.ro, description: description.ro, defaultPriority: itemIds[`ticket-priorities:${priority}`], sla, active: true },
    { name: name.en, description: description.en },
  )
  return true
}

/**
 * What every install needs before its first user signs in: roles with their permission rows, the
 * lookup lists, the workflows, the settings defaults and a ticket type. Run by scripts/migrate.ts
 * (`npm start`, `npm run migrate`, the Docker image) after the migrations, and by every seed.
 * Idempotent: what exists (matched by key, list and value) is left as it is, so an administrator's
 * edits survive; what is missing is added.
 */
export async function applyReferenceData(payload: Payload, log: Log = () => undefined) {
  const roleIds = await applyRoles(payload)
  log(`roles: ${ROLE_SEEDS.length}`)
  const itemIds = await applyNomenclators(payload)
  log(`nomenclator items: ${Object.keys(itemIds).length}`)
  let workflows = 0
  for (const workflow of WORKFLOW_SEEDS) {
    if (await findOne(payload, 'workflows', { key: { equals: workflow.key } })) continue
    await createWorkflow(payload, workflow, roleIds)
    workflows++
  }
  log(`workflows: ${WORKFLOW_SEEDS.length} (${workflows} added)`)
  log(`settings: ${(await applySettingsDefaults(payload, itemIds)) ? 'defaults written' : 'kept'}`)
  log(`ticket types: ${(await applyDefaultTicketType(payload, itemIds)) ? 'default added' : 'kept'}`)
}
