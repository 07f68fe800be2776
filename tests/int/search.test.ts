import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SearchAnswer, SearchGroup } from '@/hooks/search/types'
import { searchWindow } from '@/hooks/search/window'
import { freshCui, uniqueMark } from '../helpers/crm'
import { api, login, rawApi } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

type Who =
  'admin' | 'sales' | 'sales2' | 'salesManager' | 'supportAgent' | 'supportAgent2' | 'projectManager' | 'viewer'
const EMAIL: Record<Who, string> = {
  admin: 'admin@organizecrm.test',
  sales: 'sales@organizecrm.test',
  sales2: 'sales2@organizecrm.test',
  salesManager: 'sales-manager@organizecrm.test',
  supportAgent: 'support-agent@organizecrm.test',
  supportAgent2: 'support-agent2@organizecrm.test',
  projectManager: 'project-manager@organizecrm.test',
  viewer: 'viewer@organizecrm.test',
}

/**
 * The global search (R34, GET /api/search): every kind, without diacritics or case, a fiscal code
 * with or without its RO, only what the reader's own lists show, and refusals that say why.
 * Every record here carries this run's mark, so what other files count is untouched and what
 * other files made never matches.
 */
describe('global search', () => {
  const token = {} as Record<Who, string>
  // Lower case letters and digits only: the mark is itself a word of the queries.
  const mark = uniqueMark('cauta').toLowerCase()
  const cui = freshCui()
  const cuiWithRo = freshCui()
  const ids = {} as Record<
    | 'clientOfSales'
    | 'clientOfSales2'
    | 'clientWithRo'
    | 'percent'
    | 'percentLookalike'
    | 'contact'
    | 'opportunity'
    | 'offer'
    | 'contract'
    | 'project'
    | 'ticketOfSupport'
    | 'ticketOfWest',
    number
  >
  let payload: Payload

  const search = async (who: Who, q: string, extra = '') => {
    const answer = await api('GET', `search?q=${encodeURIComponent(q)}${extra}`, { token: token[who] })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return answer.body as SearchAnswer
  }
  const group = (answer: SearchAnswer, kind: string): SearchGroup | undefined =>
    answer.groups.find((g) => g.kind === kind)
  const idsIn = (answer: SearchAnswer, kind: string) =>
    (group(answer, kind)?.items ?? []).map((item) => Number(item.id)).sort((a, b) => a - b)
  /** What the reader's own list of the collection shows for a search (this run's mark by default). */
  const listed = async (who: Who, collection: string, field: string, q = mark) => {
    const answer = await api('GET', `${collection}?depth=0&limit=100&where[${field}][like]=${encodeURIComponent(q)}`, {
      token: token[who],
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return (answer.body.docs as { id: number }[]).map((doc) => Number(doc.id)).sort((a, b) => a - b)
  }
  const created = (answer: { status: number; body: { doc?: { id: number } } }) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    return answer.body.doc!.id
  }

  beforeAll(async () => {
    payload = await testPayload()
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(EMAIL[who])
    const post = (who: Who, collection: string, body: Record<string, unknown>) =>
      api('POST', `${collection}?depth=0`, { token: token[who], body }).then(created)

    // Comma-below ș and ț, as Romanian keyboards type them.
    ids.clientOfSales = await post('sales', 'clients', { name: `Construcții Ștefan ${mark} SRL`, fiscalCode: cui })
    ids.clientOfSales2 = await post('sales2', 'clients', { name: `Construcții Vest ${mark} SA` })
    // Entered with its RO: stored without it (clients/hooks.ts).
    ids.clientWithRo = await post('sales', 'clients', { name: `Depozit ${mark}`, fiscalCode: `RO${cuiWithRo}` })
    ids.percent = await post('sales', 'clients', { name: `Reducere 50% ${mark}` })
    ids.percentLookalike = await post('sales', 'clients', { name: `Reducere 500 ${mark}` })
    ids.contact = await post('sales', 'contacts', {
      name: `Ștefan Țăranu ${mark}`,
      client: ids.clientOfSales,
      email: `stefan.${mark}@exemplu.ro`,
      phone: '0722 555 019',
    })
    const stage = await payload.find({
      collection: 'nomenclators',
      where: { list: { equals: 'opportunity-stages' } },
      limit: 1,
      depth: 0,
    })
    ids.opportunity = await post('sales', 'opportunities', {
      title: `Extindere rețea ${mark}`,
      client: ids.clientOfSales,
      stage: stage.docs[0].id,
    })
    ids.offer = await post('sales', 'offers', {
      title: `Ofertă ${mark}`,
      subject: `Mentenanță anuală a instalațiilor ${mark}`,
      client: ids.clientOfSales,
    })
    ids.contract = await post('sales', 'contracts', {
      title: `Contract-cadru întreținere ${mark}`,
      client: ids.clientOfSales,
    })
    const manager = await userByEmail(payload, EMAIL.projectManager)
    ids.project = (
      await payload.create({
        collection: 'projects',
        data: { name: `Implementare îmbunătățită ${mark}`, client: ids.clientOfSales, manager: manager.id },
        depth: 0,
      })
    ).id
    const type = (await payload.find({ collection: 'ticket-types', limit: 1, depth: 0 })).docs[0]
    ids.ticketOfSupport = await post('supportAgent', 'tickets', {
      title: `Reclamație șantier ${mark}`,
      type: type.id,
      client: ids.clientOfSales,
    })
    ids.ticketOfWest = await post('supportAgent2', 'tickets', {
      title: `Reclamație depozit ${mark}`,
      type: type.id,
      client: ids.clientOfSales2,
    })
  })

  it('finds a client whatever the diacritics and case of the query', async () => {
    for (const q of [`constructii ${mark}`, `CONSTRUCTII ${mark}`, `Construcţii ${mark}`, `construcții ${mark}`]) {
      const answer = await search('admin', q)
      expect(idsIn(answer, 'clients'), q).toEqual([ids.clientOfSales, ids.clientOfSales2].sort((a, b) => a - b))
    }
    // The words in any order, each in any field.
    expect(idsIn(await search('admin', `${mark} stefan construcții`), 'clients')).toEqual([ids.clientOfSales])
  })

  it('lets the lists search ignore diacritics and case too, for the reader’s own rows', async () => {
    const both = [ids.clientOfSales, ids.clientOfSales2].sort((a, b) => a - b)
    for (const q of [`constructii ${mark}`, `CONSTRUCŢII ${mark}`, `Construcții ${mark}`]) {
      expect(await listed('admin', 'clients', 'name', q), q).toEqual(both)
    }
    expect(await listed('sales2', 'clients', 'name', `constructii ${mark}`)).toEqual([ids.clientOfSales2])
    expect(await listed('supportAgent', 'tickets', 'title', `reclamatie santier ${mark}`)).toEqual([
      ids.ticketOfSupport,
    ])
    expect(await listed('admin', 'contacts', 'name', `stefan taranu ${mark}`)).toEqual([ids.contact])
  })

  it('finds "Ștefan" (comma below) from "ŞTEFAN" typed with a cedilla', async () => {
    const answer = await search('admin', `ŞTEFAN ţăranu ${mark}`)
    expect(idsIn(answer, 'contacts')).toEqual([ids.contact])
    const item = group(answer, 'contacts')!.items[0]
    expect(item.title).toBe(`Ștefan Țăranu ${mark}`)
    expect(item.subtitle).toContain(`stefan.${mark}@exemplu.ro`)
    expect(item.url).toBe(`/admin/collections/contacts/${ids.contact}`)
  })

  it('finds a contact by email and by phone, spaced or not', async () => {
    expect(idsIn(await search('admin', `stefan.${mark}@exemplu`), 'contacts')).toEqual([ids.contact])
    expect(idsIn(await search('admin', `${mark} 0722 555 019`), 'contacts')).toEqual([ids.contact])
  })

  it('finds a fiscal code with or without RO', async () => {
    for (const q of [cui, `RO${cui}`, `ro ${cui}`]) {
      const answer = await search('admin', q)
      expect(idsIn(answer, 'clients'), q).toEqual([ids.clientOfSales])
      expect(group(answer, 'clients')!.items[0].subtitle).toContain(cui)
    }
    for (const q of [cuiWithRo, `RO${cuiWithRo}`]) {
      expect(idsIn(await search('admin', q), 'clients'), q).toEqual([ids.clientWithRo])
    }
  })

  it('finds each kind, grouped in the modules order with labels in the reader’s language', async () => {
    const expected: [string, number, string][] = [
      ['opportunities', ids.opportunity, 'extindere retea'],
      ['offers', ids.offer, 'mentenanta anuala'],
      ['contracts', ids.contract, 'intretinere'],
      ['projects', ids.project, 'imbunatatita'],
      ['tickets', ids.ticketOfSupport, 'santier'],
    ]
    for (const [kind, id, words] of expected) {
      expect(idsIn(await search('admin', `${words} ${mark}`), kind), kind).toEqual([id])
    }
    const answer = await search('admin', mark, '&limit=20')
    expect(answer.groups.map((g) => g.kind)).toEqual([
      'clients',
      'contacts',
      'opportunities',
      'offers',
      'contracts',
      'projects',
      'tickets',
    ])
    expect(group(answer, 'clients')).toMatchObject({ label: 'Clients', total: 5 })
    expect(group(answer, 'tickets')).toMatchObject({ label: 'Tickets', total: 2 })
    // The offer's and ticket's numbers are found too.
    const offer = (await payload.findByID({ collection: 'offers', id: ids.offer, depth: 0 })).number!
    expect(idsIn(await search('admin', offer), 'offers')).toEqual([ids.offer])
    const ticket = (await payload.findByID({ collection: 'tickets', id: ids.ticketOfSupport, depth: 0 })).number!
    expect(idsIn(await search('admin', ticket.toLowerCase()), 'tickets')).toEqual([ids.ticketOfSupport])

    const ro = await rawApi('GET', `search?q=${mark}`, { token: token.admin, language: 'ro' })
    expect(ro.status).toBe(200)
    expect((ro.body as SearchAnswer).groups.map((g) => g.label)).toEqual([
      'Clienți',
      'Persoane de contact',
      'Oportunități',
      'Oferte',
      'Contracte',
      'Proiecte',
      'Tichete',
    ])
  })

  it('shows the first `limit` of a kind and counts them, up to 100', async () => {
    const answer = await search('admin', mark, '&limit=2')
    expect(group(answer, 'clients')!.items).toHaveLength(2)
    expect(group(answer, 'clients')).toMatchObject({ total: 5, more: false })

    // A mark of their own: the main one's counts stay as they are.
    const many = uniqueMark('coleg').toLowerCase()
    const owner = (await userByEmail(payload, EMAIL.sales)).id
    for (let i = 0; i < 101; i++) {
      await payload.create({
        collection: 'contacts',
        data: { name: `Coleg ${i} ${many}`, client: ids.clientOfSales, owner },
        depth: 0,
      })
    }
    const crowded = await search('admin', many)
    expect(group(crowded, 'contacts')).toMatchObject({ total: 100, more: true })
    expect(group(crowded, 'contacts')!.items).toHaveLength(5)
    const fewer = await search('admin', `coleg 1 ${many}`)
    // "1" starts a word: Coleg 1, 10–19 and 100, not 21.
    expect(group(fewer, 'contacts')).toMatchObject({ total: 12, more: false })
  })

  it('gives the same answer when a large table is read in two parts, newest rows first', async () => {
    const queries: [Who, string, string][] = [
      ['admin', mark, '&limit=2'],
      ['admin', mark, '&limit=20'],
      ['supportAgent', `reclamatie ${mark}`, ''],
      ['supportAgent2', mark, '&limit=20'],
      ['sales', `constructii ${mark}`, ''],
      ['viewer', mark, '&limit=3'],
    ]
    const whole = []
    for (const [who, q, extra] of queries) whole.push(await search(who, q, extra))
    // Every table counts as large: each kind is read in its newest 2 rows, then the older ones.
    const rows = searchWindow.rows
    searchWindow.rows = 2
    try {
      const parts = []
      for (const [who, q, extra] of queries) parts.push(await search(who, q, extra))
      expect(parts).toEqual(whole)
    } finally {
      searchWindow.rows = rows
    }
  })

  it('matches a word of one or two letters at the start of a word only', async () => {
    expect(idsIn(await search('admin', `st ${mark}`), 'contacts')).toEqual([ids.contact])
    expect(idsIn(await search('admin', `ȚĂ ${mark}`), 'contacts')).toEqual([ids.contact])
    // Inside "Ștefan": no.
    expect(group(await search('admin', `ef ${mark}`), 'contacts')).toBeUndefined()
    // Nothing the index could look up: nothing found, nothing read.
    expect((await search('admin', '%% __ 😀')).groups).toEqual([])
  })

  it.each([
    ['sales', 'clients', 'name'],
    ['sales2', 'clients', 'name'],
    ['salesManager', 'clients', 'name'],
    ['viewer', 'clients', 'name'],
    ['sales', 'contacts', 'name'],
    ['sales2', 'contacts', 'name'],
    ['sales2', 'opportunities', 'title'],
    ['sales2', 'offers', 'title'],
    ['sales2', 'contracts', 'title'],
    ['sales', 'projects', 'name'],
    ['sales2', 'projects', 'name'],
    ['supportAgent', 'tickets', 'title'],
    ['supportAgent2', 'tickets', 'title'],
    ['sales', 'tickets', 'title'],
    ['projectManager', 'tickets', 'title'],
    ['viewer', 'tickets', 'title'],
  ] as [Who, string, string][])('%s finds exactly the %s their own list shows', async (who, collection, field) => {
    const answer = await search(who, mark, '&limit=20')
    expect(idsIn(answer, collection)).toEqual(await listed(who, collection, field))
  })

  it('keeps another team’s client and ticket out of a salesperson’s and an agent’s results', async () => {
    const sales = await search('sales', `constructii ${mark}`)
    expect(idsIn(sales, 'clients')).toEqual([ids.clientOfSales])
    expect(group(sales, 'clients')!.total).toBe(1)
    const sales2 = await search('sales2', `constructii ${mark}`)
    expect(idsIn(sales2, 'clients')).toEqual([ids.clientOfSales2])
    // Tickets: the support team's agent sees its team's, the salesperson none (not theirs).
    expect(idsIn(await search('supportAgent', `reclamatie ${mark}`), 'tickets')).toEqual([ids.ticketOfSupport])
    expect(idsIn(await search('supportAgent2', `reclamatie ${mark}`), 'tickets')).toEqual([ids.ticketOfWest])
    expect(group(await search('sales', `reclamatie ${mark}`), 'tickets')).toBeUndefined()
    // A kind the role may not read at all is no group, not a refusal.
    const agent = await search('supportAgent', mark, '&limit=20')
    expect(group(agent, 'opportunities')).toBeUndefined()
    expect(group(agent, 'offers')).toBeUndefined()
  })

  it('lets a viewer find every kind, of every team', async () => {
    const answer = await search('viewer', mark, '&limit=20')
    expect(answer.groups.map((g) => g.kind)).toEqual([
      'clients',
      'contacts',
      'opportunities',
      'offers',
      'contracts',
      'projects',
      'tickets',
    ])
    expect(idsIn(answer, 'tickets')).toEqual([ids.ticketOfSupport, ids.ticketOfWest].sort((a, b) => a - b))
  })

  it('takes %, _ and \\ literally', async () => {
    expect(idsIn(await search('admin', `50% ${mark}`), 'clients')).toEqual([ids.percent])
    expect(idsIn(await search('admin', `5_0 ${mark}`), 'clients')).toEqual([])
    expect(idsIn(await search('admin', `50\\ ${mark}`), 'clients')).toEqual([])
  })

  it('answers odd input with results or nothing, never a server error', async () => {
    const odd = [
      '%%',
      '__',
      '\\\\',
      `'"`,
      "O'Brien",
      '" or 1=1 --',
      '%_\\%',
      '😀😀',
      '𝕏𝕐',
      'ș\u0000ț',
      'a\u0301a\u0301',
      's\u0326tefan',
      '<script>alert(1)</script>',
      '[]{}()*+?.^$|',
      'a,b,c',
      '     ab     ',
      'x'.repeat(100),
    ]
    for (const q of odd) {
      const answer = await api('GET', `search?q=${encodeURIComponent(q)}`, { token: token.sales })
      expect(answer.status, `${JSON.stringify(q)}: ${JSON.stringify(answer.body)}`).toBe(200)
      expect(Array.isArray(answer.body.groups)).toBe(true)
    }
    // Raw, undecoded query strings.
    for (const raw of ['%', '%%25', '%E0%A4%A', '%00%00', 'a&q=b', '%2', '%ZZ%ZZ', '%ED%A0%80%ED%A0%80']) {
      const answer = await api('GET', `search?q=${raw}`, { token: token.sales })
      expect([200, 400], `${raw}: ${JSON.stringify(answer.body)}`).toContain(answer.status)
    }
    // "ș" typed as s + combining comma below finds the precomposed one.
    expect(idsIn(await search('admin', `s\u0326tefan ${mark}`), 'contacts')).toEqual([ids.contact])
  })

  it('refuses a query too short or too long and a bad limit, saying why in the reader’s language', async () => {
    for (const path of ['search', 'search?q=', 'search?q=a', 'search?q=%20a%20', `search?q=${'x'.repeat(101)}`]) {
      const answer = await api('GET', path, { token: token.sales })
      expect(answer.status, path).toBe(400)
      expect(answer.body.errors[0].message).toMatch(/at least 2 characters|at most 100 characters/)
    }
    for (const limit of ['0', '21', 'abc', '1.5', '-1']) {
      const answer = await api('GET', `search?q=ab&limit=${limit}`, { token: token.sales })
      expect(answer.status, limit).toBe(400)
      expect(answer.body.errors[0].message).toContain('from 1 to 20')
    }
    const ro = await rawApi('GET', 'search?q=a', { token: token.sales, language: 'ro' })
    expect(ro.status).toBe(400)
    expect(ro.body.errors[0].message).toBe('Scrieți cel puțin 2 caractere pentru a căuta.')
  })

  it('answers 401 without a session', async () => {
    expect((await api('GET', `search?q=${mark}`)).status).toBe(401)
    expect((await api('GET', 'search?q=a')).status).toBe(401)
    expect((await api('GET', `search?q=${mark}`, { token: 'not-a-token' })).status).toBe(401)
  })
})
