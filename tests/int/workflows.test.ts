import type { TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login, rawApi } from '../helpers/http'
import { type LoosePayload, testPayload, userByEmail } from '../helpers/payload'

type Tokens = Record<'admin' | 'manager' | 'agent' | 'agent2' | 'sales', string>

const id = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number }).id : (ref as number))

describe('the workflow engine on a fixture collection', () => {
  let payload: LoosePayload
  let tokens: Tokens
  let agent: TypedUser
  let agent2: TypedUser
  let roleIds: Record<string, number>

  const flow = () => ({
    key: 'fixture-flow',
    name: 'Fixture flow',
    collection: 'wf-fixtures',
    states: [
      { key: 'new', label: 'New', category: 'open', initial: true },
      { key: 'assigned', label: 'Assigned', category: 'active' },
      { key: 'resolved', label: 'Resolved', category: 'done', readOnlyFields: ['amount'] },
      { key: 'closed', label: 'Closed', category: 'done', final: true },
      { key: 'cancelled', label: 'Cancelled', category: 'cancelled', final: true },
    ],
    transitions: [
      {
        key: 'assign',
        label: 'Assign',
        from: ['new'],
        to: 'assigned',
        roles: [roleIds['support-manager']],
        effects: [{ name: 'notifyResponsible' }, { name: 'createTodo', params: { dueInDays: 2 } }],
      },
      {
        key: 'resolve',
        label: 'Resolve',
        from: ['assigned'],
        to: 'resolved',
        onlyResponsible: true,
        guards: [
          { name: 'requiredFieldsFilled', params: { fields: ['resolution'] } },
          {
            name: 'allChildrenInCategory',
            params: { collection: 'wf-children', field: 'parent', categories: ['done'] },
          },
        ],
        effects: [
          { name: 'setTimestamp', params: { field: 'resolvedAt' } },
          { name: 'notifyOwner' },
          { name: 'notifyWatchers' },
        ],
      },
      { key: 'close', label: 'Close', from: ['resolved'], to: 'closed', onlyOwner: true, commentRequired: true },
      {
        key: 'reopen',
        label: 'Reopen',
        from: ['resolved'],
        to: 'assigned',
        roles: [roleIds['support-manager']],
        commentRequired: true,
      },
      {
        key: 'cancel',
        label: 'Cancel',
        from: ['new', 'assigned'],
        to: 'cancelled',
        roles: [roleIds['support-manager']],
      },
      {
        key: 'explode',
        label: 'Explode',
        from: ['new'],
        to: 'assigned',
        roles: [roleIds.admin],
        effects: [{ name: 'failForTest' }],
      },
    ],
  })

  async function grant(roleKey: string, collection: string, grant: Record<string, unknown>) {
    const role = (await payload.find({ collection: 'roles', where: { key: { equals: roleKey } }, depth: 0 })).docs[0]
    const rows = (role.permissions ?? []).filter((r: { collection: string }) => r.collection !== collection)
    await payload.update({
      collection: 'roles',
      id: role.id,
      data: { permissions: [...rows, { collection, ...grant }] },
    })
  }

  async function newRecord(title: string, extra: Record<string, unknown> = {}) {
    const { status, body } = await api('POST', 'wf-fixtures', {
      token: tokens.agent,
      body: { title, owner: agent.id, team: id(agent.team), ...extra },
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc as { id: number; status: string; statusCategory: string }
  }

  const transition = (record: number, name: string, token: string, comment?: string) =>
    api('POST', `wf-fixtures/${record}/transition`, { token, body: { transition: name, comment } })

  beforeAll(async () => {
    payload = (await testPayload()) as unknown as LoosePayload
    agent = await userByEmail(payload as never, 'support-agent@organizecrm.test')
    agent2 = await userByEmail(payload as never, 'support-agent2@organizecrm.test')
    const roles = (await payload.find({ collection: 'roles', limit: 100, depth: 0 })).docs
    roleIds = Object.fromEntries(roles.map((r: { key: string; id: number }) => [r.key, r.id]))
    await grant('support-agent', 'wf-fixtures', { read: 'team', create: true, update: 'own', delete: 'none' })
    await grant('support-manager', 'wf-fixtures', { read: 'all', create: true, update: 'all', delete: 'none' })
    await grant('support-agent', 'wf-children', { read: 'all', create: true, update: 'own', delete: 'none' })
    tokens = {
      admin: await login('admin@organizecrm.test'),
      manager: await login('support-manager@organizecrm.test'),
      agent: await login('support-agent@organizecrm.test'),
      agent2: await login('support-agent2@organizecrm.test'),
      sales: await login('sales@organizecrm.test'),
    }
    const child = await api('POST', 'workflows', {
      token: tokens.admin,
      body: {
        key: 'fixture-child-flow',
        name: 'Child flow',
        collection: 'wf-children',
        states: [
          { key: 'draft', category: 'open', initial: true },
          { key: 'approved', category: 'done', final: true },
        ],
        transitions: [{ key: 'approve', from: ['draft'], to: 'approved' }],
      },
    })
    expect(child.status, JSON.stringify(child.body)).toBe(201)
    const main = await api('POST', 'workflows', { token: tokens.admin, body: flow() })
    expect(main.status, JSON.stringify(main.body)).toBe(201)
  })

  describe('well-formedness of workflow data', () => {
    const refused = async (change: (w: ReturnType<typeof flow>) => void, message: RegExp) => {
      const workflow = flow()
      workflow.key = `broken-${Math.random().toString(36).slice(2)}`
      change(workflow)
      const { status, body } = await api('POST', 'workflows', { token: tokens.admin, body: workflow })
      expect(status).toBe(400)
      expect(body.errors[0].message).toMatch(message)
    }
    it('needs an initial state', () => refused((w) => (w.states[0].initial = false), /no initial state/))
    it('refuses a transition to an unknown state', () =>
      refused((w) => (w.transitions[0].to = 'limbo'), /"assign" goes to unknown state "limbo"/))
    it('refuses outgoing transitions from a final state', () =>
      refused(
        (w) => w.transitions.push({ key: 'revive', label: 'Revive', from: ['closed'], to: 'new' } as never),
        /final state "closed" cannot have outgoing/,
      ))
    it('refuses unknown guards and effects', async () => {
      await refused((w) => w.transitions[1].guards!.push({ name: 'moonIsFull' } as never), /unknown guard "moonIsFull"/)
      await refused(
        (w) => w.transitions[0].effects!.push({ name: 'sendFlowers' } as never),
        /unknown effect "sendFlowers"/,
      )
    })
    it('refuses a state nobody can reach', () =>
      refused(
        (w) => w.states.push({ key: 'island', label: 'Island', category: 'waiting' } as never),
        /"island" cannot be reached/,
      ))
    it('refuses wrong guard parameters and unknown read-only fields', async () => {
      await refused(
        (w) => ((w.transitions[1].guards![0] as { params: unknown }).params = { fields: [] }),
        /wrong parameters/,
      )
      await refused((w) => (w.states[2].readOnlyFields = ['nonsense']), /unknown field "nonsense"/)
    })
    it('is managed only with the manageWorkflows function', async () => {
      const { status } = await api('POST', 'workflows', { token: tokens.manager, body: { ...flow(), key: 'mine' } })
      expect(status).toBe(403)
    })
  })

  it('starts a new record in the initial state and logs its creation', async () => {
    const record = await newRecord('first')
    expect(record.status).toBe('new')
    expect(record.statusCategory).toBe('open')
    const history = await api('GET', `wf-fixtures/${record.id}/history`, { token: tokens.agent })
    expect(history.body.events).toHaveLength(1)
    expect(history.body.events[0]).toMatchObject({ transition: 'create', from: null, to: 'new' })
    const forced = await api('POST', 'wf-fixtures', {
      token: tokens.agent,
      body: { title: 'sneaky', status: 'closed' },
    })
    expect(forced.status).toBe(400)
  })

  it('answers 401, 404, 403 and 409 as the contract says', async () => {
    const record = await newRecord('contract')
    expect((await api('POST', `wf-fixtures/${record.id}/transition`, { body: { transition: 'assign' } })).status).toBe(
      401,
    )
    expect((await transition(record.id, 'assign', tokens.sales)).status).toBe(404)
    const denied = await transition(record.id, 'assign', tokens.agent)
    expect(denied.status).toBe(403)
    expect(denied.body.errors[0].message).toMatch(/may not run "Assign"/)
    const wrongState = await transition(record.id, 'resolve', tokens.manager)
    expect(wrongState.status).toBe(409)
    expect(wrongState.body.errors[0].message).toMatch(/not available while the record is "New"/)
    expect((await transition(record.id, 'teleport', tokens.manager)).status).toBe(400)
    expect(
      (await api('POST', `wf-fixtures/abc/transition`, { token: tokens.manager, body: { transition: 'assign' } }))
        .status,
    ).toBe(404)
    expect((await api('POST', `wf-fixtures/${record.id}/transition`, { token: tokens.manager, body: {} })).status).toBe(
      400,
    )
  })

  it('lists only the transitions the caller may run now', async () => {
    const record = await newRecord('choices')
    const forAgent = await api('GET', `wf-fixtures/${record.id}/transitions`, { token: tokens.agent })
    expect(forAgent.body.transitions).toEqual([])
    const forManager = await api('GET', `wf-fixtures/${record.id}/transitions`, { token: tokens.manager })
    expect(forManager.body.transitions.map((t: { key: string }) => t.key)).toEqual(['assign', 'cancel'])
  })

  it('runs a whole flow: roles, responsibility, guards, effects, read-only fields and the log', async () => {
    const record = await newRecord('whole flow', { watchers: [agent2.id], amount: 10 })
    await payload.update({ collection: 'wf-fixtures', id: record.id, data: { responsible: agent2.id } })

    const assigned = await transition(record.id, 'assign', tokens.manager)
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    expect(assigned.body.doc).toMatchObject({ status: 'assigned', statusCategory: 'active' })
    const todos = await payload.find({ collection: 'todos', where: { responsible: { equals: agent2.id } }, depth: 0 })
    expect(todos.docs.map((d: { title: string }) => d.title)).toContain('Assign: whole flow')
    const told = await payload.find({
      collection: 'notifications',
      where: { recipient: { equals: agent2.id } },
      depth: 0,
    })
    expect(told.totalDocs).toBeGreaterThan(0)

    // Only the responsible resolves, and only with a resolution and every child done.
    expect((await transition(record.id, 'resolve', tokens.manager)).status).toBe(403)
    const incomplete = await transition(record.id, 'resolve', tokens.agent2)
    expect(incomplete.status).toBe(400)
    expect(incomplete.body.errors[0].message).toMatch(/Fill in first: resolution/)
    await payload.update({ collection: 'wf-fixtures', id: record.id, data: { resolution: 'replaced the part' } })
    const child = await payload.create({
      collection: 'wf-children',
      data: { parent: record.id, responsible: agent2.id },
    })
    const waiting = await transition(record.id, 'resolve', tokens.agent2)
    expect(waiting.status).toBe(400)
    expect(waiting.body.errors[0].message).toMatch(/1 of its wf-children are not finished/)
    expect(
      (
        await api('POST', `wf-children/${child.id}/transition`, {
          token: tokens.admin,
          body: { transition: 'approve' },
        })
      ).status,
    ).toBe(200)

    // Fields read-only in a state are refused only once the record is in it.
    expect(
      (await api('PATCH', `wf-fixtures/${record.id}`, { token: tokens.manager, body: { amount: 20 } })).status,
    ).toBe(200)
    // The form draws with the document's permissions: a frozen field is read-only there too.
    const editable = async () => {
      const access = await api('POST', `wf-fixtures/access/${record.id}`, { token: tokens.manager })
      // Payload folds what is all allowed into `true` and leaves out what is not.
      const fields = access.body.fields as true | Record<string, true | { update?: true }>
      const mayUpdate = (name: string) =>
        fields === true || fields[name] === true || (fields[name] as { update?: true })?.update === true
      return { amount: mayUpdate('amount'), resolution: mayUpdate('resolution') }
    }
    expect(await editable()).toEqual({ amount: true, resolution: true })
    const resolved = await transition(record.id, 'resolve', tokens.agent2)
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200)
    expect(resolved.body.doc.resolvedAt).toBeTruthy()
    expect(await editable()).toEqual({ amount: false, resolution: true })
    // A client that writes it anyway is told why (by the field's label), not silently ignored.
    const frozen = await api('PATCH', `wf-fixtures/${record.id}`, { token: tokens.manager, body: { amount: 30 } })
    expect(frozen.status).toBe(400)
    expect(frozen.body.errors[0].message).toMatch(/cannot change while the record is "Resolved": Amount\./)
    const inRomanian = await rawApi('PATCH', `wf-fixtures/${record.id}`, {
      token: tokens.manager,
      body: JSON.stringify({ amount: 30 }),
      contentType: 'application/json',
      language: 'ro',
    })
    expect(inRomanian.body.errors[0].message).toMatch(/: Sumă\./)
    const ownerTold = await payload.find({
      collection: 'notifications',
      where: { recipient: { equals: agent.id } },
      depth: 0,
    })
    expect(ownerTold.totalDocs).toBeGreaterThan(0)

    // A plain PATCH of the status is held to the same rules: the comment is required to close.
    const noComment = await api('PATCH', `wf-fixtures/${record.id}`, {
      token: tokens.agent,
      body: { status: 'closed' },
    })
    expect(noComment.status).toBe(400)
    expect(noComment.body.errors[0].message).toMatch(/comment is required/)
    const byManager = await api('PATCH', `wf-fixtures/${record.id}`, {
      token: tokens.manager,
      body: { status: 'closed', workflowComment: 'done' },
    })
    expect(byManager.status).toBe(403)
    const closed = await api('PATCH', `wf-fixtures/${record.id}`, {
      token: tokens.agent,
      body: { status: 'closed', workflowComment: 'thanks' },
    })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    expect(closed.body.doc.statusCategory).toBe('done')
    const backwards = await api('PATCH', `wf-fixtures/${record.id}`, { token: tokens.admin, body: { status: 'new' } })
    expect(backwards.status).toBe(409)

    const history = await api('GET', `wf-fixtures/${record.id}/history`, { token: tokens.agent })
    expect(history.body.events.map((e: { transition: string }) => e.transition)).toEqual([
      'create',
      'assign',
      'resolve',
      'close',
    ])
    expect(history.body.events[3]).toMatchObject({
      from: 'resolved',
      to: 'closed',
      comment: 'thanks',
      user: { name: 'George Munteanu' },
    })
  })

  it('lets exactly one of two concurrent transitions win', async () => {
    const record = await newRecord('race')
    // Both start from "new" only: whoever comes second finds the record already moved.
    const [a, b] = await Promise.all([
      transition(record.id, 'assign', tokens.manager),
      transition(record.id, 'assign', tokens.admin),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const events = await payload.find({
      collection: 'workflow-events',
      where: { collection: { equals: 'wf-fixtures' }, record: { equals: String(record.id) } },
      depth: 0,
    })
    expect(events.totalDocs).toBe(2)
  })

  it('rolls the change and its log back together when an effect fails', async () => {
    const record = await newRecord('rollback')
    const failed = await transition(record.id, 'explode', tokens.admin)
    expect(failed.status).toBe(500)
    const after = await payload.findByID({ collection: 'wf-fixtures', id: record.id, depth: 0 })
    expect(after.status).toBe('new')
    const events = await payload.find({
      collection: 'workflow-events',
      where: {
        collection: { equals: 'wf-fixtures' },
        record: { equals: String(record.id) },
        transition: { equals: 'explode' },
      },
    })
    expect(events.totalDocs).toBe(0)
  })

  it('keeps the log append-only, administrators included', async () => {
    const event = (await payload.find({ collection: 'workflow-events', limit: 1, depth: 0 })).docs[0]
    expect(
      (
        await api('POST', 'workflow-events', {
          token: tokens.admin,
          body: { collection: 'x', record: '1', transition: 'x', to: 'x' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await api('PATCH', `workflow-events/${event.id}`, { token: tokens.admin, body: { comment: 'rewritten' } }))
        .status,
    ).toBe(403)
    expect((await api('DELETE', `workflow-events/${event.id}`, { token: tokens.admin })).status).toBe(403)
    expect((await api('GET', 'workflow-events?limit=1', { token: tokens.admin })).status).toBe(200)
    expect((await api('GET', 'workflow-events?limit=1', { token: tokens.agent })).status).toBe(403)
  })

  it('lets lists filter by state and by state category', async () => {
    const done = await api('GET', 'wf-fixtures?where[statusCategory][equals]=done&limit=100', { token: tokens.manager })
    expect(done.body.docs.length).toBeGreaterThan(0)
    expect(done.body.docs.every((d: { statusCategory: string }) => d.statusCategory === 'done')).toBe(true)
    const fresh = await api('GET', 'wf-fixtures?where[status][equals]=new&limit=100', { token: tokens.manager })
    expect(fresh.body.docs.every((d: { status: string }) => d.status === 'new')).toBe(true)
  })
})
