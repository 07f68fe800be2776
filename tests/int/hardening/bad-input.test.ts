import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, SanitizedCollectionConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { login, rawApi, rawGraphql, type Answer } from '../../helpers/http'
import { testPayload } from '../../helpers/payload'

/**
 * Issue 10 §6: bad input never answers 5xx. The collections and endpoints come from the built
 * configuration, so a collection or endpoint added later is swept too.
 */

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
interface Shot {
  method: Method
  path: string
  body?: BodyInit | null
  contentType?: string | null
  label: string
}

const BAD_IDS = ['abc', '2147483648', '1.5']
const JSON_TYPE = 'application/json'

/** Bodies that are not a JSON object, in every way a client gets it wrong. */
const badBodies = (): Omit<Shot, 'method' | 'path'>[] => {
  const broken = new FormData()
  broken.append('_payload', '{not json')
  return [
    { body: 'null', contentType: JSON_TYPE, label: 'json null' },
    { body: '"a string"', contentType: JSON_TYPE, label: 'json string' },
    { body: '[1,2]', contentType: JSON_TYPE, label: 'json array' },
    { body: '{"broken": ', contentType: JSON_TYPE, label: 'malformed json' },
    { body: 'just text', contentType: 'text/plain', label: 'text/plain' },
    { body: 'name=x&owner=99999', contentType: 'application/x-www-form-urlencoded', label: 'urlencoded' },
    {
      body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{',
      contentType: 'multipart/form-data; boundary=x',
      label: 'broken multipart',
    },
    { body: broken, contentType: null, label: 'multipart with broken _payload' },
  ]
}

const BAD_QUERIES = [
  'page=-1',
  'limit=-1&page=1.5&depth=-1',
  'sort=nonexistent',
  'where[id][in][]=abc',
  'where[id][equals]=2147483648',
  'where=string',
  'where[id][bogus]=1',
  'where[createdAt][equals]=not-a-date',
  'where[or]=string&where[and][0]=x',
]
// Bulk writes with a filter that is wrong: refused, never applied to everything.
const BAD_BULK_QUERIES = ['where=string', 'where[id][in][]=abc', 'where[id][bogus]=1', 'where[or]=string']

const jsonOf = (value: unknown) => ({ body: JSON.stringify(value), contentType: JSON_TYPE })
const messageOf = (answer: Answer): string =>
  String(answer.body?.errors?.[0]?.message ?? answer.body?.message ?? answer.body?.error ?? '')

const FAR_ID = 99999

/** The shapes thrown at one collection: ids in the path, list queries, bodies, per-field values. */
function collectionShots(collection: SanitizedCollectionConfig, existingId: number | string): Shot[] {
  const slug = collection.slug
  const shots: Shot[] = []
  for (const id of BAD_IDS) {
    shots.push({ method: 'GET', path: `${slug}/${id}`, label: 'bad id' })
    shots.push({ method: 'PATCH', path: `${slug}/${id}`, ...jsonOf({ notes: 'x' }), label: 'bad id' })
    shots.push({ method: 'DELETE', path: `${slug}/${id}`, label: 'bad id' })
  }
  for (const query of BAD_QUERIES) shots.push({ method: 'GET', path: `${slug}?${query}`, label: 'bad query' })
  for (const query of BAD_BULK_QUERIES) {
    shots.push({ method: 'PATCH', path: `${slug}?${query}`, ...jsonOf({}), label: 'bulk with bad query' })
    shots.push({ method: 'DELETE', path: `${slug}?${query}`, label: 'bulk with bad query' })
  }
  for (const bad of badBodies()) shots.push({ method: 'POST', path: slug, ...bad })
  for (const bad of badBodies().slice(0, 3)) shots.push({ method: 'PATCH', path: `${slug}/${existingId}`, ...bad })
  for (const field of collection.flattenedFields) {
    if (!('name' in field) || field.name === 'id') continue
    const target = `${slug}/${existingId}`
    if (field.type === 'relationship' || field.type === 'upload') {
      const polymorphic = Array.isArray(field.relationTo)
      const one = polymorphic ? { relationTo: (field.relationTo as string[])[0], value: FAR_ID } : FAR_ID
      const value = field.hasMany ? [one] : one
      shots.push({ method: 'POST', path: slug, ...jsonOf({ [field.name]: value }), label: `missing ${field.name}` })
      shots.push({ method: 'PATCH', path: target, ...jsonOf({ [field.name]: value }), label: `missing ${field.name}` })
      shots.push({
        method: 'PATCH',
        path: target,
        ...jsonOf({ [field.name]: polymorphic ? { relationTo: 'x', value: 'abc' } : 2147483648 }),
        label: `bad id in ${field.name}`,
      })
      shots.push({
        method: 'GET',
        path: `${slug}?where[${field.name}][in][]=abc&where[${field.name}][not_in][]=2147483648`,
        label: `bad id in where ${field.name}`,
      })
    }
    if (field.type === 'date') {
      shots.push({
        method: 'PATCH',
        path: target,
        ...jsonOf({ [field.name]: '2026-02-31T25:61:00' }),
        label: `bad date ${field.name}`,
      })
      shots.push({
        method: 'GET',
        path: `${slug}?where[${field.name}][less_than]=yesterday`,
        label: `bad date in where ${field.name}`,
      })
    }
    if (field.type === 'text' || field.type === 'textarea' || field.type === 'email') {
      shots.push({
        method: 'PATCH',
        path: target,
        ...jsonOf({ [field.name]: 'a\u0000b' }),
        label: `NUL in ${field.name}`,
      })
    }
    if (field.type === 'number') {
      shots.push({
        method: 'PATCH',
        path: target,
        ...jsonOf({ [field.name]: 1e308 }),
        label: `huge number ${field.name}`,
      })
    }
  }
  return shots
}

/** Custom endpoints (root and per collection) with bad path params, junk queries and bad bodies. */
function endpointShots(prefix: string, endpoints: { path: string; method: string }[]): Shot[] {
  const shots: Shot[] = []
  for (const endpoint of endpoints) {
    const method = endpoint.method.toUpperCase() as Method
    if (!['GET', 'POST', 'PATCH', 'DELETE'].includes(method)) continue
    // Logging out would end the session the sweep runs with.
    if (endpoint.path.includes('logout')) continue
    const params = endpoint.path.match(/:\w+/g) ?? []
    const values = params.length ? BAD_IDS : ['']
    for (const value of values) {
      const path = `${prefix}${endpoint.path.replace(/:\w+/g, value)}`.replace(/^\//, '')
      const query =
        '?from=abc&to=2026-99-99&user=abc&id=1.5&page=-1&limit=-1&where=string&columns=abc&team=2147483648&type=%00'
      shots.push({ method, path: path + query, label: `endpoint ${endpoint.path}` })
      if (method !== 'GET' && method !== 'DELETE') {
        const bodies = params.length ? badBodies().slice(0, 1) : badBodies()
        for (const bad of bodies) shots.push({ method, path, ...bad, label: `endpoint ${endpoint.path} ${bad.label}` })
        shots.push({
          method,
          path,
          ...jsonOf({
            transition: 123,
            comment: ['x'],
            template: 'abc',
            client: 2147483648,
            assignee: 'abc',
            ticket: 1.5,
            id: 'abc',
          }),
          label: `endpoint ${endpoint.path} bad fields`,
        })
      }
    }
  }
  return shots
}

async function countAll(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    // Sessions and preferences move with logins; everything else must stay as it was.
    if (collection.slug === 'payload-preferences' || collection.slug === 'payload-jobs') continue
    counts[collection.slug] = (await payload.count({ collection: collection.slug as never })).totalDocs
  }
  return counts
}

describe('never 5xx on bad input (issue 10 §6)', () => {
  let payload: Payload
  const tokens: Record<string, string | undefined> = {}

  beforeAll(async () => {
    payload = await testPayload()
    tokens.admin = await login('admin@organizecrm.test')
    tokens.sales = await login('sales@organizecrm.test')
    tokens.anonymous = undefined
  })

  it('answers the attack list with 400/404 and a message in the caller language, nothing written', async () => {
    const before = await countAll(payload)
    const cases: (Shot & { role?: 'admin' | 'sales' | 'anonymous' })[] = [
      { method: 'GET', path: 'clients/abc', label: 'text id' },
      { method: 'GET', path: 'offers/2147483648', label: 'out of range id' },
      { method: 'GET', path: 'tickets/1.5', label: 'fraction id' },
      { method: 'PATCH', path: 'clients/abc', ...jsonOf({ name: 'x' }), label: 'text id' },
      { method: 'DELETE', path: 'offers/2147483648', label: 'out of range id' },
      {
        method: 'POST',
        path: 'clients',
        ...jsonOf({ name: 'Owner missing SRL', owner: FAR_ID }),
        label: 'missing owner',
      },
      { method: 'GET', path: 'clients?page=-1', label: 'page -1' },
      { method: 'GET', path: 'clients?limit=-1', label: 'limit -1' },
      { method: 'GET', path: 'clients?where[id][in][]=abc', label: 'in abc' },
      { method: 'GET', path: 'clients?where=string', label: 'where string' },
      { method: 'GET', path: 'clients?where[name][bogus]=1', label: 'unknown operator' },
      { method: 'GET', path: 'clients?where[createdAt][equals]=not-a-date', label: 'bad date in where' },
      { method: 'POST', path: 'clients', body: 'null', contentType: JSON_TYPE, label: 'null body' },
      { method: 'POST', path: 'clients', body: '"x"', contentType: JSON_TYPE, label: 'string body' },
      { method: 'POST', path: 'clients', body: 'name=x', contentType: 'text/plain', label: 'text/plain' },
      { method: 'POST', path: 'clients', body: '<a/>', contentType: 'application/xml', label: 'xml' },
      {
        method: 'POST',
        path: 'clients',
        body: 'name=x',
        contentType: 'application/x-www-form-urlencoded',
        label: 'urlencoded',
      },
      {
        method: 'POST',
        path: 'clients',
        body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{',
        contentType: 'multipart/form-data; boundary=x',
        label: 'broken multipart',
      },
      { method: 'POST', path: 'clients', ...jsonOf({ name: 'Nul\u0000SRL' }), label: 'NUL in text' },
      { method: 'POST', path: 'tickets', ...jsonOf({ title: 'Bad date', dueAt: 'not-a-date' }), label: 'bad date' },
      { method: 'GET', path: 'media/file/missing-file.png', label: 'missing media file' },
      { method: 'GET', path: 'access', role: 'anonymous', label: 'anonymous access' },
    ]
    const wrong: string[] = []
    for (const shot of cases) {
      const token = tokens[shot.role ?? 'admin']
      const en = await rawApi(shot.method, shot.path, {
        token,
        body: shot.body,
        contentType: shot.contentType,
        language: 'en',
      })
      const ro = await rawApi(shot.method, shot.path, {
        token,
        body: shot.body,
        contentType: shot.contentType,
        language: 'ro',
      })
      const problem = ![400, 401, 404].includes(en.status)
        ? `answered ${en.status}`
        : !messageOf(en) || messageOf(en) === messageOf(ro)
          ? `message not translated: "${messageOf(en)}" / "${messageOf(ro)}"`
          : /select|insert|update |violates|syntax|constraint|column|relation "/i.test(messageOf(en) + messageOf(ro))
            ? `internal detail in "${messageOf(en)}"`
            : null
      if (problem) wrong.push(`${shot.method} /api/${shot.path} (${shot.label}): ${problem}`)
    }
    const graph: [string, Answer][] = [
      [
        'page:-5',
        await rawGraphql(JSON.stringify({ query: '{ Clients(page: -5) { totalPages docs { id } } }' }), {
          token: tokens.admin,
        }),
      ],
      [
        'limit:-1',
        await rawGraphql(JSON.stringify({ query: '{ Clients(limit: -1) { totalPages docs { id } } }' }), {
          token: tokens.admin,
        }),
      ],
      ['malformed JSON', await rawGraphql('{"query": "{ Clients { docs { id } } ', { token: tokens.admin })],
      [
        'text body',
        await rawGraphql('{ Clients { docs { id } } }', { token: tokens.admin, contentType: 'text/plain' }),
      ],
      ['null body', await rawGraphql('null', { token: tokens.admin })],
    ]
    for (const [label, answer] of graph) {
      if (answer.status >= 500) wrong.push(`GraphQL ${label}: answered ${answer.status}`)
      else if (answer.status === 200 && !answer.body?.errors?.length)
        wrong.push(`GraphQL ${label}: accepted ${JSON.stringify(answer.body).slice(0, 120)}`)
    }
    expect(wrong).toEqual([])
    expect(await countAll(payload)).toEqual(before)
  })

  it('answers 404 for a file whose record exists but whose bytes are gone from the disk', async () => {
    // A 1×1 transparent PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    )
    const media = (await payload.create({
      collection: 'media',
      data: { alt: 'soon gone' },
      file: { data: png, mimetype: 'image/png', name: `gone-${Date.now()}.png`, size: png.length },
    })) as unknown as { id: number; filename: string }
    const staticDir = (payload.collections.media.config.upload as { staticDir: string }).staticDir
    await rm(path.join(staticDir, media.filename))
    try {
      for (const language of ['en', 'ro']) {
        const answer = await rawApi('GET', `media/file/${media.filename}`, { token: tokens.admin, language })
        expect(answer.status).toBe(404)
        expect(messageOf(answer)).toMatch(language === 'ro' ? /lipsește/ : /missing/)
      }
    } finally {
      await payload.delete({ collection: 'media', id: media.id })
    }
  })

  it('answers no 5xx to any shape thrown at any collection or endpoint, for any caller, and writes nothing', async () => {
    const before = await countAll(payload)
    const shots: Shot[] = []
    // Payload's own endpoints (the same handler in every collection) are swept on two collections,
    // one with sign-in and one without; every other endpoint is ours and swept where it is.
    type AnyEndpoint = { path: string; method: string; handler: unknown }
    const uses = new Map<unknown, number>()
    for (const collection of payload.config.collections) {
      for (const endpoint of (collection.endpoints || []) as AnyEndpoint[])
        uses.set(endpoint.handler, (uses.get(endpoint.handler) ?? 0) + 1)
    }
    const isPayloadOwn = (endpoint: AnyEndpoint) => (uses.get(endpoint.handler) ?? 0) > 2
    // A huge number is a number the database stores: the records it lands on get their numbers
    // back after the sweep, so later files read the demo data as seeded.
    const targets: { slug: string; doc: Record<string, unknown> }[] = []
    for (const collection of payload.config.collections) {
      const first = await payload.find({ collection: collection.slug as never, limit: 1, depth: 0, pagination: false })
      const doc = first.docs[0] as Record<string, unknown> | undefined
      if (doc) targets.push({ slug: collection.slug, doc })
      shots.push(...collectionShots(collection, (doc?.id as number | undefined) ?? 1))
      const all = (collection.endpoints || []) as AnyEndpoint[]
      const swept = ['clients', 'users'].includes(collection.slug)
        ? all
        : all.filter((endpoint) => !isPayloadOwn(endpoint))
      shots.push(...endpointShots(`/${collection.slug}`, swept))
    }
    for (const global of payload.config.globals) {
      for (const bad of badBodies()) shots.push({ method: 'POST', path: `globals/${global.slug}`, ...bad })
      shots.push({ method: 'GET', path: `globals/${global.slug}?depth=-1&locale=%00`, label: 'bad query' })
    }
    shots.push(...endpointShots('', (payload.config.endpoints || []) as { path: string; method: string }[]))

    const failures: string[] = []
    const started = Date.now()
    for (const role of ['admin', 'sales', 'anonymous'] as const) {
      // Without a session nearly everything stops at 401, and a user with fewer rights mostly stops
      // at 403/404 before the database: samples of the shapes are enough for them.
      const mine =
        role === 'anonymous'
          ? shots.filter((_, i) => i % 7 === 0)
          : role === 'sales'
            ? shots.filter((_, i) => i % 2 === 0)
            : shots
      for (const shot of mine) {
        const answer = await rawApi(shot.method, shot.path, {
          token: tokens[role],
          body: shot.body,
          contentType: shot.contentType,
        })
        if (answer.status >= 500)
          failures.push(
            `${role} ${shot.method} /api/${shot.path} (${shot.label}) → ${answer.status} ${messageOf(answer)}`,
          )
      }
    }
    const graphQueries = payload.config.collections
      .filter((c) => c.graphQL !== false && c.graphQL?.pluralName)
      .flatMap((c) => {
        const plural = (c.graphQL as { pluralName: string }).pluralName
        const singular = (c.graphQL as { singularName: string }).singularName
        return [
          `{ ${plural}(page: -5) { totalPages } }`,
          `{ ${plural}(limit: -1) { totalPages } }`,
          `{ ${plural}(where: { id: { in: [2147483648] } }) { totalDocs } }`,
          `{ ${singular}(id: 2147483648) { id } }`,
        ]
      })
    for (const role of ['admin', 'sales'] as const) {
      for (const query of graphQueries) {
        const answer = await rawGraphql(JSON.stringify({ query }), { token: tokens[role] })
        const serverError =
          answer.status >= 500 ||
          (answer.body?.errors ?? []).some(
            (e: { extensions?: { statusCode?: number } }) => (e.extensions?.statusCode ?? 0) >= 500,
          )
        if (serverError)
          failures.push(
            `${role} GraphQL ${query} → ${answer.status} ${JSON.stringify(answer.body?.errors?.[0] ?? {}).slice(0, 160)}`,
          )
      }
    }
    for (const { slug, doc } of targets) {
      const fields = payload.collections[slug as 'users'].config.flattenedFields
      const numbers = fields.filter((field) => field.type === 'number' && !field.hasMany).map((field) => field.name)
      if (numbers.length === 0) continue
      // Records the application itself ends meanwhile (a queued job that ran) have nothing to restore.
      const now = (await payload.findByID({
        collection: slug as 'users',
        id: doc.id as number,
        depth: 0,
        disableErrors: true,
      })) as unknown as Record<string, unknown> | null
      if (!now) continue
      const changed = numbers.filter((name) => (now[name] ?? null) !== (doc[name] ?? null))
      if (changed.length)
        await payload.update({
          collection: slug as 'users',
          id: doc.id as number,
          data: Object.fromEntries(changed.map((name) => [name, doc[name] ?? null])) as never,
          depth: 0,
        })
    }
    console.log(
      `[bad-input] ${shots.length} shapes, ${failures.length} answers of 5xx, ${Math.round((Date.now() - started) / 1000)} s`,
    )
    if (failures.length) console.log(failures.join('\n'))
    expect(failures).toEqual([])
    expect(await countAll(payload)).toEqual(before)
  }, 1_200_000)
})
