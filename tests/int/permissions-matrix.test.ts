import type { TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type LoosePayload, outcome, testPayload, userByEmail } from '../helpers/payload'

type Verdict = 'allowed' | 'denied'
interface Expectation {
  read: Verdict
  create: Verdict
  updateOwn: Verdict
  updateOther: Verdict
  delete: Verdict
}

const ALL: Expectation = {
  read: 'allowed',
  create: 'allowed',
  updateOwn: 'allowed',
  updateOther: 'allowed',
  delete: 'allowed',
}
const READ_ONLY: Expectation = {
  read: 'allowed',
  create: 'denied',
  updateOwn: 'denied',
  updateOther: 'denied',
  delete: 'denied',
}

/**
 * What each seeded role may do on each collection, written out by hand from the brief: only the
 * administrator administers; everyone reads colleagues, teams, roles and lookup lists, edits only
 * their own profile, uploads files (the viewer excepted) and manages only their own files.
 */
const USERS_FOR_EVERYONE: Expectation = {
  read: 'allowed',
  create: 'denied',
  updateOwn: 'allowed',
  updateOther: 'denied',
  delete: 'denied',
}
const MEDIA_FOR_WORKERS: Expectation = {
  read: 'allowed',
  create: 'allowed',
  updateOwn: 'allowed',
  updateOther: 'denied',
  delete: 'allowed',
}

const ROLES = [
  'admin',
  'sales-manager',
  'sales',
  'marketing-manager',
  'marketing',
  'project-manager',
  'project-member',
  'support-manager',
  'support-agent',
  'viewer',
] as const

const NOTHING: Expectation = {
  read: 'denied',
  create: 'denied',
  updateOwn: 'denied',
  updateOther: 'denied',
  delete: 'denied',
}

