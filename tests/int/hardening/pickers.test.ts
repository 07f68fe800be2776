import { createLocalReq } from 'payload'
import { stringify } from 'qs-esm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assignableWhere } from '@/access/assignable'

import { freshCui, uniqueMark } from '../../helpers/crm'
import { api, login, rawApi } from '../../helpers/http'
import { testPayload, userByEmail } from '../../helpers/payload'

/** People pickers offer, and the server accepts, only people the caller may assign (team rules). */
describe('people pickers follow team rules', () => {
  const token: Record<string, string> = {}
  const user: Record<string, { id: number | string }> = {}
  let typeId: number

  beforeAll(async () => {
    const payload = await testPayload()
    for (const who of [
      'sales',
      'support-manager',
      'support-agent',
      'support-agent2',
      'project-manager',
      'admin',
      'viewer',
    ]) {
      token[who] = await login(`${who}@organizecrm.test`)
      user[who] = await userByEmail(payload, `${who}@organizecrm.test`)
    }
    typeId = (
      await payload.find({ collection: 'ticket-types', where: { active: { equals: true } }, limit: 1, depth: 0 })
    ).docs[0].id as number
  })

  afterAll(async () => {
    const payload = await testPayload()
    await payload.update({ collection: 'users', id: user.viewer.id, data: { active: true } })
  })

  const refusedField = (answer: { status: number; body: any }, field: string) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(400)
    expect(JSON.stringify(answer.body.errors)).toContain(field)
  }

  it('a support manager makes responsible only people of their team; the administrator anyone', async () => {
    const made = await api('POST', 'tickets?depth=0', {
      token: token['support-agent'],
      body: { title: uniqueMark('Picker'), type: typeId },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const id = made.body.doc.id
    refusedField(
      await api('PATCH', `tickets/${id}`, {
        token: token['support-manager'],
        body: { responsible: user['support-agent2'].id },
      }),
      'responsible',
    )
    refusedField(
      await api('POST', `tickets/${id}/assign`, {
        token: token['support-manager'],
        body: { responsible: user['support-agent2'].id },
      }),
      'responsible',
    )
    const payload = await testPayload()
    expect((await payload.findByID({ collection: 'tickets', id, depth: 0 })).responsible ?? null).toBeNull()
    expect(
      (
        await api('PATCH', `tickets/${id}`, {
          token: token['support-manager'],
          body: { responsible: user['support-agent'].id },
        })
      ).status,
    ).toBe(200)
    // The administrator puts someone of another team on it; the manager can still edit the rest.
    expect(
      (await api('PATCH', `tickets/${id}`, { token: token.admin, body: { responsible: user['support-agent2'].id } }))
        .status,
    ).toBe(200)
    const edited = await api('PATCH', `tickets/${id}`, {
      token: token['support-manager'],
      body: { title: uniqueMark('Picker edited'), responsible: user['support-agent2'].id },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
  })

  it('offer sections go to the offer team or to people whose role writes sections, never to an outsider', async () => {
    const client = await api('POST', 'clients', {
      token: token.sales,
      body: { name: uniqueMark('Picker SRL'), fiscalCode: freshCui() },
    })
    expect(client.status, JSON.stringify(client.body)).toBe(201)
    const offer = await api('POST', 'offers?depth=0', {
      token: token.sales,
      body: { title: uniqueMark('Oferta picker'), client: client.body.doc.id },
    })
    expect(offer.status, JSON.stringify(offer.body)).toBe(201)
    const section = (responsible: number | string) =>
      api('POST', 'offer-sections?depth=0', {
        token: token.sales,
        body: { offer: offer.body.doc.id, title: uniqueMark('Secțiune'), responsible },
      })
    refusedField(await section(user['support-agent2'].id), 'responsible')
    expect((await section(user['project-manager'].id)).status).toBe(201)
    expect((await section(user.sales.id)).status).toBe(201)

    // The same through sectionOwners of POST /offers/from-template: refused whole, nothing written.
    const payload = await testPayload()
    const templates = await payload.find({ collection: 'offer-templates', depth: 0, pagination: false })
    const template = templates.docs.find(
      (t) =>
        (t.sections ?? []).length > 0 && !(t.availableTo?.teams ?? []).length && !(t.availableTo?.roles ?? []).length,
    )
    expect(template, 'a demo template with sections open to everyone').toBeDefined()
    const title = uniqueMark('Din șablon')
    const fromTemplate = (owner: number | string) =>
      api('POST', 'offers/from-template', {
        token: token.sales,
        body: { template: template!.id, client: client.body.doc.id, title, sectionOwners: { '0': owner } },
      })
    refusedField(await fromTemplate(user['support-agent2'].id), 'responsible')
    expect((await payload.count({ collection: 'offers', where: { title: { equals: title } } })).totalDocs).toBe(0)
    expect((await fromTemplate(user['project-manager'].id)).status).toBe(201)
  })

  it('nobody hands work to a deactivated user, and the picker lists only assignable people', async () => {
    const payload = await testPayload()
    await payload.update({ collection: 'users', id: user.viewer.id, data: { active: false } })
    const todo = await api('POST', 'todos?depth=0', {
      token: token.admin,
      body: { title: uniqueMark('Picker todo'), type: 'task', responsible: user.viewer.id },
    })
    refusedField(todo, 'responsible')
    await payload.update({ collection: 'users', id: user.viewer.id, data: { active: true } })

    // What the admin form offers: the field's filterOptions, as the support manager.
    const field = payload.collections.tickets.config.flattenedFields.find((f) => f.name === 'responsible') as {
      filterOptions?: unknown
    }
    expect(typeof field.filterOptions).toBe('function')
  })
})

describe('the people a picker offers, queried as the admin form queries them', () => {
  it('lists teammates and the people of other teams who write sections, for a salesperson', async () => {
    const payload = await testPayload()
    const sales = await userByEmail(payload, 'sales@organizecrm.test')
    const req = await createLocalReq({ user: sales }, payload)
    const where = await assignableWhere(req, 'offer-sections', { acrossTeamsToWorkers: true })
    // The form runs the picker's query over REST with the caller's own rights.
    const answer = await api('GET', `users?depth=0&limit=100&${stringify({ where })}`, {
      token: await login('sales@organizecrm.test'),
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const emails = answer.body.docs.map((doc: { email: string }) => doc.email)
    expect(emails).toEqual(
      expect.arrayContaining([
        'sales@organizecrm.test',
        'sales-manager@organizecrm.test',
        'project-manager@organizecrm.test',
        'marketing@organizecrm.test',
      ]),
    )
    expect(emails).not.toContain('viewer@organizecrm.test')
    // The same as the admin's picker sends it: a form body read as GET, searching by name.
    // With the person already chosen kept acceptable, as onlyAssignablePeople answers for a saved record.
    const offered = { or: [where, { id: { in: [sales.id] } }] }
    const query = {
      depth: 0,
      draft: true,
      limit: 10,
      locale: 'ro',
      page: 1,
      select: { name: true },
      sort: 'id',
      where: { and: [{ id: { not_in: [sales.id] } }, offered] },
    }
    const picker = await rawApi('POST', 'users', {
      token: await login('sales@organizecrm.test'),
      body: stringify(query),
      contentType: 'application/x-www-form-urlencoded',
      headers: { 'x-payload-http-method-override': 'GET' },
    })
    expect(picker.status, JSON.stringify(picker.body)).toBe(200)
    expect(picker.body.docs.map((doc: { name: string }) => doc.name)).toEqual(
      expect.arrayContaining(['Mihai Popescu', 'Cristina Georgescu']),
    )
  })
})
