import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login, type Answer } from '../../helpers/http'
import { testPayload, userByEmail } from '../../helpers/payload'

/**
 * Issue 10 §5: a refusal says what is wrong without naming a record the caller may not read
 * (its number, name, id or owner).
 */
const messageOf = (answer: Answer) => String(answer.body?.errors?.[0]?.message ?? '')

describe('error messages name only what the caller may read (issue 10 §5)', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('a duplicate fiscal code names the other client only to someone who may read it', async () => {
    const sales2 = await userByEmail(payload, 'sales2@organizecrm.test')
    const { docs } = await payload.find({
      collection: 'clients',
      where: { fiscalCode: { exists: true }, status: { equals: 'active' }, owner: { not_equals: sales2.id } },
      depth: 1,
      limit: 1,
    })
    const other = docs[0] as unknown as {
      id: number
      name: string
      fiscalCode: string
      owner: { name: string; email: string }
    }
    expect(other).toBeDefined()
    const token2 = await login('sales2@organizecrm.test')
    expect((await api('GET', `clients/${other.id}`, { token: token2 })).status).toBe(404)

    const blind = await api('POST', 'clients', {
      token: token2,
      body: { name: 'Copycat SRL', fiscalCode: other.fiscalCode },
    })
    expect(blind.status).toBe(409)
    expect(messageOf(blind)).toMatch(/already exists|fiscal code/i)
    expect(messageOf(blind)).not.toContain(other.name)
    expect(messageOf(blind)).not.toContain(other.owner.name)
    expect(messageOf(blind)).not.toContain(`#${other.id}`)

    const ownerToken = await login(other.owner.email)
    const seen = await api('POST', 'clients', {
      token: ownerToken,
      body: { name: 'Copycat SRL', fiscalCode: other.fiscalCode },
    })
    expect(seen.status).toBe(409)
    expect(messageOf(seen)).toContain(other.name)
  })

  it('adding an action under a closed ticket of another team does not name the ticket', async () => {
    const agent2 = await userByEmail(payload, 'support-agent2@organizecrm.test')
    const token = await login('support-agent2@organizecrm.test')
    const { docs } = await payload.find({
      collection: 'tickets',
      where: { statusCategory: { in: ['done', 'cancelled'] } },
      depth: 0,
      limit: 50,
    })
    let hidden: { id: number; number: string; title: string } | undefined
    for (const ticket of docs as unknown as { id: number; number: string; title: string }[]) {
      if ((await api('GET', `tickets/${ticket.id}`, { token })).status === 404) {
        hidden = ticket
        break
      }
    }
    expect(hidden, 'a closed ticket support-agent2 cannot read').toBeDefined()
    const answer = await api('POST', 'ticket-actions', {
      token,
      body: { ticket: hidden!.id, title: 'Sneaky', responsible: agent2.id },
    })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(messageOf(answer)).not.toContain(hidden!.number)
    expect(messageOf(answer)).not.toContain(hidden!.title)
  })

  it('adding a section under a submitted offer the caller cannot read does not name the offer', async () => {
    const sales2 = await userByEmail(payload, 'sales2@organizecrm.test')
    const token = await login('sales2@organizecrm.test')
    const { docs } = await payload.find({
      collection: 'offers',
      where: { statusCategory: { not_equals: 'open' } },
      depth: 0,
      limit: 50,
    })
    let hidden: { id: number; number: string } | undefined
    for (const offer of docs as unknown as { id: number; number: string }[]) {
      if ((await api('GET', `offers/${offer.id}`, { token })).status === 404) {
        hidden = offer
        break
      }
    }
    expect(hidden, 'a submitted offer sales2 cannot read').toBeDefined()
    const answer = await api('POST', 'offer-sections', {
      token,
      body: { offer: hidden!.id, title: 'Sneaky', responsible: sales2.id },
    })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(messageOf(answer)).not.toContain(hidden!.number)
  })
})