function expected(role: (typeof ROLES)[number], collection: string): Expectation {
  // The workflow log is append-only for everyone: only the engine writes it.
  if (collection === 'workflow-events') return role === 'admin' ? { ...NOTHING, read: 'allowed' } : NOTHING
  if (role === 'admin') return ALL
  if (collection === 'users') return USERS_FOR_EVERYONE
  if (collection === 'media') return role === 'viewer' ? READ_ONLY : MEDIA_FOR_WORKERS
  if (collection === 'fixture-records') return NOTHING
  return READ_ONLY
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** A fresh record of `collection`, owned by `owner` where ownership applies. */
async function makeRecord(payload: LoosePayload, collection: string, owner: TypedUser, tag: string) {
  const system = { overrideAccess: true, depth: 0 } as const
  switch (collection) {
    case 'users':
      return payload.create({
        collection: 'users',
        data: {
          name: `Temp ${tag}`,
          email: `temp-${tag}@organizecrm.test`,
          password: 'Temp-Pass-2026',
          roles: [await roleId(payload, 'viewer')],
        },
        ...system,
      })
    case 'teams':
      return payload.create({ collection: 'teams', data: { key: `team-${tag}`, name: `Team ${tag}` }, ...system })
    case 'roles':
      return payload.create({ collection: 'roles', data: { key: `role-${tag}`, name: `Role ${tag}` }, ...system })
    case 'nomenclators':
      return payload.create({
        collection: 'nomenclators',
        data: { list: 'units', value: `u-${tag}`, label: `Unit ${tag}` },
        ...system,
      })
    case 'media':
      return payload.create({
        collection: 'media',
        data: { alt: tag },
        file: { data: PNG, mimetype: 'image/png', name: `${tag}.png`, size: PNG.length },
        user: owner,
        ...system,
      })
    case 'fixture-records':
      return payload.create({
        collection: 'fixture-records',
        data: { title: tag, owner: owner.id as number },
        ...system,
      })
    case 'workflows':
      return payload.create({ collection: 'workflows', data: workflowData(tag), ...system })
    case 'workflow-events':
      return payload.create({
        collection: 'workflow-events',
        data: { collection: 'matrix-fixture', record: '1', transition: tag, to: 'x' },
        ...system,
      })
  }
  throw new Error(`no maker for ${collection}`)
}

async function roleId(payload: LoosePayload, key: string) {
  const { docs } = await payload.find({ collection: 'roles', where: { key: { equals: key } }, limit: 1, depth: 0 })
  return docs[0].id
}

const COLLECTIONS = [
  'users',
  'teams',
  'roles',
  'nomenclators',
  'media',
  'workflows',
  'workflow-events',
  'fixture-records',
] as const

const workflowData = (tag: string) => ({
  key: `wf-${tag}`,
  name: tag,
  collection: 'wf-fixtures',
  states: [{ key: 'only', category: 'open', initial: true, final: true }],
  transitions: [],
})

describe('every seeded role against every collection (local API, overrideAccess: false)', () => {
  let payload: LoosePayload
  let admin: TypedUser
  beforeAll(async () => {
    payload = (await testPayload()) as unknown as LoosePayload
    admin = await userByEmail(payload, 'admin@organizecrm.test')
    // Something to read in every collection.
    await makeRecord(payload, 'media', admin, 'matrix-seed')
    await makeRecord(payload, 'workflow-events', admin, 'matrix-seed')
  })

  for (const role of ROLES) {
    for (const collection of COLLECTIONS) {
      it(`${role} on ${collection}`, async () => {
        const user = await userByEmail(payload, `${role}@organizecrm.test`)
        const want = expected(role, collection)
        const tag = `${role}-${collection}-${Date.now()}`
        const asUser = { user, overrideAccess: false, depth: 0 } as const

        const got: Partial<Expectation> = {}
        got.read = await outcome(async () => {
          const found = await payload.find({ collection, limit: 1, ...asUser })
          if (found.docs.length === 0 && collection !== 'fixture-records')
            throw Object.assign(new Error('nothing visible'), { status: 403 })
        })
        got.create = await outcome(() =>
          collection === 'media'
            ? payload.create({
                collection: 'media',
                data: { alt: tag },
                file: { data: PNG, mimetype: 'image/png', name: `${tag}-own.png`, size: PNG.length },
                ...asUser,
              })
            : makeRecordAs(payload, collection, tag, asUser),
        )
        const own = collection === 'users' ? user : await makeRecord(payload, collection, user, `${tag}-own`)
        got.updateOwn = await outcome(() =>
          payload.update({ collection, id: own.id, data: updateFor(collection), ...asUser }),
        )
        const other = await makeRecord(payload, collection, admin, `${tag}-other`)
        got.updateOther = await outcome(() =>
          payload.update({ collection, id: other.id, data: updateFor(collection), ...asUser }),
        )
        const victim = collection === 'users' ? other : await makeRecord(payload, collection, user, `${tag}-victim`)
        got.delete = await outcome(() => payload.delete({ collection, id: victim.id, ...asUser }))

        expect(got).toEqual(want)
      })
    }
  }
})

function updateFor(collection: string): Record<string, unknown> {
  switch (collection) {
    case 'users':
      return { phone: '+40 700 000 000' }
    case 'teams':
      return { description: 'changed' }
    case 'roles':
      return { description: 'changed' }
    case 'nomenclators':
      return { order: 99 }
    case 'media':
      return { alt: 'changed' }
    case 'workflows':
      return { active: false }
    case 'workflow-events':
      return { comment: 'changed' }
    default:
      return { title: 'changed' }
  }
}

async function makeRecordAs(
  payload: LoosePayload,
  collection: string,
  tag: string,
  asUser: { user: TypedUser; overrideAccess: false; depth: 0 },
) {
  switch (collection) {
    case 'users':
      return payload.create({
        collection: 'users',
        data: {
          name: `New ${tag}`,
          email: `new-${tag}@organizecrm.test`,
          password: 'Temp-Pass-2026',
          roles: [await roleId(payload, 'viewer')],
        },
        ...asUser,
      })
    case 'teams':
      return payload.create({ collection: 'teams', data: { key: `new-${tag}`, name: 'New team' }, ...asUser })
    case 'roles':
      return payload.create({ collection: 'roles', data: { key: `new-${tag}`, name: 'New role' }, ...asUser })
    case 'nomenclators':
      return payload.create({
        collection: 'nomenclators',
        data: { list: 'units', value: `new-${tag}`, label: 'New' },
        ...asUser,
      })
    case 'workflows':
      return payload.create({ collection: 'workflows', data: workflowData(`new-${tag}`), ...asUser })
    case 'workflow-events':
      return payload.create({
        collection: 'workflow-events',
        data: { collection: 'matrix-fixture', record: '1', transition: 'new', to: 'x' },
        ...asUser,
      })
    default:
      return payload.create({ collection: 'fixture-records', data: { title: 'new' }, ...asUser })
  }
}
