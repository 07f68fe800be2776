import { beforeAll, describe, expect, it } from 'vitest'

import { freshCui, uniqueMark } from '../../helpers/crm'
import { api, graphql, login } from '../../helpers/http'
import { testPayload } from '../../helpers/payload'

/**
 * Issue 10 §3: what the application derives or stamps (a record's state category, numbers, totals,
 * time stamps) is never taken from a client, over REST, GraphQL or a bulk PATCH, and the workflow
 * judges a record by its state, never by a copy a client could write.
 */
describe('server-owned fields', () => {
  let sales: string
  let manager: string
  let agent: string
  let supportManager: string
  let client: number
  let ticketType: number

  beforeAll(async () => {
    ;[sales, manager, agent, supportManager] = await Promise.all(
      ['sales', 'sales-manager', 'support-agent', 'support-manager'].map((who) => login(`${who}@organizecrm.test`)),
    )
    client = (
      await api('POST', 'clients', { token: sales, body: { name: uniqueMark('Atac SRL'), fiscalCode: freshCui() } })
    ).body.doc.id
    const payload = await testPayload()
    const team = (await payload.find({ collection: 'teams', where: { key: { equals: 'support' } }, depth: 0 })).docs[0]
      .id
    const type = await api('POST', 'ticket-types', {
      token: supportManager,
      body: { name: uniqueMark('Reclamație'), defaultTeam: team },
    })
    expect(type.status, JSON.stringify(type.body)).toBe(201)
    ticketType = type.body.doc.id
  })

  const newOffer = async (extra: Record<string, unknown> = {}) => {
    const made = await api('POST', 'offers?depth=0', {
      token: sales,
      body: { title: uniqueMark('Ofertă'), client, ...extra },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    return made.body.doc as Record<string, any>
  }
  const step = (collection: string, id: number, token: string, transition: string, comment?: string) =>
    api('POST', `${collection}/${id}/transition`, { token, body: { transition, ...(comment ? { comment } : {}) } })
  const stored = async (collection: 'offers' | 'offer-sections' | 'tickets', id: number) =>
    (await (await testPayload()).findByID({ collection, id, depth: 0 })) as unknown as Record<string, any>

  describe('the state category', () => {
    it('ignores a section patched to "done": its offer still cannot be submitted', async () => {
      const offer = await newOffer()
      const section = await api('POST', 'offer-sections', {
        token: sales,
        body: { offer: offer.id, title: 'Soluția', responsible: (await stored('offers', offer.id)).owner },
      })
      expect(section.status, JSON.stringify(section.body)).toBe(201)
      const patched = await api('PATCH', `offer-sections/${section.body.doc.id}`, {
        token: sales,
        body: { statusCategory: 'done' },
      })
      expect(patched.status).toBe(200)
      expect(patched.body.doc.statusCategory).toBe('open')
      expect((await stored('offer-sections', section.body.doc.id)).statusCategory).toBe('open')
      const submit = await step('offers', offer.id, sales, 'submit')
      expect(submit.status).toBe(400)
      expect((await stored('offers', offer.id)).status).toBe('draft')
    })

    it('ignores it over GraphQL and a bulk PATCH too', async () => {
      const offer = await newOffer()
      const owner = (await stored('offers', offer.id)).owner
      const section = (
        await api('POST', 'offer-sections', {
          token: sales,
          body: { offer: offer.id, title: 'Prețuri', responsible: owner },
        })
      ).body.doc
      const viaGraphql = await graphql(
        `mutation { updateOfferSection(id: ${section.id}, data: { statusCategory: done }) { id statusCategory } }`,
        sales,
      )
      expect(viaGraphql.body.errors ?? []).toEqual([])
      expect((await stored('offer-sections', section.id)).statusCategory).toBe('open')
      const bulk = await api('PATCH', `offer-sections?where[id][equals]=${section.id}`, {
        token: sales,
        body: { statusCategory: 'done' },
      })
      expect(bulk.status).toBe(200)
      expect((await stored('offer-sections', section.id)).statusCategory).toBe('open')
      expect((await step('offers', offer.id, sales, 'submit')).status).toBe(400)
    })

    it('ignores an approved offer patched to "open": it takes no new section', async () => {
      const offer = await newOffer()
      expect((await step('offers', offer.id, sales, 'submit')).status).toBe(200)
      expect((await step('offers', offer.id, manager, 'approve')).status).toBe(200)
      const patched = await api('PATCH', `offers/${offer.id}`, { token: sales, body: { statusCategory: 'open' } })
      expect(patched.status).toBe(200)
      expect((await stored('offers', offer.id)).statusCategory).toBe('active')
      const section = await api('POST', 'offer-sections', {
        token: sales,
        body: { offer: offer.id, title: 'Adăugată târziu', responsible: (await stored('offers', offer.id)).owner },
      })
      expect(section.status).toBe(409)
    })

    it('does not let a draft patched to "done" be revised', async () => {
      const offer = await newOffer()
      expect(
        (await api('PATCH', `offers/${offer.id}`, { token: sales, body: { statusCategory: 'done' } })).status,
      ).toBe(200)
      expect((await stored('offers', offer.id)).statusCategory).toBe('open')
      const revised = await api('POST', `offers/${offer.id}/revise`, { token: sales })
      expect(revised.status).toBe(409)
    })

    it('ignores a cancelled ticket patched to "active": it takes no new action', async () => {
      const ticket = await api('POST', 'tickets?depth=0', {
        token: agent,
        body: { title: uniqueMark('Tichet'), type: ticketType },
      })
      expect(ticket.status, JSON.stringify(ticket.body)).toBe(201)
      const id = ticket.body.doc.id
      expect((await step('tickets', id, supportManager, 'cancel', 'Dublură')).status).toBe(200)
      const patched = await api('PATCH', `tickets/${id}`, { token: agent, body: { statusCategory: 'active' } })
      expect(patched.status).toBe(200)
      expect((await stored('tickets', id)).statusCategory).toBe('cancelled')
      const agentId = (await stored('tickets', id)).reporter
      const action = await api('POST', 'ticket-actions', {
        token: agent,
        body: { ticket: id, title: 'Intervenție', responsible: agentId },
      })
      expect(action.status).toBe(409)
    })
  })

  describe('stamps and numbers', () => {
    const FORGED_DATE = '2020-01-02T03:04:05.000Z'

    it('ignores the time stamps and flags a client sends with a new ticket', async () => {
      const made = await api('POST', 'tickets?depth=0', {
        token: agent,
        body: {
          title: uniqueMark('Tichet'),
          type: ticketType,
          number: 'TK-FORGED',
          resolvedAt: FORGED_DATE,
          firstResponseAt: FORGED_DATE,
          closedAt: FORGED_DATE,
          overdue: true,
          overdueNotifiedAt: FORGED_DATE,
          statusCategory: 'done',
        },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      const ticket = await stored('tickets', made.body.doc.id)
      expect(ticket.number).toMatch(/^TK-\d{6}$/)
      expect(ticket).toMatchObject({
        resolvedAt: null,
        firstResponseAt: null,
        closedAt: null,
        overdueNotifiedAt: null,
        statusCategory: 'open',
      })
      expect(ticket.overdue ?? false).toBe(false)
    })

    it('ignores sentAt, the number and the totals a client sends, on create, PATCH, bulk PATCH and GraphQL', async () => {
      const offer = await newOffer({
        sentAt: FORGED_DATE,
        number: 'OF-FORGED',
        revision: 7,
        totals: { net: 1, discount: 0, vat: 0, gross: 1 },
      })
      let after = await stored('offers', offer.id)
      expect(after.sentAt ?? null).toBeNull()
      expect(after.number).toMatch(/^OF-\d{4}-\d{4}$/)
      expect(after.revision).toBe(1)
      expect(after.totals.gross ?? 0).toBe(0)

      expect(
        (
          await api('PATCH', `offers/${offer.id}`, {
            token: sales,
            body: { sentAt: FORGED_DATE, totals: { gross: 999 } },
          })
        ).status,
      ).toBe(200)
      after = await stored('offers', offer.id)
      expect(after.sentAt ?? null).toBeNull()
      expect(after.totals.gross ?? 0).toBe(0)

      expect(
        (await api('PATCH', `offers?where[id][equals]=${offer.id}`, { token: sales, body: { sentAt: FORGED_DATE } }))
          .status,
      ).toBe(200)
      expect((await stored('offers', offer.id)).sentAt ?? null).toBeNull()

      const viaGraphql = await graphql(
        `mutation { updateOffer(id: ${offer.id}, data: { sentAt: "${FORGED_DATE}" }) { id sentAt } }`,
        sales,
      )
      expect(viaGraphql.body.errors ?? []).toEqual([])
      expect((await stored('offers', offer.id)).sentAt ?? null).toBeNull()
    })

    it('still stamps them itself: sending an offer sets sentAt', async () => {
      const offer = await newOffer()
      expect((await step('offers', offer.id, sales, 'submit')).status).toBe(200)
      expect((await step('offers', offer.id, manager, 'approve')).status).toBe(200)
      expect((await step('offers', offer.id, sales, 'send')).status).toBe(200)
      const after = await stored('offers', offer.id)
      expect(after.sentAt).toBeTruthy()
      expect(after.statusCategory).toBe('waiting')
    })

    it('ignores the derived values of an opportunity and the author stamps', async () => {
      const payload = await testPayload()
      const stage = (
        await payload.find({
          collection: 'nomenclators',
          where: { list: { equals: 'opportunity-stages' }, value: { equals: 'proposal' } },
          limit: 1,
        })
      ).docs[0]
      const made = await api('POST', 'opportunities?depth=0', {
        token: sales,
        body: {
          title: uniqueMark('Oportunitate'),
          client,
          stage: stage.id,
          value: 1000,
          probability: 99,
          weightedValue: 999999,
          outcome: 'won',
          closedAt: FORGED_DATE,
          createdBy: 1,
        },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      const after = await payload.findByID({ collection: 'opportunities', id: made.body.doc.id, depth: 0 })
      expect(after.probability).toBe(stage.number)
      expect(after.weightedValue).toBe((1000 * Number(stage.number)) / 100)
      expect(after.outcome).toBe('open')
      expect(after.closedAt ?? null).toBeNull()
      expect(after.createdBy).not.toBe(1)
    })
  })
})
