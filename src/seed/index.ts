import type { Payload } from 'payload'

import { seedDemoCrm } from './demoCrm'
import { seedDemoOffers } from './demoOffers'
import { seedDemoSupport } from './demoSupport'
import { DEMO_PASSWORD, NOMENCLATOR_SEEDS, TEAM_SEEDS, USER_SEEDS } from './reference'
import { ROLE_SEEDS } from './roles'
import { WORKFLOW_SEEDS } from './workflows'

/** System work: seeding acts for nobody, so it bypasses access on purpose. */
const asSystem = { overrideAccess: true, depth: 0 } as const

async function findOne(payload: Payload, collection: 'roles' | 'teams' | 'users' | 'nomenclators', where: Record<string, unknown>) {
  const { docs } = await payload.find({ collection, where: where as never, limit: 1, ...asSystem })
  return docs[0] as { id: number } | undefined
}

/** Creates a record with Romanian texts, then adds the English ones. */
async function createBilingual<T extends 'roles' | 'teams' | 'nomenclators'>(
  payload: Payload,
  collection: T,
  ro: Record<string, unknown>,
  en: Record<string, unknown>,
) {
  const doc = await payload.create({ collection, data: ro as never, locale: 'ro', ...asSystem })
  await payload.update({ collection, id: doc.id, data: en as never, locale: 'en', ...asSystem })
  return doc as { id: number }
}

/**
 * A role seeded before a module existed gets that module's rows; rows already there (perhaps
 * edited by an administrator) are left as they are.
 */
async function addMissingPermissionRows(payload: Payload, existing: Record<string, unknown>, role: (typeof ROLE_SEEDS)[number]) {
  const rows = (existing.permissions as { collection: string }[] | undefined) ?? []
  const known = new Set(rows.map((r) => r.collection))
  const missing = role.permissions.filter((r) => !known.has(r.collection))
  if (missing.length === 0) return
  await payload.update({ collection: 'roles', id: existing.id as number, data: { permissions: [...rows, ...missing] } as never, ...asSystem })
}

/**
 * Reference and demo data. Idempotent: what exists (matched by key, list+value or email) is left
 * as it is, so an administrator's edits survive a second run.
 */
export async function seed(payload: Payload, log: (line: string) => void = () => undefined) {
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
  log(`roles: ${ROLE_SEEDS.length}`)

  const teamIds: Record<string, number> = {}
  for (const team of TEAM_SEEDS) {
    const existing = await findOne(payload, 'teams', { key: { equals: team.key } })
    teamIds[team.key] = (existing ?? (await createBilingual(payload, 'teams', { key: team.key, name: team.name.ro }, { name: team.name.en }))).id
  }
  log(`teams: ${TEAM_SEEDS.length}`)

  const itemIds: Record<string, number> = {}
  let items = 0
  for (const [list, entries] of Object.entries(NOMENCLATOR_SEEDS)) {
    for (const [index, [value, ro, en, number]] of entries.entries()) {
      const existing = await findOne(payload, 'nomenclators', { list: { equals: list }, value: { equals: value } })
      itemIds[`${list}:${value}`] = (
        existing ??
        (await createBilingual(payload, 'nomenclators', { list, value, label: ro, number, order: (index + 1) * 10, active: true }, { label: en }))
      ).id
      items++
    }
  }
  log(`nomenclator items: ${items}`)

  for (const user of USER_SEEDS) {
    if (await findOne(payload, 'users', { email: { equals: user.email } })) continue
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        name: user.name,
        password: DEMO_PASSWORD,
        roles: [roleIds[user.role]],
        team: user.team ? teamIds[user.team] : undefined,
        active: true,
        language: 'ro',
      },
      ...asSystem,
    })
  }
  for (const team of TEAM_SEEDS) {
    const managers = USER_SEEDS.filter((u) => u.manages === team.key).map((u) => u.email)
    if (managers.length === 0) continue
    const current = await payload.findByID({ collection: 'teams', id: teamIds[team.key], ...asSystem })
    if ((current.managers ?? []).length > 0) continue
    const { docs } = await payload.find({ collection: 'users', where: { email: { in: managers } }, ...asSystem })
    await payload.update({ collection: 'teams', id: teamIds[team.key], data: { managers: docs.map((d) => d.id) }, ...asSystem })
  }
  log(`users: ${USER_SEEDS.length}`)

  const settings = await payload.findGlobal({ slug: 'settings', ...asSystem })
  if (!settings.commercial?.defaultCurrency) {
    // Relationship checks inside a global update run with the caller's access: act as the administrator.
    const admin = await payload.find({ collection: 'users', where: { email: { equals: 'admin@organizecrm.test' } }, limit: 1, ...asSystem })
    await payload.updateGlobal({
      user: { ...admin.docs[0], collection: 'users' },
      slug: 'settings',
      data: {
        company: {
          name: 'OrganizeCRM Demo SRL',
          fiscalCode: 'RO18547290',
          tradeRegisterNumber: 'J40/1234/2020',
          address: 'Str. Exemplu nr. 1, București',
          iban: 'RO49AAAA1B31007593840000',
          bank: 'Banca Demo',
        },
        commercial: {
          defaultCurrency: itemIds['currencies:RON'],
          defaultVatRate: itemIds['vat-rates:standard'],
          offerValidityDays: 30,
          numberPrefixes: { offer: 'OF', contract: 'CT', ticket: 'TK' },
        },
      },
      ...asSystem,
    })
  }
  log('settings: ready')

  for (const workflow of WORKFLOW_SEEDS) {
    const existing = await payload.find({ collection: 'workflows', where: { key: { equals: workflow.key } }, limit: 1, ...asSystem })
    if (existing.docs[0]) continue
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
          roles: (roleKeys ?? []).map((key) => roleIds[key]),
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
  log(`workflows: ${WORKFLOW_SEEDS.length}`)

  await seedDemoCrm(payload, log)
  await seedDemoOffers(payload, log)
  await seedDemoSupport(payload, log)
}
