import { REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { missingRequiredCustomFields } from '@/fields/customFields'
import { CUSTOM_FIELDS_SYSTEM } from '@/hooks/customFields'
import config from '../helpers/config'
import { api, graphql, login } from '../helpers/http'
import { type LoosePayload, testPayload, userByEmail } from '../helpers/payload'

const rest = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config) }

/** Like helpers/http `api`, in the language asked for. */
async function apiIn(language: 'en' | 'ro', method: keyof typeof rest, path: string, token: string, body?: unknown) {
  const request = new Request(`http://localhost:3000/api/${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'accept-language': language, authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await rest[method](request, { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/** The field errors of a Payload ValidationError answer: [{ path, message }]. */
const fieldErrors = (body: any): { path: string; message: string }[] =>
  (body?.errors ?? []).flatMap((e: any) =>
    (e.data?.errors ?? []).map((f: any) => ({ path: f.path, message: f.message })),
  )

const PASSWORD = 'Temp-Pass-2026'
const COLLECTION = 'cf-fixtures'

describe('custom fields', () => {
  let payload: Payload
  let loose: LoosePayload
  let adminToken: string
  let salesToken: string
  let clerkToken: string
  let auditorToken: string
  let admin: TypedUser
  let clerk: TypedUser
  let auditorRoleId: number
  const definitionIds: Record<string, number> = {}

  /** A definition with Romanian and English labels (created in Romanian, then given its English texts). */
  async function define(
    data: Record<string, unknown> & { key: string; en: string; ro: string },
    optionLabels: Record<string, [en: string, ro: string]> = {},
  ) {
    const { en, ro, ...rest } = data
    const options = Object.entries(optionLabels).map(([value, [, roLabel]]) => ({ value, label: roLabel }))
    const created = await loose.create({
      collection: 'custom-fields',
      data: { targetCollection: COLLECTION, label: ro, ...(options.length ? { options } : {}), ...rest },
      locale: 'ro',
      depth: 0,
    })
    await loose.update({
      collection: 'custom-fields',
      id: created.id,
      data: {
        label: en,
        ...(options.length
          ? {
              options: created.options.map((o: { id: string; value: string }) => ({
                id: o.id,
                value: o.value,
                label: optionLabels[o.value][0],
              })),
            }
          : {}),
      },
      locale: 'en',
      depth: 0,
    })
    definitionIds[data.key] = created.id
    return created.id as number
  }

  const base = (extra: Record<string, unknown> = {}) => ({
    title: 'record',
    customFields: { serial: 'SN-1', ...extra },
  })

  beforeAll(async () => {
    payload = await testPayload()
    loose = payload as unknown as LoosePayload
    adminToken = await login('admin@organizecrm.test')
    salesToken = await login('sales@organizecrm.test')
    admin = await userByEmail(payload, 'admin@organizecrm.test')

    // Two roles that work on the fixture records; the auditor's role has a field hidden from it.
    const grants = [
      { collection: COLLECTION, read: 'all', update: 'all', delete: 'all', create: true },
      { collection: 'custom-fields', read: 'all', update: 'none', delete: 'none', create: false },
      { collection: 'users', read: 'all', update: 'own', delete: 'none', create: false },
    ]
    const clerkRole = await loose.create({
      collection: 'roles',
      data: { key: 'cf-clerk', name: 'CF clerk', permissions: grants },
      depth: 0,
    })
    const auditorRole = await loose.create({
      collection: 'roles',
      data: { key: 'cf-auditor', name: 'CF auditor', permissions: grants },
      depth: 0,
    })
    auditorRoleId = auditorRole.id
    for (const [email, role] of [
      ['clerk@cf.test', clerkRole.id],
      ['auditor@cf.test', auditorRole.id],
    ] as const) {
      await loose.create({
        collection: 'users',
        data: { email, name: email, password: PASSWORD, roles: [role], active: true, language: 'en' },
        depth: 0,
      })
    }
    clerk = await userByEmail(payload, 'clerk@cf.test')
    clerkToken = await login('clerk@cf.test', PASSWORD)
    auditorToken = await login('auditor@cf.test', PASSWORD)

    await define({
      key: 'serial',
      type: 'text',
      usage: 'required',
      en: 'Serial number',
      ro: 'Număr de serie',
      order: 10,
    })
    await define({ key: 'notes', type: 'textarea', en: 'Notes', ro: 'Observații', order: 20 })
    await define({ key: 'amount', type: 'number', en: 'Amount', ro: 'Sumă', order: 30 })
    await define({ key: 'dueOn', type: 'date', en: 'Due on', ro: 'Termen', order: 40 })
    await define({ key: 'urgent', type: 'boolean', en: 'Urgent', ro: 'Urgent', order: 50 })
    await define(
      { key: 'priority', type: 'select', en: 'Priority', ro: 'Prioritate', order: 60 },
      { low: ['Low', 'Scăzută'], high: ['High', 'Ridicată'] },
    )
    await define(
      { key: 'tags', type: 'multiselect', en: 'Tags', ro: 'Etichete', order: 70 },
      { a: ['A', 'A'], b: ['B', 'B'], c: ['C', 'C'] },
    )
    await define({ key: 'reviewer', type: 'user', en: 'Reviewer', ro: 'Verificator', order: 80 })
    await define({ key: 'site', type: 'url', en: 'Website', ro: 'Site web', order: 90 })
    await define({ key: 'contact', type: 'email', en: 'Contact email', ro: 'Email de contact', order: 100 })
    await define({
      key: 'rootCause',
      type: 'text',
      usage: 'requiredFromState',
      requiredFromState: 'resolved',
      en: 'Root cause',
      ro: 'Cauza principală',
    })
    await define({
      key: 'externalRef',
      type: 'text',
      usage: 'readOnly',
      en: 'External reference',
      ro: 'Referință externă',
    })
    await define({
      key: 'margin',
      type: 'number',
      usage: 'hiddenForRoles',
      hiddenForRoles: [auditorRoleId],
      en: 'Margin',
      ro: 'Marjă',
    })
    await define(
      { key: 'severity', type: 'select', discriminator: 'bug', en: 'Severity', ro: 'Gravitate' },
      { minor: ['Minor', 'Minoră'], major: ['Major', 'Majoră'] },
    )
  })

  describe('definitions are well formed', () => {
    it('refuses a single or multiple choice field without possible values', async () => {
      for (const type of ['select', 'multiselect']) {
        const answer = await api('POST', 'custom-fields', {
          token: adminToken,
          body: { targetCollection: COLLECTION, key: `choice${type}`, label: 'Choice', type },
        })
        expect(answer.status, type).toBe(400)
        expect(fieldErrors(answer.body)).toEqual([
          { path: 'options', message: expect.stringMatching(/at least one possible value/) },
        ])
      }
    })

    it('refuses a second field with the same key on the same collection (409), and a badly formed key', async () => {
      const duplicate = await api('POST', 'custom-fields', {
        token: adminToken,
        body: { targetCollection: COLLECTION, key: 'amount', label: 'Another amount', type: 'text' },
      })
      expect(duplicate.status).toBe(409)
      expect(duplicate.body.errors[0].message).toBe(
        'The collection "cf-fixtures" already has a custom field with the key "amount".',
      )
      const badKey = await api('POST', 'custom-fields', {
        token: adminToken,
        body: { targetCollection: COLLECTION, key: 'Bad-Key', label: 'Bad', type: 'text' },
      })
      expect(badKey.status).toBe(400)
      expect(fieldErrors(badKey.body)[0].path).toBe('key')
    })

    it('offers exactly the collections that opted in as targets', async () => {
      const elsewhere = await api('POST', 'custom-fields', {
        token: adminToken,
        body: { targetCollection: 'fixture-records', key: 'nope', label: 'Nope', type: 'text' },
      })
      expect(elsewhere.status).toBe(400)
      expect(fieldErrors(elsewhere.body)[0].path).toBe('targetCollection')
    })

    it('refuses changing the key or the target collection once created, and accepts other changes', async () => {
      const id = definitionIds.notes
      const rename = await api('PATCH', `custom-fields/${id}`, { token: adminToken, body: { key: 'remarks' } })
      expect(rename.status).toBe(400)
      expect(rename.body.errors[0].message).toBe('The following field is invalid: Key')
      expect(fieldErrors(rename.body)).toEqual([
        { path: 'key', message: expect.stringMatching(/cannot change once created \(it is "notes"\)/) },
      ])
      const retarget = await api('PATCH', `custom-fields/${id}`, {
        token: adminToken,
        body: { targetCollection: 'wf-fixtures' },
      })
      expect(retarget.status).toBe(400)
      const relabel = await api('PATCH', `custom-fields/${id}?locale=en`, {
        token: adminToken,
        body: { label: 'Notes', order: 21 },
      })
      expect(relabel.status).toBe(200)
      expect(relabel.body.doc.key).toBe('notes')
    })

    it('asks for the state of "required from state" and the roles of "hidden for roles"', async () => {
      const noState = await api('POST', 'custom-fields', {
        token: adminToken,
        body: {
          targetCollection: COLLECTION,
          key: 'closing',
          label: 'Closing',
          type: 'text',
          usage: 'requiredFromState',
        },
      })
      expect(noState.status).toBe(400)
      expect(fieldErrors(noState.body)[0].path).toBe('requiredFromState')
      const noRoles = await api('POST', 'custom-fields', {
        token: adminToken,
        body: { targetCollection: COLLECTION, key: 'secret', label: 'Secret', type: 'text', usage: 'hiddenForRoles' },
      })
      expect(noRoles.status).toBe(400)
      expect(fieldErrors(noRoles.body)[0].path).toBe('hiddenForRoles')
    })

    it('lets every signed-in user read the definitions and only administrators change them', async () => {
      const read = await api('GET', `custom-fields?where[targetCollection][equals]=${COLLECTION}&limit=100`, {
        token: salesToken,
      })
      expect(read.status).toBe(200)
      expect(read.body.docs.map((d: { key: string }) => d.key)).toContain('amount')
      const create = await api('POST', 'custom-fields', {
        token: salesToken,
        body: { targetCollection: COLLECTION, key: 'mine', label: 'Mine', type: 'text' },
      })
      expect(create.status).toBe(403)
      const update = await api('PATCH', `custom-fields/${definitionIds.amount}`, {
        token: salesToken,
        body: { active: false },
      })
      expect(update.status).toBe(403)
    })
  })

  describe('values are validated on every create and update', () => {
    it('stores well-typed values, normalised', async () => {
      const created = await api('POST', COLLECTION, {
        token: clerkToken,
        body: {
          title: 'all types',
          customFields: {
            serial: '  SN-100  ',
            notes: 'Line one\nLine two',
            amount: 12.5,
            dueOn: '2026-03-31',
            urgent: false,
            priority: 'high',
            tags: ['a', 'c', 'a'],
            reviewer: { id: admin.id },
            site: 'https://example.com/page?x=1',
            contact: 'someone@example.com',
          },
        },
      })
      expect(created.status).toBe(201)
      expect(created.body.doc.customFields).toEqual({
        serial: 'SN-100',
        notes: 'Line one\nLine two',
        amount: 12.5,
        dueOn: '2026-03-31',
        urgent: false,
        priority: 'high',
        tags: ['a', 'c'],
        reviewer: admin.id,
        site: 'https://example.com/page?x=1',
        contact: 'someone@example.com',
      })
    })

    const wrong: [key: string, value: unknown, en: string, ro: string][] = [
      [
        'serial',
        123,
        'Serial number: must be text of at most 500 characters.',
        'Număr de serie: trebuie să fie un text de cel mult 500 de caractere.',
      ],
      [
        'notes',
        { text: 'x' },
        'Notes: must be text of at most 10000 characters.',
        'Observații: trebuie să fie un text de cel mult 10000 de caractere.',
      ],
      ['amount', 'twelve', 'Amount: must be a number.', 'Sumă: trebuie să fie un număr.'],
      ['amount', '12', 'Amount: must be a number.', 'Sumă: trebuie să fie un număr.'],
      [
        'dueOn',
        '2026-02-30',
        'Due on: must be a date written YYYY-MM-DD.',
        'Termen: trebuie să fie o dată scrisă AAAA-LL-ZZ.',
      ],
      [
        'dueOn',
        '31.03.2026',
        'Due on: must be a date written YYYY-MM-DD.',
        'Termen: trebuie să fie o dată scrisă AAAA-LL-ZZ.',
      ],
      [
        'urgent',
        'yes',
        'Urgent: must be yes or no (true or false).',
        'Urgent: trebuie să fie da sau nu (true sau false).',
      ],
      [
        'priority',
        'medium',
        'Priority: must be one of: low, high.',
        'Prioritate: trebuie să fie una dintre valorile: low, high.',
      ],
      [
        'tags',
        ['a', 'z'],
        'Tags: must be a list of values among: a, b, c.',
        'Etichete: trebuie să fie o listă de valori dintre: a, b, c.',
      ],
      [
        'tags',
        'a',
        'Tags: must be a list of values among: a, b, c.',
        'Etichete: trebuie să fie o listă de valori dintre: a, b, c.',
      ],
      [
        'reviewer',
        999999,
        'Reviewer: must be the id of an existing user.',
        'Verificator: trebuie să fie id-ul unui utilizator existent.',
      ],
      [
        'reviewer',
        'boss',
        'Reviewer: must be the id of an existing user.',
        'Verificator: trebuie să fie id-ul unui utilizator existent.',
      ],
      [
        'site',
        'ftp://example.com',
        'Website: must be a web address starting with http:// or https://.',
        'Site web: trebuie să fie o adresă web care începe cu http:// sau https://.',
      ],
      [
        'site',
        'not a link',
        'Website: must be a web address starting with http:// or https://.',
        'Site web: trebuie să fie o adresă web care începe cu http:// sau https://.',
      ],
      [
        'contact',
        'someone-at-example',
        'Contact email: must be an email address.',
        'Email de contact: trebuie să fie o adresă de email.',
      ],
    ]
    for (const [key, value, en, ro] of wrong) {
      it(`refuses ${JSON.stringify(value)} for ${key}, naming the field in English and in Romanian`, async () => {
        const english = await apiIn('en', 'POST', COLLECTION, clerkToken, base({ [key]: value }))
        expect(english.status).toBe(400)
        expect(fieldErrors(english.body)).toEqual([{ path: `customFields.${key}`, message: en }])
        expect(english.body.errors[0].message).toBe(`The following field is invalid: ${en.split(':')[0]}`)
        const romanian = await apiIn('ro', 'POST', COLLECTION, clerkToken, base({ [key]: value }))
        expect(romanian.status).toBe(400)
        expect(fieldErrors(romanian.body)).toEqual([{ path: `customFields.${key}`, message: ro }])
        expect(romanian.body.errors[0].message).toBe(`Următorul câmp nu este valid: ${ro.split(':')[0]}`)
      })
    }

    it('names every invalid field at once', async () => {
      const answer = await api('POST', COLLECTION, {
        token: clerkToken,
        body: base({ amount: 'x', priority: 'medium' }),
      })
      expect(answer.status).toBe(400)
      expect(fieldErrors(answer.body).map((e) => e.path)).toEqual(['customFields.amount', 'customFields.priority'])
      expect(answer.body.errors[0].message).toBe('The following fields are invalid: Amount, Priority')
    })

    it('refuses keys that are not custom fields of the collection, and customFields that is not an object', async () => {
      const unknown = await api('POST', COLLECTION, { token: clerkToken, body: base({ colour: 'red' }) })
      expect(unknown.status).toBe(400)
      expect(fieldErrors(unknown.body)).toEqual([
        { path: 'customFields.colour', message: 'colour: is not a custom field of this record.' },
      ])
      const notObject = await api('POST', COLLECTION, {
        token: clerkToken,
        body: { title: 'x', customFields: ['serial'] },
      })
      expect(notObject.status).toBe(400)
      expect(fieldErrors(notObject.body)[0].path).toBe('customFields')
    })

    it('refuses a record without a required value, in both languages', async () => {
      const english = await apiIn('en', 'POST', COLLECTION, clerkToken, {
        title: 'no serial',
        customFields: { amount: 1 },
      })
      expect(english.status).toBe(400)
      expect(fieldErrors(english.body)).toEqual([
        { path: 'customFields.serial', message: 'Serial number: is required.' },
      ])
      const romanian = await apiIn('ro', 'POST', COLLECTION, clerkToken, { title: 'no serial' })
      expect(fieldErrors(romanian.body)).toEqual([
        { path: 'customFields.serial', message: 'Număr de serie: este obligatoriu.' },
      ])
      const blank = await api('POST', COLLECTION, { token: clerkToken, body: base({ serial: '   ' }) })
      expect(fieldErrors(blank.body)).toEqual([{ path: 'customFields.serial', message: 'Serial number: is required.' }])
    })

    it('treats a write as a patch: keys sent replace, null clears, keys not sent are kept', async () => {
      const created = await api('POST', COLLECTION, { token: clerkToken, body: base({ amount: 5, priority: 'low' }) })
      const id = created.body.doc.id
      const patched = await api('PATCH', `${COLLECTION}/${id}`, {
        token: clerkToken,
        body: { customFields: { amount: 6, priority: null } },
      })
      expect(patched.status).toBe(200)
      expect(patched.body.doc.customFields).toEqual({ serial: 'SN-1', amount: 6 })
      const clearRequired = await api('PATCH', `${COLLECTION}/${id}`, {
        token: clerkToken,
        body: { customFields: { serial: null } },
      })
      expect(clearRequired.status).toBe(400)
      expect(fieldErrors(clearRequired.body)[0].path).toBe('customFields.serial')
      const title = await api('PATCH', `${COLLECTION}/${id}`, { token: clerkToken, body: { title: 'renamed' } })
      expect(title.status).toBe(200)
      expect(title.body.doc.customFields).toEqual({ serial: 'SN-1', amount: 6 })
    })

    it('validates through the local API and GraphQL too', async () => {
      // The local API has no request language: the application's default, Romanian, applies.
      await expect(
        loose.create({ collection: COLLECTION, data: base({ amount: 'x' }), user: clerk, overrideAccess: false }),
      ).rejects.toMatchObject({
        status: 400,
        data: { errors: [{ path: 'customFields.amount', message: 'Sumă: trebuie să fie un număr.' }] },
      })
      const mutation = await graphql(
        'mutation ($data: mutationCfFixtureInput!) { createCfFixture(data: $data) { id } }',
        clerkToken,
        { data: base({ priority: 'medium' }) },
      )
      expect(mutation.body.errors?.[0]?.message).toBe('The following field is invalid: Priority')
      expect(mutation.body.errors?.[0]?.extensions?.data?.errors).toEqual([
        { path: 'customFields.priority', label: 'Priority', message: 'Priority: must be one of: low, high.' },
      ])
    })
  })

  describe('usage modes', () => {
    it('requires a "required from state" value only in that state', async () => {
      const created = await api('POST', COLLECTION, { token: clerkToken, body: { ...base(), status: 'new' } })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const resolve = await apiIn('en', 'PATCH', `${COLLECTION}/${id}`, clerkToken, { status: 'resolved' })
      expect(resolve.status).toBe(400)
      expect(fieldErrors(resolve.body)).toEqual([
        { path: 'customFields.rootCause', message: 'Root cause: is required in the state "resolved".' },
      ])
      const resolveRo = await apiIn('ro', 'PATCH', `${COLLECTION}/${id}`, clerkToken, { status: 'resolved' })
      expect(fieldErrors(resolveRo.body)[0].message).toBe('Cauza principală: este obligatoriu în starea „resolved”.')
      const inProgress = await api('PATCH', `${COLLECTION}/${id}`, {
        token: clerkToken,
        body: { status: 'in-progress' },
      })
      expect(inProgress.status).toBe(200)
      const filled = await api('PATCH', `${COLLECTION}/${id}`, {
        token: clerkToken,
        body: { status: 'resolved', customFields: { rootCause: 'Cable' } },
      })
      expect(filled.status).toBe(200)
      expect(filled.body.doc.status).toBe('resolved')
      // Created directly in that state, the value is needed from the start.
      const direct = await api('POST', COLLECTION, { token: clerkToken, body: { ...base(), status: 'resolved' } })
      expect(direct.status).toBe(400)
    })

    it('applies definitions with a discriminator only to the records of that kind', async () => {
      const feature = await api('POST', COLLECTION, {
        token: clerkToken,
        body: { ...base({ severity: 'major' }), kind: 'feature' },
      })
      expect(feature.status).toBe(400)
      expect(fieldErrors(feature.body)).toEqual([
        { path: 'customFields.severity', message: 'Severity: does not apply to this record.' },
      ])
      const wrongValue = await api('POST', COLLECTION, {
        token: clerkToken,
        body: { ...base({ severity: 'fatal' }), kind: 'bug' },
      })
      expect(fieldErrors(wrongValue.body)).toEqual([
        { path: 'customFields.severity', message: 'Severity: must be one of: minor, major.' },
      ])
      const bug = await api('POST', COLLECTION, {
        token: clerkToken,
        body: { ...base({ severity: 'major' }), kind: 'bug' },
      })
      expect(bug.status).toBe(201)
      // The record changes kind: its value is kept, no longer editable, and does not block saving.
      const id = bug.body.doc.id
      const rekind = await api('PATCH', `${COLLECTION}/${id}`, { token: clerkToken, body: { kind: 'feature' } })
      expect(rekind.status).toBe(200)
      expect(rekind.body.doc.customFields.severity).toBe('major')
      const resend = await api('PATCH', `${COLLECTION}/${id}`, {
        token: clerkToken,
        body: { customFields: rekind.body.doc.customFields },
      })
      expect(resend.status).toBe(200)
      const change = await api('PATCH', `${COLLECTION}/${id}`, {
        token: clerkToken,
        body: { customFields: { severity: 'minor' } },
      })
      expect(change.status).toBe(400)
    })

    it('sets a read-only value on creation; afterwards only system work changes it', async () => {
      const created = await api('POST', COLLECTION, { token: clerkToken, body: base({ externalRef: 'EXT-1' }) })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      for (const token of [clerkToken, adminToken]) {
        const change = await api('PATCH', `${COLLECTION}/${id}`, {
          token,
          body: { customFields: { externalRef: 'EXT-2' } },
        })
        expect(change.status).toBe(400)
        expect(fieldErrors(change.body)).toEqual([
          { path: 'customFields.externalRef', message: 'External reference: is read-only and cannot be changed.' },
        ])
        const clear = await api('PATCH', `${COLLECTION}/${id}`, {
          token,
          body: { customFields: { externalRef: null } },
        })
        expect(clear.status).toBe(400)
      }
      const same = await api('PATCH', `${COLLECTION}/${id}`, {
        token: clerkToken,
        body: { customFields: { externalRef: 'EXT-1', amount: 3 } },
      })
      expect(same.status).toBe(200)
      // An import or a workflow effect acting as the system.
      const bySystem = await loose.update({
        collection: COLLECTION,
        id,
        data: { customFields: { externalRef: 'EXT-3' } },
        depth: 0,
      })
      expect(bySystem.customFields.externalRef).toBe('EXT-3')
      const flagged = await loose.update({
        collection: COLLECTION,
        id,
        data: { customFields: { externalRef: 'EXT-4' } },
        user: clerk,
        overrideAccess: false,
        context: { [CUSTOM_FIELDS_SYSTEM]: true },
        depth: 0,
      })
      expect(flagged.customFields.externalRef).toBe('EXT-4')
    })

    it('hides a value from users holding a role it is hidden for: not read, not written, not queried', async () => {
      const created = await api('POST', COLLECTION, { token: clerkToken, body: base({ margin: 12, amount: 40 }) })
      expect(created.status).toBe(201)
      const id = created.body.doc.id

      const asAuditor = await api('GET', `${COLLECTION}/${id}`, { token: auditorToken })
      expect(asAuditor.status).toBe(200)
      expect(asAuditor.body.customFields).toEqual({ serial: 'SN-1', amount: 40 })
      const list = await api('GET', `${COLLECTION}?where[id][equals]=${id}`, { token: auditorToken })
      expect(list.body.docs[0].customFields).not.toHaveProperty('margin')
      const gql = await graphql(`{ CfFixture(id: ${id}) { customFields } }`, auditorToken)
      expect(gql.body.data.CfFixture.customFields).toEqual({ serial: 'SN-1', amount: 40 })
      const history = await api('GET', `${COLLECTION}/versions?where[parent][equals]=${id}`, { token: auditorToken })
      expect(history.status).toBe(200)
      expect(history.body.docs.length).toBeGreaterThan(0)
      for (const version of history.body.docs) expect(version.version.customFields).not.toHaveProperty('margin')
      const clerkHistory = await api('GET', `${COLLECTION}/versions?where[parent][equals]=${id}`, { token: clerkToken })
      expect(clerkHistory.body.docs[0].version.customFields.margin).toBe(12)
      const asClerkRead = await api('GET', `${COLLECTION}/${id}?depth=0`, { token: clerkToken })
      expect(asClerkRead.body.customFields.margin).toBe(12)

      // The auditor edits what they see (as the admin form sends it back): the hidden value stays.
      const edit = await api('PATCH', `${COLLECTION}/${id}`, {
        token: auditorToken,
        body: { customFields: { ...asAuditor.body.customFields, amount: 41 } },
      })
      expect(edit.status).toBe(200)
      expect(edit.body.doc.customFields).toEqual({ serial: 'SN-1', amount: 41 })
      const stored = await loose.findByID({ collection: COLLECTION, id, depth: 0 })
      expect(stored.customFields).toEqual({ serial: 'SN-1', amount: 41, margin: 12 })

      const write = await api('PATCH', `${COLLECTION}/${id}`, {
        token: auditorToken,
        body: { customFields: { margin: 1 } },
      })
      expect(write.status).toBe(400)
      expect(fieldErrors(write.body)).toEqual([
        { path: 'customFields.margin', message: 'Margin: cannot be written with your role.' },
      ])
      const probe = await api('GET', `${COLLECTION}?where[customFields.margin][equals]=12`, { token: auditorToken })
      expect(probe.status).toBe(400)
      expect(probe.body.errors[0].message).toBe('The following path cannot be queried: customFields.margin')
      const probeGql = await graphql(
        '{ CfFixtures(where: { customFields: { equals: { margin: 12 } } }) { totalDocs } }',
        auditorToken,
      )
      expect(probeGql.body.errors?.[0]?.message).toBe('The following path cannot be queried: customFields.margin')
      // Other roles see and query it.
      const asClerk = await api('GET', `${COLLECTION}?where[customFields.margin][equals]=12`, { token: clerkToken })
      expect(asClerk.body.docs.map((d: { id: number }) => d.id)).toEqual([id])
    })
  })

  describe('querying by customFields.<key>', () => {
    beforeAll(async () => {
      const make = async (title: string, values: Record<string, unknown>) =>
        (
          await loose.create({
            collection: COLLECTION,
            data: { title, customFields: { serial: `Q-${title}`, ...values } },
            depth: 0,
          })
        ).id as number
      // The records the queries below find by title.
      await make('q-one', {
        amount: 7,
        urgent: true,
        priority: 'high',
        tags: ['a', 'b'],
        dueOn: '2026-05-01',
        contact: 'one@example.com',
      })
      await make('q-two', { amount: 8, urgent: false, priority: 'low', tags: ['b'] })
      await make('q-three', { amount: 7.5, priority: 'high' })
    })
    const only = (docs: { id: number; title: string }[]) =>
      docs
        .filter((d) => d.title.startsWith('q-'))
        .map((d) => d.title)
        .sort()

    it('through REST: strings, numbers, booleans, dates, lists, in, exists, contains', async () => {
      const get = async (query: string) => {
        const answer = await api('GET', `${COLLECTION}?limit=100&${query}`, { token: clerkToken })
        expect(answer.status, query).toBe(200)
        return only(answer.body.docs)
      }
      expect(await get('where[customFields.priority][equals]=high')).toEqual(['q-one', 'q-three'])
      expect(await get('where[customFields.amount][equals]=7')).toEqual(['q-one'])
      expect(await get('where[customFields.amount][equals]=7.5')).toEqual(['q-three'])
      expect(await get('where[customFields.urgent][equals]=true')).toEqual(['q-one'])
      expect(await get('where[customFields.urgent][equals]=false')).toEqual(['q-two'])
      expect(await get('where[customFields.dueOn][equals]=2026-05-01')).toEqual(['q-one'])
      expect(await get('where[customFields.contact][equals]=one@example.com')).toEqual(['q-one'])
      expect(await get('where[customFields.tags][equals]=b')).toEqual(['q-one', 'q-two'])
      expect(await get('where[customFields.amount][in]=8,7.5')).toEqual(['q-three', 'q-two'])
      expect(await get('where[customFields.urgent][exists]=true&where[customFields.serial][like]=Q-q')).toEqual([
        'q-one',
        'q-two',
      ])
      expect(await get('where[customFields.urgent][exists]=false&where[customFields.serial][contains]=q-t')).toEqual([
        'q-three',
      ])
      expect(
        await get('where[or][0][customFields.priority][equals]=low&where[or][1][customFields.amount][equals]=7'),
      ).toEqual(['q-one', 'q-two'])
    })

    it('through GraphQL, with the json where input holding one condition per key', async () => {
      const run = async (where: string) => {
        const answer = await graphql(`{ CfFixtures(limit: 100, where: ${where}) { docs { id title } } }`, clerkToken)
        expect(answer.body.errors, where).toBeUndefined()
        return only(answer.body.data.CfFixtures.docs)
      }
      expect(await run('{ customFields: { equals: { priority: "high" } } }')).toEqual(['q-one', 'q-three'])
      expect(await run('{ customFields: { equals: { priority: "high", amount: 7 } } }')).toEqual(['q-one'])
      expect(await run('{ customFields: { equals: { urgent: false } } }')).toEqual(['q-two'])
      expect(
        await run(
          '{ AND: [{ customFields: { equals: { tags: "b" } } }, { customFields: { not_equals: { priority: "low" } } }] }',
        ),
      ).toEqual(['q-one'])
      const variables = await graphql(
        'query ($where: CfFixture_where) { CfFixtures(where: $where, limit: 100) { docs { title } } }',
        clerkToken,
        { where: { customFields: { equals: { amount: 7.5 } } } },
      )
      expect(only(variables.body.data.CfFixtures.docs)).toEqual(['q-three'])
    })

    it('through the local API, for users and for the system', async () => {
      const asClerk = await loose.find({
        collection: COLLECTION,
        where: { 'customFields.amount': { equals: 7 } },
        user: clerk,
        overrideAccess: false,
        limit: 100,
      })
      expect(only(asClerk.docs)).toEqual(['q-one'])
      const system = await loose.find({
        collection: COLLECTION,
        where: { 'customFields.priority': { in: ['low', 'high'] }, 'customFields.urgent': { equals: true } },
        limit: 100,
      })
      expect(only(system.docs)).toEqual(['q-one'])
      const count = await loose.count({
        collection: COLLECTION,
        where: { 'customFields.tags': { equals: 'b' }, title: { like: 'q-' } },
      })
      expect(count.totalDocs).toBe(2)
    })

    it('answers 400, not 500, to an operator JSON queries cannot answer', async () => {
      const answer = await api('GET', `${COLLECTION}?where[customFields.amount][greater_than]=5`, { token: clerkToken })
      expect(answer.status).toBe(400)
      expect(answer.body.errors[0].message).toMatch(/cannot be queried with "greater_than"/)
    })
  })

  describe('changing and deactivating definitions never loses values', () => {
    it('keeps a value whose option was removed, refuses it for new writes', async () => {
      const kept = await loose.create({ collection: COLLECTION, data: base({ tags: ['c'] }), depth: 0 })
      const definition = await loose.findByID({ collection: 'custom-fields', id: definitionIds.tags, depth: 0 })
      await loose.update({
        collection: 'custom-fields',
        id: definitionIds.tags,
        data: { options: definition.options.filter((o: { value: string }) => o.value !== 'c') },
        depth: 0,
      })
      const untouched = await api('PATCH', `${COLLECTION}/${kept.id}`, {
        token: clerkToken,
        body: { title: 'still c', customFields: { amount: 2 } },
      })
      expect(untouched.status).toBe(200)
      expect(untouched.body.doc.customFields.tags).toEqual(['c'])
      const fresh = await api('POST', COLLECTION, { token: clerkToken, body: base({ tags: ['c'] }) })
      expect(fieldErrors(fresh.body)).toEqual([
        { path: 'customFields.tags', message: 'Tags: must be a list of values among: a, b.' },
      ])
    })

    it('keeps the values of a deactivated definition and stops checking them, required ones included', async () => {
      const id = await define({
        key: 'legacyCode',
        type: 'number',
        usage: 'required',
        en: 'Legacy code',
        ro: 'Cod vechi',
      })
      const record = await api('POST', COLLECTION, { token: clerkToken, body: base({ legacyCode: 77 }) })
      expect(record.status).toBe(201)
      const deactivated = await api('PATCH', `custom-fields/${id}`, { token: adminToken, body: { active: false } })
      expect(deactivated.status).toBe(200)

      // No longer required, no longer offered; the stored value stays and is read back.
      const without = await api('POST', COLLECTION, { token: clerkToken, body: base() })
      expect(without.status).toBe(201)
      const edit = await api('PATCH', `${COLLECTION}/${record.body.doc.id}`, {
        token: clerkToken,
        body: { customFields: { ...record.body.doc.customFields, amount: 1 } },
      })
      expect(edit.status).toBe(200)
      expect(edit.body.doc.customFields).toEqual({ serial: 'SN-1', legacyCode: 77, amount: 1 })
      const write = await api('PATCH', `${COLLECTION}/${record.body.doc.id}`, {
        token: clerkToken,
        body: { customFields: { legacyCode: 78 } },
      })
      expect(fieldErrors(write.body)).toEqual([
        { path: 'customFields.legacyCode', message: 'Legacy code: is no longer in use and cannot be changed.' },
      ])
      expect(
        only2(await api('GET', `${COLLECTION}?where[customFields.legacyCode][equals]=77`, { token: clerkToken })),
      ).toEqual([record.body.doc.id])

      // Reactivated, it applies again to every record.
      await api('PATCH', `custom-fields/${id}`, { token: adminToken, body: { active: true } })
      const missing = await api('PATCH', `${COLLECTION}/${without.body.doc.id}`, {
        token: clerkToken,
        body: { title: 'again' },
      })
      expect(fieldErrors(missing.body)).toEqual([
        { path: 'customFields.legacyCode', message: 'Legacy code: is required.' },
      ])
      await api('PATCH', `custom-fields/${id}`, { token: adminToken, body: { active: false } })
    })

    it('refuses deleting a definition whose key holds values (409), deletes an unused one', async () => {
      const inUse = await api('DELETE', `custom-fields/${definitionIds.amount}`, { token: adminToken })
      expect(inUse.status).toBe(409)
      expect(inUse.body.errors[0].message).toMatch(/hold a value for "amount": deactivate the field/)
      const unused = await define({ key: 'unused', type: 'text', en: 'Unused', ro: 'Nefolosit' })
      expect((await api('DELETE', `custom-fields/${unused}`, { token: adminToken })).status).toBe(200)
    })
  })

  describe('missingRequiredCustomFields (for the workflow guard)', () => {
    it('lists the definitions required at a state that have no value, labelled in the request language', async () => {
      const doc = { id: 1, kind: 'bug', status: 'new', customFields: { amount: 3 } }
      const en = await createLocalReq({ req: { i18n: { language: 'en' } as never } }, payload)
      // In the definitions' order.
      expect(await missingRequiredCustomFields(en, COLLECTION, doc, 'resolved')).toEqual([
        { key: 'rootCause', label: 'Root cause' },
        { key: 'serial', label: 'Serial number' },
      ])
      expect(await missingRequiredCustomFields(en, COLLECTION, doc, 'in-progress')).toEqual([
        { key: 'serial', label: 'Serial number' },
      ])
      const filled = { ...doc, customFields: { serial: 'S', rootCause: 'R' } }
      expect(await missingRequiredCustomFields(en, COLLECTION, filled, 'resolved')).toEqual([])
      const ro = await createLocalReq({ req: { i18n: { language: 'ro' } as never } }, payload)
      expect(await missingRequiredCustomFields(ro, COLLECTION, doc, 'resolved')).toEqual([
        { key: 'rootCause', label: 'Cauza principală' },
        { key: 'serial', label: 'Număr de serie' },
      ])
      expect(await missingRequiredCustomFields(en, 'fixture-records', doc, 'resolved')).toEqual([])
    })
  })
})

const only2 = (answer: { body: { docs: { id: number }[] } }) => answer.body.docs.map((d) => d.id)
