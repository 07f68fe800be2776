import { beforeAll, describe, expect, it } from 'vitest'

import { uniqueMark } from '../helpers/crm'
import { api, login } from '../helpers/http'
import { EventCollectionCell, EventStateCell, EventStepCell } from '@/hooks/workflow/components/EventCells'
import { StatusCell } from '@/hooks/workflow/components/StatusCell'
import { testPayload, userByEmail } from '../helpers/payload'

const step = (collection: string, id: number, token: string, transition: string, comment?: string) =>
  api('POST', `${collection}/${id}/transition`, { token, body: { transition, ...(comment ? { comment } : {}) } })

/** Campaign approval and marketing-action validation (R8) under the seeded workflows, by role. */
describe('campaigns and marketing actions', () => {
  let marketing: string
  let manager: string
  let salesManager: string
  let campaign: number

  beforeAll(async () => {
    marketing = await login('marketing@organizecrm.test')
    manager = await login('marketing-manager@organizecrm.test')
    salesManager = await login('sales-manager@organizecrm.test')
    const made = await api('POST', 'campaigns', {
      token: marketing,
      body: { name: uniqueMark('Campanie'), budget: 5000 },
    })
    expect(made.status).toBe(201)
    campaign = made.body.doc.id
  })

  const notificationsOf = async (email: string, kind: string) => {
    const payload = await testPayload()
    const user = await userByEmail(payload, email)
    return (
      await payload.count({
        collection: 'notifications',
        where: { recipient: { equals: user.id }, kind: { equals: kind } },
      })
    ).totalDocs
  }

  it('has a campaign approved by a marketing manager before it runs', async () => {
    expect((await step('campaigns', campaign, manager, 'submit')).status).toBe(403)
    expect((await step('campaigns', campaign, marketing, 'submit')).status).toBe(200)
    expect((await api('PATCH', `campaigns/${campaign}`, { token: marketing, body: { budget: 9000 } })).status).toBe(400)
    expect((await step('campaigns', campaign, marketing, 'approve')).status).toBe(403)
    expect((await step('campaigns', campaign, salesManager, 'approve')).status).toBe(403)
    expect((await step('campaigns', campaign, manager, 'approve')).status).toBe(200)
    const running = await step('campaigns', campaign, marketing, 'start')
    expect(running.status).toBe(200)
    expect(running.body.doc).toMatchObject({ status: 'running', statusCategory: 'active' })
  })

  it('validates a marketing action: the responsible submits, the manager returns or validates, the responsible completes', async () => {
    const made = await api('POST', 'marketing-actions', {
      token: marketing,
      body: { title: uniqueMark('Newsletter'), campaign, cost: 300, due: '2026-12-15T10:00:00.000Z' },
    })
    expect(made.status).toBe(201)
    const id = made.body.doc.id
    expect(made.body.doc.status).toBe('draft')

    const managerToldBefore = await notificationsOf('marketing-manager@organizecrm.test', 'workflow.marketing-actions')
    expect((await step('marketing-actions', id, manager, 'submit')).status).toBe(403)
    expect((await step('marketing-actions', id, marketing, 'submit')).status).toBe(200)
    expect(await notificationsOf('marketing-manager@organizecrm.test', 'workflow.marketing-actions')).toBe(
      managerToldBefore + 1,
    )
    // Under validation the content is frozen.
    const frozen = await api('PATCH', `marketing-actions/${id}`, { token: marketing, body: { cost: 900 } })
    expect(frozen.status).toBe(400)
    expect(frozen.body.errors[0].message).toMatch(/: Cost\./)

    // Only a marketing manager validates; the responsible cannot validate their own action.
    expect((await step('marketing-actions', id, marketing, 'validate')).status).toBe(403)
    expect((await step('marketing-actions', id, salesManager, 'validate')).status).toBe(403)
    const bare = await step('marketing-actions', id, manager, 'return')
    expect(bare.status).toBe(400)
    const responsibleToldBefore = await notificationsOf('marketing@organizecrm.test', 'workflow.marketing-actions')
    expect((await step('marketing-actions', id, manager, 'return', 'Adăugați segmentul de clienți')).status).toBe(200)
    expect(await notificationsOf('marketing@organizecrm.test', 'workflow.marketing-actions')).toBe(
      responsibleToldBefore + 1,
    )

    expect((await api('PATCH', `marketing-actions/${id}`, { token: marketing, body: { cost: 350 } })).status).toBe(200)
    expect((await step('marketing-actions', id, marketing, 'submit')).status).toBe(200)
    expect((await step('marketing-actions', id, marketing, 'complete')).status).toBe(409)
    expect((await step('marketing-actions', id, manager, 'validate')).status).toBe(200)

    // Validation hands the responsible a todo linked to the action.
    const payload = await testPayload()
    const todos = await payload.find({
      collection: 'todos',
      where: { 'relatedTo.value': { equals: id }, 'relatedTo.relationTo': { equals: 'marketing-actions' } },
      depth: 0,
    })
    expect(todos.docs).toHaveLength(1)
    expect(todos.docs[0].responsible).toBe((await userByEmail(payload, 'marketing@organizecrm.test')).id)

    expect((await step('marketing-actions', id, manager, 'complete')).status).toBe(403)
    const done = await step('marketing-actions', id, marketing, 'complete')
    expect(done.status).toBe(200)
    expect(done.body.doc.statusCategory).toBe('done')

    // The validation history is there for everyone who can read the action.
    const history = await api('GET', `marketing-actions/${id}/history`, { token: marketing })
    const steps = history.body.events.map((e: { to: string; comment?: string }) => [e.to, e.comment ?? null])
    expect(steps.map((s: unknown[]) => s[0])).toEqual([
      'draft',
      'submitted',
      'returned',
      'submitted',
      'validated',
      'done',
    ])
    expect(steps).toContainEqual(['returned', 'Adăugați segmentul de clienți'])

    // The panel shows the states by their names in the reader's language, never the keys.
    const flow = (
      await (
        await testPayload()
      ).find({
        collection: 'workflows',
        where: { collection: { equals: 'marketing-actions' }, active: { equals: true } },
        locale: 'ro',
        depth: 0,
      })
    ).docs[0]
    const named = new Map(flow.states.map((s) => [s.key, s.label]))
    const inRomanian = await api('GET', `marketing-actions/${id}/history?locale=ro`, { token: marketing })
    const labels = inRomanian.body.events.map((e: { fromLabel: string | null; toLabel: string }) => [
      e.fromLabel,
      e.toLabel,
    ])
    expect(labels[0]).toEqual([null, named.get('draft')])
    expect(labels.at(-1)).toEqual([named.get('validated'), named.get('done')])
    expect(
      labels
        .flat()
        .filter(Boolean)
        .some((label: string) => steps.some((s: unknown[]) => s[0] === label)),
    ).toBe(false)
  })
})

