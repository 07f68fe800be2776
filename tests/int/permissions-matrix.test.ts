import { type CollectionConfig, type Field, formatNames, type Payload, type TypedUser } from 'payload'
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'

import { ownershipOf } from '@/access/collectionAccess'
import { parentRuleOf } from '@/access/parent'
import { isStateFreezeCheck } from '@/hooks/workflow/frozenInForms'
import type { CollectionGrant, ModuleFunction, Ownership, Scope } from '@/access/types'
import { DEMO_PASSWORD } from '@/collections/admin/demoUsers'
import { ROLES } from '@/collections/admin/reference/roles'
import { modulesOf } from '@/hooks/modules/registry'
import { addDays, dayIn, instantAt } from '@/lib/timeZone'
import ExcelJS from 'exceljs'
import { rawGet } from '../helpers/files'
import { api, graphql, login, rawApi } from '../helpers/http'
import { type LoosePayload, testPayload } from '../helpers/payload'
import { FixtureRecords } from '../helpers/fixtures'
import { CustomFieldFixtures } from '../helpers/customFieldFixtures'
import { WorkflowChildren, WorkflowFixtures } from '../helpers/workflowFixtures'

/**
 * Every seeded role × every collection in the roles' matrix × read list, read one, create, update
 * own, update another's, delete × local API (overrideAccess: false), REST and GraphQL. What each
 * answer should be is computed from the role's rows as stored after seeding, the collection's
 * ownership (access/collectionAccess) and parent rule (access/parent): a new collection or role is
 * covered without editing this file.
 */

type Doc = Record<string, any>
type Interface = 'local' | 'rest' | 'graphql'
const INTERFACES: Interface[] = ['local', 'rest', 'graphql']
type Operation = 'list' | 'read' | 'create' | 'update' | 'delete'

interface Role {
  id: number
  key: string
  functions?: ModuleFunction[] | null
  permissions?: ({ collection: string; create?: boolean | null } & Partial<
    Record<'read' | 'update' | 'delete', Scope>
  >)[]
}
interface Tester {
  role: Role
  user: TypedUser & Doc
  team: number | null
  token: string
}
/** What decides access to a record: who counts as its owner, its team, and the records it is under (Ownership.through). */
interface Facts {
  id: number
  owners: number[]
  team: number | null
  parents?: Facts[]
}

/** Test-only collections of the engine tests: not part of the application's matrix. */
const FIXTURES = new Set([FixtureRecords, CustomFieldFixtures, WorkflowFixtures, WorkflowChildren].map((c) => c.slug))

/**
 * Rules written in code that the rows do not express, each with why. Anything not listed here is
 * judged by the rows alone.
 */
const EXCEPTIONS = {
  /** The workflow log is append-only: only the engine writes it, administrators included. */
  appendOnly: new Set(['workflow-events']),
  /** Counters are written only by src/lib/counters.ts; settings managers may look. */
  engineWritten: { counters: 'manageSettings' as ModuleFunction },
  /** A user's own record is their account: deleting it is not a matrix cell (users tests cover it). */
  noDeleteOwn: new Set(['users']),
  /** GraphQL mutations carry no file: upload collections are created through the local API and REST only. */
  noGraphqlUpload: true,
}

