/**
 * A contract from an accepted offer to its signature in the browser: the salesperson creates it
 * with the offer's button, sends it to legal review, the sales manager approves it, the salesperson
 * sends it for signature, uploads the signed copy and marks it signed; a support agent links a
 * ticket to one of its activities; the contract shows in the client's tab and on the calendar; the
 * project manager plans its implementation from it.
 * Against the production build started by `npm run test:e2e`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { APIRequestContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useBrowser } from './browser'
import { apiAs, chooseOption, gotoAdmin, login, logout, save, settle, statusOf, takeStep } from './support'

const stamp = Date.now().toString(36)
const clientName = `Construcții Ardealul ${stamp} SRL`
const SALES = 'sales@organizecrm.test'
const MANAGER = 'sales-manager@organizecrm.test'
const AGENT = 'support-agent@organizecrm.test'

const drawer = (page: Page) => page.locator('dialog.drawer--is-open').last()
const day = (date: Date) => date.toISOString().slice(0, 10)

async function json(client: APIRequestContext, url: string) {
  return (await client.get(url)).json()
}

/** Walks an offer to "accepted" through its flow, each step by the person whose step it is. */
async function acceptedOffer(): Promise<{ id: number; client: number }> {
  const sales = await apiAs(SALES)
  const manager = await apiAs(MANAGER)
  const vat = await json(sales, '/api/nomenclators?depth=0&where[list][equals]=vat-rates&where[value][equals]=standard')
  const client = (await (await sales.post('/api/clients', { data: { name: clientName } })).json()).doc.id
  const offer = await (
    await sales.post('/api/offers', {
      data: {
        title: `Modernizare hală ${stamp}`,
        client,
        lines: [{ description: 'Proiectare și execuție', quantity: 2, unitPrice: 5000, vatRate: vat.docs[0].id }],
      },
    })
  ).json()
  const id = offer.doc.id
  const step = async (who: APIRequestContext, transition: string) =>
    expect((await who.post(`/api/offers/${id}/transition`, { data: { transition } })).status()).toBe(200)
  await step(sales, 'submit')
  await step(manager, 'approve')
  await step(sales, 'send')
  expect((await sales.patch(`/api/offers/${id}`, { data: { decisionDate: new Date().toISOString() } })).status()).toBe(
    200,
  )
  await step(sales, 'accept')
  await sales.dispose()
  await manager.dispose()
  return { id, client }
}

