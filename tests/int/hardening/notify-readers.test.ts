import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../../helpers/http'
import { testPayload, userByEmail } from '../../helpers/payload'

/** Notifications carry a record's title and comments: only people who may read the record get them. */
describe('notifications reach only readers of the record', () => {
  let agent: string
  let manager: string
  let typeId: number

  beforeAll(async () => {
    const payload = await testPayload()
    ;[agent, manager] = await Promise.all(
      ['support-agent', 'support-manager'].map((who) => login(`${who}@organizecrm.test`)),
    )
    typeId = (
      await payload.find({ collection: 'ticket-types', where: { active: { equals: true } }, limit: 1, depth: 0 })
    ).docs[0].id as number
  })

  it('skips watchers who cannot read the ticket, on creation and on each workflow step', async () => {
    const payload = await testPayload()
    const [outsider, otherTeam, teamManager, agentUser] = await Promise.all(
      ['sales2', 'support-agent2', 'support-manager', 'support-agent'].map((who) =>
        userByEmail(payload, `${who}@organizecrm.test`),
      ),
    )
    const title = `Secret outage ${Date.now().toString(36)}`
    const made = await api('POST', 'tickets?depth=0', {
      token: agent,
      body: { title, type: typeId, watchers: [outsider.id, otherTeam.id, teamManager.id] },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const id = made.body.doc.id as number
    // Neither watcher outside the team can read it.
    for (const who of ['sales2', 'support-agent2']) {
      expect((await api('GET', `tickets/${id}`, { token: await login(`${who}@organizecrm.test`) })).status, who).toBe(
        404,
      )
    }

    const assigned = await api('POST', `tickets/${id}/assign`, { token: manager, body: { responsible: agentUser.id } })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    const started = await api('POST', `tickets/${id}/transition`, {
      token: agent,
      body: { transition: 'start', comment: 'Looking at the secret outage' },
    })
    expect(started.status, JSON.stringify(started.body)).toBe(200)

    const about = (user: { id: number | string }) =>
      payload.find({
        collection: 'notifications',
        where: {
          recipient: { equals: user.id },
          'link.collection': { equals: 'tickets' },
          'link.documentId': { equals: String(id) },
        },
        depth: 0,
      })
    expect((await about(outsider)).docs.map((n) => n.title)).toEqual([])
    expect((await about(otherTeam)).docs.map((n) => n.title)).toEqual([])
    // Those who may read it still hear of it: the team manager (watcher and manager) and the responsible.
    expect((await about(teamManager)).totalDocs).toBeGreaterThanOrEqual(1)
    expect((await about(agentUser)).totalDocs + (await about(teamManager)).totalDocs).toBeGreaterThanOrEqual(2)
  })
})