describe('a governed list shows the state by its name', () => {
  it('the status column names the state in the reader language, and keeps an unknown key', async () => {
    const payload = await testPayload()
    const cell = async (language: string, cellData: unknown) => {
      const element = await StatusCell({
        cellData,
        collectionSlug: 'marketing-actions',
        i18n: { language },
        payload,
      } as never)
      return element ? (element.props as { children: string }).children : null
    }
    const flow = async (locale: 'ro' | 'en') =>
      (
        await payload.find({
          collection: 'workflows',
          where: { collection: { equals: 'marketing-actions' }, active: { equals: true } },
          locale,
          depth: 0,
        })
      ).docs[0].states.find((s) => s.key === 'submitted')!.label
    expect(await cell('ro', 'submitted')).toBe(await flow('ro'))
    expect(await cell('en', 'submitted')).toBe(await flow('en'))
    expect(await cell('ro', 'submitted')).not.toBe('submitted')
    expect(await cell('ro', 'no-such-state')).toBe('no-such-state')
    expect(await cell('ro', null)).toBeNull()
  })

  it('the workflow history list names the collection, the step and the states', async () => {
    const payload = await testPayload()
    const text = async (Cell: (props: never) => unknown, cellData: string) => {
      const element = (await Cell({
        cellData,
        i18n: { language: 'ro' },
        payload,
        rowData: { collection: 'marketing-actions' },
      } as never)) as { props: { children: string } }
      return element.props.children
    }
    const flow = (
      await payload.find({
        collection: 'workflows',
        where: { collection: { equals: 'marketing-actions' }, active: { equals: true } },
        locale: 'ro',
        depth: 0,
      })
    ).docs[0]
    expect(await text(EventCollectionCell, 'marketing-actions')).toBe('Acțiuni de marketing')
    expect(await text(EventStateCell, 'submitted')).toBe(flow.states.find((s) => s.key === 'submitted')!.label)
    const step = flow.transitions!.find((tr) => tr.label)!
    expect(await text(EventStepCell, step.key)).toBe(step.label)
    expect(step.label).not.toBe(step.key)
  })
})