describe('a contract from an accepted offer to its signature', () => {
  const journey = useBrowser('contracts')
  const { errors, shot } = journey
  const signedCopy = path.join(os.tmpdir(), `contract-semnat-${stamp}.pdf`)
  let offer = { id: 0, client: 0 }
  let contractPath = ''
  let contractId = 0

  beforeAll(async () => {
    fs.writeFileSync(
      signedCopy,
      '%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
    )
    offer = await acceptedOffer()
  })

  afterAll(() => fs.rmSync(signedCopy, { force: true }))

  it('the salesperson creates the contract from the accepted offer', async () => {
    const { page } = journey
    await login(page, SALES)
    await gotoAdmin(page, `/admin/collections/offers/${offer.id}`)
    await page.locator('#contract-from-offer').click()
    await page.waitForURL(/\/admin\/collections\/contracts\/\d+$/, { timeout: 60_000 })
    await settle(page)
    contractPath = new URL(page.url()).pathname
    contractId = Number(contractPath.split('/').pop())
    expect(await page.locator('#field-number').inputValue()).toMatch(/^CT-\d{4}-\d{4}$/)
    await expect.poll(() => statusOf(page)).toBe('draft')
    const sales = await apiAs(SALES)
    const contract = await json(sales, `/api/contracts/${contractId}?depth=0`)
    await sales.dispose()
    expect(contract.offer).toBe(offer.id)
    expect(contract.client).toBe(offer.client)
    expect(contract.totals.gross).toBe(12100)
    await shot(page, 'contract-from-offer')
  })

  it('fills in its period and sends it to legal review', async () => {
    const { page } = journey
    const sales = await apiAs(SALES)
    // From tomorrow: the hourly renewals job would otherwise start it while the journey checks "signed".
    const start = new Date(Date.now() + 86_400_000)
    const end = new Date(start.getTime() + 364 * 86_400_000)
    expect(
      (
        await sales.patch(`/api/contracts/${contractId}`, {
          data: { startDate: day(start), endDate: day(end), autoRenew: true, noticeDays: 30 },
        })
      ).status(),
    ).toBe(200)
    await sales.dispose()
    await gotoAdmin(page, contractPath)
    await takeStep(page, 'submit', 'in-review')
    await logout(page)
  })

  it('the sales manager approves it', async () => {
    const { page } = journey
    await login(page, MANAGER)
    await gotoAdmin(page, contractPath)
    await takeStep(page, 'approve', 'approved')
    await logout(page)
  })

  it('the salesperson sends it for signature, uploads the signed copy and marks it signed', async () => {
    const { page } = journey
    await login(page, SALES)
    await gotoAdmin(page, contractPath)
    await takeStep(page, 'send', 'sent-for-signature')
    await page.locator('.tabs-field__tab-button', { hasText: 'Documente' }).click()
    await page.locator('#field-documents .upload__createNewToggler').click()
    await drawer(page).locator('input[type="file"]').setInputFiles(signedCopy)
    await chooseOption(page, 'kind', /Exemplar semnat/)
    const saveFile = drawer(page).locator('.bulk-upload--actions-bar__saveButtons button').first()
    await saveFile.waitFor({ state: 'visible' })
    await saveFile.click()
    await expect.poll(() => page.locator('#field-documents').textContent(), { timeout: 30_000 }).toContain('semnat')
    await save(page, 'contracts')
    const filed = await apiAs(SALES)
    const documents = await json(filed, `/api/contract-documents?depth=1&where[contract][equals]=${contractId}`)
    await filed.dispose()
    expect(documents.docs.map((d: { kind?: { value?: string } }) => d.kind?.value)).toEqual(['signed'])
    // The panel offers the steps as they were when the page loaded: reload it to sign.
    await gotoAdmin(page, contractPath)
    await takeStep(page, 'sign', 'signed')
    await shot(page, 'contract-signed')
    const sales = await apiAs(SALES)
    const contract = await json(sales, `/api/contracts/${contractId}?depth=1`)
    await sales.dispose()
    expect(contract.signedAt).toBeTruthy()
    expect(contract.documents[0].contract).toBe(contractId)
    await logout(page)
  })

  it('a support agent links a ticket to one of its activities', async () => {
    const { page } = journey
    const sales = await apiAs(SALES)
    const activity = await sales.post('/api/contract-activities', {
      data: { contract: contractId, title: `Livrare echipamente ${stamp}`, dueDate: day(new Date()) },
    })
    expect(activity.status()).toBe(201)
    const activityId = (await activity.json()).doc.id
    await sales.dispose()
    // The ticket itself is the support journey's; here the agent links it from its page.
    const agent = await apiAs(AGENT)
    const types = await json(agent, '/api/ticket-types?depth=0&limit=1&sort=id')
    const made = await agent.post('/api/tickets', {
      data: { title: `Echipament defect ${stamp}`, type: types.docs[0].id, client: offer.client },
    })
    expect(made.status(), await made.text()).toBe(201)
    const ticketId = (await made.json()).doc.id
    await login(page, AGENT)
    await gotoAdmin(page, `/admin/collections/tickets/${ticketId}`)
    await chooseOption(page, 'concerns', new RegExp(`Livrare echipamente ${stamp}`), 'Livrare')
    await save(page, 'tickets')
    const ticket = await json(agent, `/api/tickets/${ticketId}?depth=0`)
    await agent.dispose()
    expect(ticket.concerns).toEqual({ relationTo: 'contract-activities', value: activityId })
    await logout(page)
  })

  it('the contract shows in the client tab and on the calendar', async () => {
    const { page } = journey
    await login(page, SALES)
    await gotoAdmin(page, `/admin/collections/clients/${offer.client}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Contracte' }).click()
    await expect.poll(() => page.locator('#field-contracts').textContent(), { timeout: 30_000 }).toContain('CT-')
    await shot(page, 'client-contracts')
    await gotoAdmin(page, '/admin/calendar')
    await page.locator('#calendar:not([data-loading])').waitFor({ state: 'visible' })
    await expect
      .poll(() => page.locator('#calendar').textContent(), { timeout: 30_000 })
      .toContain('Livrare echipamente')
    await shot(page, 'calendar')
  })

  it('the project manager plans its implementation from the signed contract, the start typed day first', async () => {
    const { page } = journey
    await logout(page)
    await login(page, 'project-manager@organizecrm.test')
    await gotoAdmin(page, contractPath)
    await page.locator('#project-from-contract-start').fill('02.12.2030')
    await page.locator('#project-from-contract').click()
    await page.waitForURL(/\/admin\/collections\/projects\/\d+$/, { timeout: 60_000 })
    await settle(page)
    const projectId = Number(new URL(page.url()).pathname.split('/').pop())
    const manager = await apiAs('project-manager@organizecrm.test')
    const project = await json(manager, `/api/projects/${projectId}?depth=0`)
    const plan = await json(manager, `/api/project-activities?depth=0&limit=100&where[project][equals]=${projectId}`)
    await manager.dispose()
    expect(project).toMatchObject({ contract: contractId, client: offer.client, status: 'planning' })
    expect(project.startDate).toBe('2030-12-02T12:00:00.000Z')
    expect(plan.totalDocs).toBeGreaterThan(0)
    await shot(page, 'project-from-contract')
    await gotoAdmin(page, contractPath)
    await expect.poll(() => page.locator('#project-from-contract').count(), { timeout: 30_000 }).toBe(0)
  })

  it('no page crashed in the browser along the way', () => {
    expect(errors).toEqual([])
  })
})
