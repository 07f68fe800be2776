import type { Payload } from 'payload'

import { DEMO_PASSWORD, TEAM_SEEDS, USER_SEEDS } from './demoUsers'
// The demo's teams and people are made as system work (asSystem: overrideAccess: true): nobody exists
// yet to act as. Everything after them is made by those people, with their access.
import { asSystem, createBilingual, findOne } from '@/seed/records'

type Log = (line: string) => void

async function seedDemoPeople(payload: Payload, log: Log) {
  const teamIds: Record<string, number> = {}
  for (const team of TEAM_SEEDS) {
    const existing = await findOne(payload, 'teams', { key: { equals: team.key } })
    teamIds[team.key] = (
      existing ??
      (await createBilingual(payload, 'teams', { key: team.key, name: team.name.ro }, { name: team.name.en }))
    ).id
  }
  log(`demo teams: ${TEAM_SEEDS.length}`)

  for (const user of USER_SEEDS) {
    if (await findOne(payload, 'users', { email: { equals: user.email } })) continue
    const role = await findOne(payload, 'roles', { key: { equals: user.role } })
    if (!role)
      throw new Error(`The demo user ${user.email} needs the role "${user.role}": apply the reference data first.`)
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        name: user.name,
        password: DEMO_PASSWORD,
        roles: [role.id],
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
    await payload.update({
      collection: 'teams',
      id: teamIds[team.key],
      data: { managers: docs.map((d) => d.id) },
      ...asSystem,
    })
  }
  log(`demo users: ${USER_SEEDS.length}`)
}

/** The demo company's identity, unless one was entered. */
async function seedDemoCompany(payload: Payload) {
  const settings = await payload.findGlobal({ slug: 'settings', ...asSystem })
  if (settings.company?.fiscalCode) return
  await payload.updateGlobal({
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
    },
    ...asSystem,
  })
}

/**
 * The demo company's people and identity: teams, twelve people sharing the public DEMO_PASSWORD
 * and the company's details. The other modules' demo data (clients, offers, tickets) is made by
 * those people. Idempotent: what exists is left as it is.
 */
export async function adminDemo(payload: Payload, log: Log = () => undefined) {
  await seedDemoPeople(payload, log)
  await seedDemoCompany(payload)
}