/** GraphQL names a select's values as enum members (Payload's formatName: no dashes, dots or slashes). */
const enumName = (value: string) => value.replace(/[-./+,()'[\]]/g, '_').replace(/ /g, '')

/** The same data as GraphQL takes it: selects as enum names, required fields with defaults given. */
function graphqlData(config: CollectionConfig, data: Doc): Doc {
  const out = { ...data }
  for (const f of fieldsOf(config)) {
    if (!('name' in f)) continue
    const fallback = 'required' in f && f.required && typeof f.defaultValue !== 'function' ? f.defaultValue : undefined
    if (!(f.name in out) && fallback !== undefined) out[f.name] = fallback
    if (f.type === 'select' && typeof out[f.name] === 'string') out[f.name] = enumName(out[f.name])
  }
  return out
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

let sequence = 0
const unique = (prefix: string) => `${prefix}-${process.pid}-${++sequence}`

/** Fields a record needs beyond what the collection's defaults and parent rule give it. */
const EXTRA_DATA: Record<string, (tag: string) => Doc> = {
  users: (tag) => ({ name: `Matrix ${tag}`, email: `${tag}@matrix.test`, password: DEMO_PASSWORD }),
  teams: (tag) => ({ key: tag, name: `Team ${tag}` }),
  roles: (tag) => ({ key: tag, name: `Role ${tag}` }),
  nomenclators: (tag) => ({ list: 'units', value: tag, label: `Unit ${tag}` }),
  media: (tag) => ({ alt: tag }),
  workflows: (tag) => ({
    key: tag,
    name: tag,
    collection: 'wf-fixtures',
    states: [{ key: 'only', category: 'open', initial: true, final: true }],
    transitions: [],
  }),
  'workflow-events': (tag) => ({ collection: 'matrix', record: '1', transition: tag, to: 'x' }),
  counters: (tag) => ({ key: tag }),
  'custom-fields': (tag) => ({
    targetCollection: 'cf-fixtures',
    key: tag.replace(/\W/g, '_'),
    label: tag,
    type: 'text',
    usage: 'optional',
  }),
}

const fieldsOf = (config: CollectionConfig) => (config as unknown as { flattenedFields: Field[] }).flattenedFields

function textFieldNames(config: CollectionConfig) {
  return fieldsOf(config)
    .filter(
      (f) =>
        'name' in f &&
        (f.type === 'text' || f.type === 'textarea') &&
        // Not stamped by the application; the workflow's read-only-in-form check leaves writes alone.
        (!('access' in f && f.access?.update) || isStateFreezeCheck(f.access.update)),
    )
    .map((f) => (f as { name: string }).name)
}

/** A plain text field the update cells change: not stamped, not unique, not frozen in the initial state. */
const UPDATE_FIELD_PREFERENCE = ['notes', 'description', 'comment', 'phone', 'alt', 'subject', 'title', 'name', 'label']
function updateFieldOf(config: CollectionConfig) {
  const names = textFieldNames(config)
  const field = UPDATE_FIELD_PREFERENCE.find((name) => names.includes(name)) ?? names[0]
  if (!field) throw new Error(`no plain text field to update in ${config.slug}`)
  return field
}

/** Required plain fields without a default get a value, so the factory follows the config. */
function requiredPlain(config: CollectionConfig, tag: string): Doc {
  const data: Doc = {}
  for (const f of fieldsOf(config)) {
    if (!('name' in f) || !('required' in f) || !f.required || f.defaultValue !== undefined) continue
    if (f.type === 'text' || f.type === 'textarea') data[f.name] = `${f.name} ${tag}`
    if (f.type === 'number') data[f.name] = 1
    if (f.type === 'date') data[f.name] = new Date().toISOString()
    if (f.type === 'select') {
      const first = f.options[0]
      data[f.name] = typeof first === 'string' ? first : first.value
    }
  }
  return data
}

/** Required links to another collection (a client, a type, a stage), other than the owner fields. */
const requiredLinks = (config: CollectionConfig) =>
  fieldsOf(config).filter(
    (f): f is Extract<Field, { type: 'relationship' }> =>
      f.type === 'relationship' &&
      'required' in f &&
      !!f.required &&
      typeof f.relationTo === 'string' &&
      f.relationTo !== 'users' &&
      !f.hasMany,
  )

const isFull = (role: Role, ownership: Ownership | undefined) =>
  role.key === 'admin' || Boolean(ownership?.managedBy && role.functions?.includes(ownership.managedBy))

function grantOf(role: Role, slug: string): CollectionGrant {
  const row = role.permissions?.find((p) => p.collection === slug)
  return {
    read: row?.read ?? 'none',
    update: row?.update ?? 'none',
    delete: row?.delete ?? 'none',
    create: !!row?.create,
  }
}

/**
 * Whether `scope` reaches the record for this tester, as the rows mean it (an independent reading):
 * `related` also reaches a record under a parent it reaches, `team` the team's and those under them.
 */
function reaches(scope: Scope, tester: Tester, record: Facts): boolean {
  if (scope === 'all') return true
  if (scope === 'none') return false
  const own = record.owners.includes(tester.user.id as number)
  if (scope === 'own' || own) return own
  if ((record.parents ?? []).some((parent) => reaches(scope, tester, parent))) return true
  return scope === 'team' && tester.team !== null && record.team === tester.team
}

describe('every seeded role against every collection and interface', () => {
  let payload: Payload
  let roles: Role[]
  let testers: Tester[]
  let collections: CollectionConfig[]
  /** Per collection: the known records, one owned by each tester (users: the testers themselves). */
  const records = new Map<string, Map<number, Facts>>()

  const factsOf = (slug: string, doc: Doc): Facts => {
    const ownership = ownershipOf(slug) ?? {}
    const owners = new Set<number>()
    if (ownership.selfIsOwner) owners.add(doc.id)
    for (const field of ownership.ownerFields ?? [])
      for (const v of [doc[field]].flat())
        if (v !== null && v !== undefined) owners.add(typeof v === 'object' ? v.id : v)
    const team = ownership.teamField ? doc[ownership.teamField] : null
    return { id: doc.id, owners: [...owners], team: (team && typeof team === 'object' ? team.id : team) ?? null }
  }

  /** A record's facts with those of the records it is under, read as stored. */
  async function withParents(slug: string, doc: Doc): Promise<Facts> {
    const parents: Facts[] = []
    for (const link of ownershipOf(slug)?.through ?? []) {
      const value = doc[link.field]
      const id = value && typeof value === 'object' ? value.id : value
      if (id === null || id === undefined) continue
      const parent = await payload.findByID({ collection: link.collection as 'users', id, depth: 0 })
      parents.push(await withParents(link.collection, parent))
    }
    return { ...factsOf(slug, doc), parents }
  }

  /** Data for a new record of `slug` owned by `owner` (parents and related records made as the application). */
  async function dataFor(slug: string, owner: Tester): Promise<Doc> {
    const config = payload.collections[slug as 'users'].config as unknown as CollectionConfig
    const tag = unique(slug)
    const ownership = ownershipOf(slug) ?? {}
    const data: Doc = { ...requiredPlain(config, tag), ...EXTRA_DATA[slug]?.(tag) }
    const fieldNames = new Set(fieldsOf(config).map((f) => ('name' in f ? f.name : '')))
    for (const field of ownership.ownerFields ?? [])
      if (fieldNames.has(field)) data[field] = hasMany(config, field) ? [owner.user.id] : owner.user.id
    if (ownership.teamField && !ownership.selfIsOwner) data[ownership.teamField] = owner.team
    if (slug === 'users') data.roles = [owner.role.id]
    if (slug === 'users') data.team = owner.team
    const parent = parentRuleOf(slug)
    // The owner's record of the parent collection where there is one already: making a fresh
    // parent (and its own parents) for every create and delete cell would double the run.
    if (parent)
      data[parent.field] =
        records.get(parent.collection)?.get(owner.user.id as number)?.id ??
        (await makeRecord(parent.collection, owner)).id
    for (const link of requiredLinks(config))
      if (link.name !== parent?.field) data[link.name] = await relatedFor(link, owner)
    return data
  }

  /**
   * A record to link to: one of the existing ones where the field filters its choices (a list's
   * values, active types), else one of the owner's own, made once.
   */
  const related = new Map<string, number>()
  async function relatedFor(field: Extract<Field, { type: 'relationship' }>, owner: Tester): Promise<number> {
    const collection = field.relationTo as string
    const filter = field.filterOptions
    const where =
      typeof filter === 'function'
        ? await filter({ data: {}, siblingData: {}, relationTo: collection, user: owner.user, id: undefined } as never)
        : filter
    const key =
      where === undefined || where === null
        ? `${collection}:${owner.user.id}`
        : `${collection}:${JSON.stringify(where)}`
    if (!related.has(key)) {
      if (where === undefined || where === null) related.set(key, (await makeRecord(collection, owner)).id)
      else {
        const { docs } = await payload.find({
          collection: collection as 'users',
          where: where === true ? {} : (where as never),
          limit: 1,
          depth: 0,
        })
        if (!docs[0]) throw new Error(`nothing to link ${field.name} to in ${collection}`)
        related.set(key, docs[0].id as number)
      }
    }
    return related.get(key)!
  }

  const hasMany = (config: CollectionConfig, field: string) =>
    fieldsOf(config).some((f) => 'name' in f && f.name === field && 'hasMany' in f && f.hasMany)

  /** A record made as the application (overrideAccess: true), stamped as if `owner` had made it. */
  async function makeRecord(slug: string, owner: Tester): Promise<Doc> {
    const config = payload.collections[slug as 'users'].config
    const data = await dataFor(slug, owner)
    // The application's own setup of the records under test: no access to judge.
    return payload.create({
      collection: slug as 'users',
      data: data as never,
      ...(config.upload
        ? { file: { data: PNG, mimetype: 'image/png', name: `${data.alt}.png`, size: PNG.length } }
        : {}),
      user: owner.user,
      overrideAccess: true,
      depth: 0,
    }) as Promise<Doc>
  }

  /** A new active member of `role` in `team`, made as the application. */
  const memberOf = async (role: Role, team: number, which: string): Promise<Doc> =>
    (payload as unknown as LoosePayload).create({
      collection: 'users',
      data: {
        name: `Matrix ${which} ${role.key}`,
        email: `matrix-${which}-${role.key}@matrix.test`,
        password: DEMO_PASSWORD,
        roles: [role.id],
        team,
      },
      overrideAccess: true,
      depth: 0,
    })

  beforeAll(async () => {
    payload = await testPayload()
    // The seeded roles only: other files add roles of their own to the shared database.
    roles = (
      await payload.find({
        collection: 'roles',
        where: { key: { in: ROLES.map((r) => r.key) } },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs as unknown as Role[]
    collections = (payload.config.collections as unknown as CollectionConfig[]).filter(
      (c) => !c.slug.startsWith('payload-') && !c.custom?.outsideRoles && !FIXTURES.has(c.slug),
    )
    // Own teams and users, not the demo's: the matrix runs on a production install too, and its
    // records stay out of every other file's team views and counts.
    const teams = await Promise.all(
      ['a', 'b'].map((key) =>
        payload.create({ collection: 'teams', data: { key: unique(`matrix-${key}`), name: `Matrix ${key}` } as never }),
      ),
    )
    testers = []
    for (const role of roles) {
      const teamScoped = role.permissions?.some((p) => [p.read, p.update, p.delete].includes('team'))
      // A role with team scope gets a second member in the other team.
      const chosen = [await memberOf(role, teams[0].id as number, 'first')]
      if (teamScoped) chosen.push(await memberOf(role, teams[1].id as number, 'second'))
      for (const user of chosen)
        testers.push({
          role,
          user: { ...user, collection: 'users' } as TypedUser & Doc,
          team: (user.team as number | null) ?? null,
          token: await login(user.email),
        })
    }
    const failures: string[] = []
    for (const { slug } of collections) {
      const known = new Map<number, Facts>()
      for (const tester of testers) {
        try {
          const doc = slug === 'users' ? tester.user : await makeRecord(slug, tester)
          const stored = await payload.findByID({ collection: slug as 'users', id: doc.id, depth: 0 })
          known.set(tester.user.id as number, await withParents(slug, stored))
        } catch (error) {
          failures.push(
            `${slug} for ${tester.user.email}: ${(error as Error).message} ${JSON.stringify((error as { data?: unknown }).data ?? '')}`,
          )
          break
        }
      }
      records.set(slug, known)
    }
    if (failures.length) throw new Error(`could not make the records:\n${failures.join('\n')}`)
  })

  /** The answer a cell should get: a status, with the count for lists. */
  function expected(tester: Tester, slug: string, op: Operation, record?: Facts): string {
    const { role } = tester
    const ownership = ownershipOf(slug)
    if (slug in EXCEPTIONS.engineWritten) {
      const fn = EXCEPTIONS.engineWritten[slug as keyof typeof EXCEPTIONS.engineWritten]
      const reads = role.key === 'admin' || !!role.functions?.includes(fn)
      if (op === 'list') return reads ? `200:${records.get(slug)!.size}` : '403'
      if (op === 'read') return reads ? '200' : '403'
      return '403'
    }
    if (EXCEPTIONS.appendOnly.has(slug) && (op === 'create' || op === 'update' || op === 'delete')) return '403'
    const full = isFull(role, ownership)
    const grant = grantOf(role, slug)
    if (op === 'list') {
      if (!full && grant.read === 'none') return '403'
      const visible = [...records.get(slug)!.values()].filter((r) => full || reaches(grant.read, tester, r))
      return `200:${visible.length}`
    }
    if (op === 'read')
      return full || reaches(grant.read, tester, record!) ? '200' : grant.read === 'none' ? '403' : '404'
    if (op === 'create') {
      if (!full && !grant.create) return '403'
      const rule = parentRuleOf(slug)
      if (!rule) return '201'
      // The parent is the tester's own record: judged by the parent collection's rows.
      const parentFull = isFull(role, ownershipOf(rule.collection))
      const parentGrant = grantOf(role, rule.collection)
      const own: Facts = { id: 0, owners: [tester.user.id as number], team: tester.team }
      if (!parentFull && !reaches(parentGrant.read, tester, own)) return '404'
      if (rule.need === 'update' && !parentFull && !reaches(parentGrant.update, tester, own)) return '403'
      return '201'
    }
    return full || reaches(grant[op], tester, record!) ? '200' : '403'
  }

  const gqlNames = (slug: string) => {
    const graphQL = payload.collections[slug as 'users'].config.graphQL as {
      singularName?: string
      pluralName?: string
    }
    const names = formatNames(slug)
    const singular = graphQL?.singularName ?? names.singular
    const plural = graphQL?.pluralName ?? names.plural
    return { singular, plural: plural === singular ? `all${singular}` : plural }
  }

  /** A status, with the message where it is not a plain refusal (so a mismatch tells what went wrong). */
  const described = (status: number, message: unknown) =>
    [403, 404].includes(status) ? String(status) : `${status} ${JSON.stringify(message)}`
  const statusOfError = (error: unknown) =>
    described((error as { status?: number }).status ?? 500, [(error as Error).message, (error as Doc).data])
  const gqlStatus = (body: Doc, ok: string) =>
    body?.errors?.length ? described(body.errors[0].extensions?.statusCode ?? 500, body.errors[0]) : ok
  const restStatus = ({ status, body }: { status: number; body: Doc }) =>
    status < 300 ? String(status) : described(status, body)

  /** Runs one operation through one interface and reduces the answer to what `expected` gives. */
  async function answer(
    via: Interface,
    tester: Tester,
    slug: string,
    op: Operation,
    target?: { id: number; data?: Doc },
  ): Promise<string> {
    const asUser = { user: tester.user, overrideAccess: false, depth: 0 } as const
    const collection = slug as 'users'
    const { singular, plural } = gqlNames(slug)
    const upload = Boolean(payload.collections[collection].config.upload)
    if (op === 'list') {
      const ids = [...records.get(slug)!.values()].map((r) => r.id)
      if (via === 'local')
        return payload
          .find({ collection, where: { id: { in: ids } }, limit: 1000, ...asUser })
          .then((r) => `200:${r.totalDocs}`, statusOfError)
      if (via === 'rest') {
        const { status, body } = await api('GET', `${slug}?where[id][in]=${ids.join(',')}&limit=1000&depth=0`, {
          token: tester.token,
        })
        return status === 200 ? `200:${body.totalDocs}` : restStatus({ status, body })
      }
      // GraphQL offers no `in` on numeric ids: the same set, spelled as alternatives.
      const { body } = await graphql(
        `query ($where: ${singular}_where) { ${plural}(where: $where, limit: 1000) { totalDocs } }`,
        tester.token,
        { where: { OR: ids.map((id) => ({ id: { equals: id } })) } },
      )
      return body?.errors?.length ? gqlStatus(body, '') : `200:${body.data[plural].totalDocs}`
    }
    const id = target?.id
    if (op === 'read') {
      if (via === 'local') return payload.findByID({ collection, id: id!, ...asUser }).then(() => '200', statusOfError)
      if (via === 'rest') return restStatus(await api('GET', `${slug}/${id}?depth=0`, { token: tester.token }))
      return gqlStatus((await graphql(`query { ${singular}(id: ${id}) { id } }`, tester.token)).body, '200')
    }
    if (op === 'update') {
      const data = target!.data!
      if (via === 'local')
        return payload.update({ collection, id: id!, data: data as never, ...asUser }).then(() => '200', statusOfError)
      if (via === 'rest')
        return restStatus(await api('PATCH', `${slug}/${id}?depth=0`, { token: tester.token, body: data }))
      const mutation = `mutation ($data: mutation${singular}UpdateInput!) { update${singular}(id: ${id}, data: $data) { id } }`
      return gqlStatus((await graphql(mutation, tester.token, { data })).body, '200')
    }
    if (op === 'delete') {
      if (via === 'local') return payload.delete({ collection, id: id!, ...asUser }).then(() => '200', statusOfError)
      if (via === 'rest') return restStatus(await api('DELETE', `${slug}/${id}`, { token: tester.token }))
      return gqlStatus((await graphql(`mutation { delete${singular}(id: ${id}) { id } }`, tester.token)).body, '200')
    }
    const data = target!.data!
    if (via === 'local')
      return payload
        .create({
          collection,
          data: data as never,
          ...(upload
            ? { file: { data: PNG, mimetype: 'image/png', name: `${unique('f')}.png`, size: PNG.length } }
            : {}),
          ...asUser,
        })
        .then(() => '201', statusOfError)
    if (via === 'rest') {
      if (!upload) return restStatus(await api('POST', `${slug}?depth=0`, { token: tester.token, body: data }))
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), `${unique('f')}.png`)
      form.append('_payload', JSON.stringify(data))
      return restStatus(await rawApi('POST', slug, { token: tester.token, body: form }))
    }
    const mutation = `mutation ($data: mutation${singular}Input!) { create${singular}(data: $data) { id } }`
    const config = payload.collections[collection].config as unknown as CollectionConfig
    return gqlStatus((await graphql(mutation, tester.token, { data: graphqlData(config, data) })).body, '201')
  }

  it('answers every cell as the rows say, on the local API, REST and GraphQL', { timeout: 1_200_000 }, async () => {
    const mismatches: string[] = []
    let cells = 0
    const started = Date.now()

    async function check(tester: Tester, slug: string, op: string, via: Interface, want: string, got: Promise<string>) {
      cells++
      const value = await got
      if (value !== want)
        mismatches.push(
          `${tester.role.key} (${tester.user.email}) / ${slug} / ${op} / ${via}: expected ${want}, got ${value}`,
        )
    }

    async function cellsFor(tester: Tester, config: CollectionConfig) {
      const slug = config.slug
      const known = records.get(slug)!
      const others = testers.filter((t) => t.user.id !== tester.user.id)
      const sameTeam = others.find((t) => tester.team !== null && t.team === tester.team)
      const otherTeam = others.find((t) => t.team !== tester.team)
      const targets = { own: tester, sameTeam, otherTeam }
      const field = updateFieldOf(config)

      const upload = Boolean(config.upload)
      for (const via of INTERFACES) {
        await check(tester, slug, 'read list', via, expected(tester, slug, 'list'), answer(via, tester, slug, 'list'))
        for (const [name, owner] of Object.entries(targets)) {
          if (!owner) continue
          const record = known.get(owner.user.id as number)!
          await check(
            tester,
            slug,
            `read ${name}`,
            via,
            expected(tester, slug, 'read', record),
            answer(via, tester, slug, 'read', record),
          )
          await check(
            tester,
            slug,
            `update ${name}`,
            via,
            expected(tester, slug, 'update', record),
            answer(via, tester, slug, 'update', { id: record.id, data: { [field]: `${via} ${unique('u')}` } }),
          )
        }
        if (!(via === 'graphql' && upload && EXCEPTIONS.noGraphqlUpload))
          await check(
            tester,
            slug,
            'create',
            via,
            expected(tester, slug, 'create'),
            dataFor(slug, tester).then((data) => answer(via, tester, slug, 'create', { id: 0, data })),
          )
        for (const [name, owner] of Object.entries(targets)) {
          if (!owner || (name === 'own' && EXCEPTIONS.noDeleteOwn.has(slug))) continue
          const shared = known.get(owner.user.id as number)!
          const want = expected(tester, slug, 'delete', shared)
          // A delete that should succeed gets a fresh record like the shared one; a refused one may try the shared one.
          const victim =
            want === '200' ? factsOf(slug, await makeRecord(slug === 'users' ? 'users' : slug, owner)) : shared
          await check(tester, slug, `delete ${name}`, via, want, answer(via, tester, slug, 'delete', victim))
        }
      }
    }

    await inBatches(
      roles.map((role) => async () => {
        for (const tester of testers.filter((t) => t.role.id === role.id))
          for (const config of collections) await cellsFor(tester, config)
      }),
      4,
    )

    console.log(
      `[matrix] ${roles.length} roles (${testers.length} users) × ${collections.length} collections × 6 operations × ${INTERFACES.length} interfaces = ${cells} cells in ${Math.round((Date.now() - started) / 1000)} s`,
    )
    expect(mismatches).toEqual([])
  })

  it(
    'shows in exports, PDFs, calendars, my work and reports only what the list shows',
    { timeout: 600_000 },
    async () => {
      const mismatches: string[] = []
      const counted = { export: 0, pdf: 0, calendar: 0, myWork: 0, reports: 0 }
      const settings = (await payload.findGlobal({ slug: 'settings' as never, depth: 0 })) as Doc
      const timeZone: string = settings.time?.timeZone ?? 'Europe/Bucharest'
      const today = dayIn(new Date(), timeZone)
      const mayUse = (tester: Tester, fn: ModuleFunction) =>
        tester.role.key === 'admin' || !!tester.role.functions?.includes(fn)
      const readable = async (tester: Tester, slug: string, id: number) =>
        payload
          .findByID({
            collection: slug as 'users',
            id,
            depth: 0,
            user: tester.user,
            overrideAccess: false,
            disableErrors: true,
          })
          .then(Boolean, () => false)
      const endpointsOf = (config: CollectionConfig) => (config.endpoints || []).map((e) => `${e.method} ${e.path}`)

      for (const tester of testers) {
        const who = `${tester.role.key} (${tester.user.email})`
        for (const config of collections) {
          const slug = config.slug
          const known = records.get(slug)!
          const endpoints = endpointsOf(config)
          if (endpoints.includes('get /export')) {
            counted.export++
            const list = expected(tester, slug, 'list')
            const want = mayUse(tester, 'export') && list !== '403' ? list : '403'
            const ids = [...known.values()].map((r) => r.id).join(',')
            const response = await rawGet(`${slug}/export?where[id][in]=${ids}`, tester.token)
            let got = String(response.status)
            if (response.ok) {
              const workbook = new ExcelJS.Workbook()
              await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
              got = `200:${workbook.worksheets[0].actualRowCount - 1}`
            }
            if (got !== want) mismatches.push(`${who} / ${slug} / export: expected ${want}, got ${got}`)
          }
          // A PDF is slow to make: one record the tester reads and one they may not, where there is one.
          const all = [...known.values()]
          const samples = [
            all.find((r) => expected(tester, slug, 'read', r) === '200'),
            all.find((r) => expected(tester, slug, 'read', r) !== '200'),
          ].filter((r): r is Facts => !!r)
          if (endpoints.includes('get /:id/pdf'))
            for (const record of samples) {
              counted.pdf++
              const want = expected(tester, slug, 'read', record) === '200'
              const { status } = await rawGet(`${slug}/${record.id}/pdf`, tester.token)
              if ((status === 200) !== want || status >= 500)
                mismatches.push(
                  `${who} / ${slug} #${record.id} / pdf: ${want ? 'readable' : 'refused'} expected, got ${status}`,
                )
            }
        }

        // Everyone's calendar the tester asks for: what it shows, the tester may open.
        for (const owner of testers) {
          const path = `calendar/events?from=${addDays(today, -2)}&to=${addDays(today, 60)}&user=${owner.user.id}`
          const { status, body } = await api('GET', path, { token: tester.token })
          if (status >= 500 || (status !== 200 && owner === tester))
            mismatches.push(`${who} / calendar of ${owner.user.email}: ${status}`)
          for (const event of status === 200 ? body.events : []) {
            counted.calendar++
            if (!(await readable(tester, event.collection, event.recordId)))
              mismatches.push(`${who} / calendar of ${owner.user.email} shows ${event.collection} #${event.recordId}`)
          }
        }

        const { body: work } = await api('GET', 'my-work', { token: tester.token })
        for (const source of modulesOf(payload).myWorkSources) {
          const section = work[source.key]
          const lists = expected(tester, source.collection, 'list') !== '403'
          if (section.readable !== lists)
            mismatches.push(
              `${who} / my work ${source.key}: readable ${section.readable}, the list ${lists ? 'reads' : 'refuses'}`,
            )
          for (const row of section.rows as { id: number }[]) {
            counted.myWork++
            if (!(await readable(tester, source.collection, row.id)))
              mismatches.push(`${who} / my work ${source.key} shows ${source.collection} #${row.id}`)
          }
        }

        if (payload.collections['tickets' as 'users'] && mayUse(tester, 'reports')) {
          counted.reports++
          const { status, body } = await api('GET', `tickets/reports?from=${today}&to=${today}`, {
            token: tester.token,
          })
          // Reports over tickets the list refuses count none (or are refused).
          const lists = expected(tester, 'tickets', 'list') !== '403'
          const { totalDocs } = !lists
            ? { totalDocs: 0 }
            : await payload.count({
                collection: 'tickets' as 'users',
                where: {
                  createdAt: {
                    greater_than_equal: instantAt(today, '00:00', timeZone).toISOString(),
                    less_than: instantAt(addDays(today, 1), '00:00', timeZone).toISOString(),
                  },
                },
                user: tester.user,
                overrideAccess: false,
              })
          const reported =
            status === 403 && !lists
              ? 0
              : status === 200
                ? (body.tables.byState.rows as { total?: boolean; count: number }[])
                    .filter((row) => !row.total)
                    .reduce((sum, row) => sum + row.count, 0)
                : `status ${status}`
          if (reported !== totalDocs)
            mismatches.push(`${who} / ticket reports: ${reported} tickets today, the list has ${totalDocs}`)
        }
      }
      console.log(`[matrix] derived views checked: ${JSON.stringify(counted)}`)
      expect(counted.calendar + counted.myWork).toBeGreaterThan(0)
      expect(mismatches).toEqual([])
    },
  )

  it('applies a role edited by an administrator on the next request, on every interface', async () => {
    const tester = testers.find((t) => t.role.key !== 'admin' && grantOf(t.role, 'clients').read !== 'none')!
    const slug = 'clients'
    const adminToken = testers.find((t) => t.role.key === 'admin')!.token
    const original = tester.role.permissions!
    const restore = () =>
      api('PATCH', `roles/${tester.role.id}`, { token: adminToken, body: { permissions: original } })
    onTestFinished(async () => {
      expect((await restore()).status).toBe(200)
    })
    const before = expected(tester, slug, 'list')
    for (const via of INTERFACES) expect(await answer(via, tester, slug, 'list'), via).toBe(before)

    const edited = original.map((p) => (p.collection === slug ? { ...p, read: 'none' as Scope } : p))
    const patch = await api('PATCH', `roles/${tester.role.id}`, { token: adminToken, body: { permissions: edited } })
    expect(patch.status).toBe(200)
    for (const via of INTERFACES) expect(await answer(via, tester, slug, 'list'), via).toBe('403')
    const own = records.get(slug)!.get(tester.user.id as number)!
    for (const via of INTERFACES) expect(await answer(via, tester, slug, 'read', own), via).toBe('403')

    expect((await restore()).status).toBe(200)
    for (const via of INTERFACES) expect(await answer(via, tester, slug, 'list'), via).toBe(before)
  })
})

/** Runs the tasks at most `width` at a time: the database pool is small. */
async function inBatches(tasks: (() => Promise<void>)[], width: number) {
  const queue = [...tasks]
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (queue.length) await queue.shift()!()
    }),
  )
}
