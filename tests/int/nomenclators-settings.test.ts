import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'

import { modulesOf } from '@/hooks/modules'
import { api, login } from '../helpers/http'
import { testPayload } from '../helpers/payload'

describe('nomenclators and settings', () => {
  let payload: Payload
  let adminToken: string
  const item = async (list: string, value: string) =>
    (await payload.find({ collection: 'nomenclators', where: { list: { equals: list }, value: { equals: value } } }))
      .docs[0]

  beforeAll(async () => {
    payload = await testPayload()
    adminToken = await login('admin@organizecrm.test')
  })

  it('seeds every list with labels in both languages and probabilities on the stages', async () => {
    const ro = await api('GET', 'nomenclators?where[list][equals]=opportunity-stages&sort=order&locale=ro', {
      token: adminToken,
    })
    const en = await api('GET', 'nomenclators?where[list][equals]=opportunity-stages&sort=order&locale=en', {
      token: adminToken,
    })
    expect(ro.body.docs.map((d: { label: string }) => d.label)).toContain('Negociere')
    expect(en.body.docs.map((d: { label: string }) => d.label)).toContain('Negotiation')
    expect(en.body.docs.find((d: { value: string }) => d.value === 'proposal').number).toBe(50)
    const lists = await payload.findDistinct({ collection: 'nomenclators', field: 'list', limit: 100 })
    // Every list the application knows is seeded.
    expect(lists.values.length).toBe(Object.keys(modulesOf(payload).nomenclatorLists).length)
  })

  it('refuses deleting an item in use with a 409 that says to deactivate it', async () => {
    const ron = await item('currencies', 'RON')
    const { status, body } = await api('DELETE', `nomenclators/${ron.id}`, { token: adminToken })
    expect(status).toBe(409)
    // The demo clients, opportunities and campaigns use it too: settings is named among them.
    expect(body.errors[0].message).toMatch(/still used by .*\bsettings \(1\)\. Deactivate it/)
    expect(await item('currencies', 'RON')).toBeTruthy()
  })

  it('deletes an item nobody uses', async () => {
    const usd = await item('currencies', 'USD')
    expect((await api('DELETE', `nomenclators/${usd.id}`, { token: adminToken })).status).toBe(200)
    expect(await item('currencies', 'USD')).toBeUndefined()
  })

  it('refuses a second item with the same value in one list', async () => {
    const { status, body } = await api('POST', 'nomenclators', {
      token: adminToken,
      body: { list: 'currencies', value: 'EUR', label: 'Euro again' },
    })
    expect(status).toBe(409)
    expect(body.errors[0].message).toMatch(/already has an item with the value "EUR"/)
    // The same value in another list is fine.
    const other = await api('POST', 'nomenclators', {
      token: adminToken,
      body: { list: 'lead-sources', value: 'EUR', label: 'odd but allowed' },
    })
    expect(other.status).toBe(201)
  })

  it('accepts in a nomenclator field only active items of the right list', async () => {
    const eur = await item('currencies', 'EUR')
    // The files after this one expect the install's currency: it is put back whatever happens here.
    const before = (await payload.findGlobal({ slug: 'settings', depth: 0 })).commercial?.defaultCurrency
    onTestFinished(async () => {
      await payload.update({ collection: 'nomenclators', id: eur.id, data: { active: true } })
      await payload.updateGlobal({ slug: 'settings', data: { commercial: { defaultCurrency: before } } })
    })
    const vat = await item('vat-rates', 'standard')
    const wrongList = await api('POST', 'globals/settings', {
      token: adminToken,
      body: { commercial: { defaultCurrency: vat.id } },
    })
    expect(wrongList.status).toBe(400)
    expect(JSON.stringify(wrongList.body)).toMatch(/defaultCurrency|Default currency/)

    await payload.update({ collection: 'nomenclators', id: eur.id, data: { active: false } })
    const inactive = await api('POST', 'globals/settings', {
      token: adminToken,
      body: { commercial: { defaultCurrency: eur.id } },
    })
    expect(inactive.status).toBe(400)
    await payload.update({ collection: 'nomenclators', id: eur.id, data: { active: true } })
    const ok = await api('POST', 'globals/settings', {
      token: adminToken,
      body: { commercial: { defaultCurrency: eur.id } },
    })
    expect(ok.status).toBe(200)
    const saved = await payload.findGlobal({ slug: 'settings', depth: 0 })
    expect(saved.commercial?.defaultCurrency).toBe(eur.id)
  })

  it('has the settings the brief asks for, with Romanian defaults', async () => {
    const salesToken = await login('sales@organizecrm.test')
    const { status, body } = await api('GET', 'globals/settings?depth=1', { token: salesToken })
    expect(status).toBe(200)
    expect(body.company.name).toBeTruthy()
    expect(body.company.fiscalCode).toBeTruthy()
    expect(body.time.timeZone).toBe('Europe/Bucharest')
    expect(body.time.workingDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri'])
    expect(body.commercial.offerValidityDays).toBe(30)
    expect(body.commercial.numberPrefixes).toEqual({ offer: 'OF', contract: 'CT', ticket: 'TK', project: 'PR' })
    expect(body.email.senderAddress).toMatch(/@/)
  })

  it('refuses a time zone that does not exist', async () => {
    const { status, body } = await api('POST', 'globals/settings', {
      token: adminToken,
      body: { time: { timeZone: 'Europe/Atlantis' } },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/time zone/i)
  })

  it('keeps settings history with the author of each change', async () => {
    const before = (await payload.findGlobal({ slug: 'settings', depth: 0 })).commercial?.offerValidityDays
    onTestFinished(async () => {
      await payload.updateGlobal({ slug: 'settings', data: { commercial: { offerValidityDays: before } } })
    })
    const changed = await api('POST', 'globals/settings', {
      token: adminToken,
      body: { commercial: { offerValidityDays: 45 } },
    })
    expect(changed.status).toBe(200)
    const versions = await payload.findGlobalVersions({ slug: 'settings', sort: '-updatedAt', limit: 1, depth: 0 })
    const admin = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@organizecrm.test' } } }))
      .docs[0]
    // The newest version is this change, stamped with its author.
    expect(versions.docs[0].version.commercial?.offerValidityDays).toBe(45)
    expect(versions.docs[0].version.updatedBy).toBe(admin.id)
  })
})
