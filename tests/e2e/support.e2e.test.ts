/**
 * A complaint from entry to closing in the browser: a support agent enters a ticket with an
 * attachment, the support manager assigns it from the team page, the agent starts it and adds an
 * action and finishes it, the manager validates the action, the agent resolves the ticket and, as
 * its reporter, closes it; the manager downloads the Excel export and opens the reports. Against the
 * production build started by `npm run test:e2e`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useBrowser } from './browser'
import { apiAs, chooseOption, clickSave, gotoAdmin, login, logout, save, settle } from './support'

const stamp = Date.now().toString(36)
const typeName = `Reclamație e2e ${stamp}`
const ticketTitle = `Imprimanta fiscală nu tipărește ${stamp}`
const actionTitle = `Verificare driver ${stamp}`
const AGENT = 'support-agent@organizecrm.test'
const MANAGER = 'support-manager@organizecrm.test'

const drawer = (page: Page) => page.locator('dialog.drawer--is-open').last()
const statusOf = (page: Page) => page.locator('.workflow-panel__status').getAttribute('data-status')

/** Runs a workflow step from the record's panel and waits for the new state. */
async function takeStep(page: Page, transition: string, expected: string) {
  await page.locator(`#workflow-transition-${transition}`).click()
  await settle(page)
  await expect.poll(() => statusOf(page), { timeout: 30_000 }).toBe(expected)
  // The panel reloads the page after a step: let the new page finish loading.
  await settle(page)
}

async function apiGet(email: string, url: string) {
  const client = await apiAs(email)
  const body = await (await client.get(url)).json()
  await client.dispose()
  return body
}

describe('a complaint from entry to closing', () => {
  const journey = useBrowser('support')
  const { errors, shot } = journey
  let ticketId = 0
  let ticketNumber = ''
  let actionId = 0
  const pdf = path.join(os.tmpdir(), `raport-${stamp}.pdf`)

  beforeAll(async () => {
    // A real (if tiny) PDF: the server checks the content, not only the name.
    fs.writeFileSync(
      pdf,
      '%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
    )
    const manager = await apiAs(MANAGER)
    const team = (await (await manager.get('/api/teams?depth=0&where[key][equals]=support')).json()).docs[0]
    const type = await manager.post('/api/ticket-types', {
      data: { name: typeName, defaultTeam: team.id, sla: { firstResponseHours: 4, resolutionHours: 16 } },
    })
    expect(type.status()).toBe(201)
    await manager.dispose()
  })

  afterAll(async () => {
    fs.rmSync(pdf, { force: true })
  })

  it('the support agent enters a ticket with an attachment', async () => {
    const { page } = journey
    await login(page, AGENT)
    // Agents have no export function: the list offers no Excel export.
    await gotoAdmin(page, '/admin/collections/tickets')
    await page.locator('.collection-list, .table').first().waitFor({ state: 'visible' })
    expect(await page.locator('#export-xlsx').count()).toBe(0)
    // The navigation offers the agent their own views, not the team page or the reports.
    await page.locator('#nav-my-work').waitFor({ state: 'visible' })
    expect(await page.locator('#nav-support-team, #nav-reports').count()).toBe(0)
    await gotoAdmin(page, '/admin/collections/tickets/create')
    await page.locator('#field-title').fill(ticketTitle)
    await chooseOption(page, 'type', new RegExp(stamp), stamp)
    // "Create new" opens the upload drawer: pick the file, save it, and it is attached.
    await page.locator('#field-attachments .upload__createNewToggler').click()
    await drawer(page).locator('input[type="file"]').setInputFiles(pdf)
    const saveFile = drawer(page).locator('.bulk-upload--actions-bar__saveButtons button').first()
    await saveFile.waitFor({ state: 'visible' })
    await saveFile.click()
    // Payload's own toast, in Romanian words and grammar ("Successfully saved 1 files" before).
    await page.locator('.payload-toast-container').getByText('1 fișier salvat').waitFor({ state: 'visible' })
    await expect.poll(() => page.locator('#field-attachments').textContent(), { timeout: 30_000 }).toContain('raport')
    await save(page, 'tickets')
    ticketId = Number(new URL(page.url()).pathname.split('/').pop())
    ticketNumber = await page.locator('#field-number').inputValue()
    expect(ticketNumber).toMatch(/^TK-\d{6}$/)
    await expect.poll(() => statusOf(page)).toBe('new')
    await shot(page, 'ticket-page')

    const ticket = await apiGet(AGENT, `/api/tickets/${ticketId}?depth=1`)
    expect(ticket.attachments).toHaveLength(1)
    expect(ticket.attachments[0].ticket).toBe(ticketId)
    expect(ticket.dueDate).toBeTruthy()
    await logout(page)
  })

  it('the support manager assigns it to the agent from the team page', async () => {
    const { page } = journey
    await login(page, MANAGER)
    // From the navigation, open on a wide screen: the team page carries the bell like Payload's pages.
    await page.locator('#nav-support-team').click()
    await page.waitForURL(/\/admin\/support-team$/)
    await page.locator('.notification-badge').waitFor({ state: 'visible' })
    await shot(page, 'support-team-from-navigation')
    const assignee = page.locator(`#assignee-${ticketId}`)
    await assignee.waitFor({ state: 'visible' })
    await assignee.selectOption({ label: 'George Munteanu' })
    await page.locator(`#assign-${ticketId}`).click()
    await expect
      .poll(async () => (await apiGet(MANAGER, `/api/tickets/${ticketId}?depth=0`)).status, { timeout: 30_000 })
      .toBe('assigned')
    await logout(page)
  })

  it('the agent finds it in their work, starts it and adds an action they finish', async () => {
    const { page } = journey
    await login(page, AGENT)
    await gotoAdmin(page, '/admin/my-work')
    await expect.poll(() => page.locator('#my-work-tickets').textContent(), { timeout: 30_000 }).toContain(ticketNumber)
    await shot(page, 'my-work')

    await gotoAdmin(page, `/admin/collections/tickets/${ticketId}`)
    await takeStep(page, 'start', 'in-progress')
    // The actions tab lists the ticket's actions; "add" opens a new one already linked to the ticket.
    await page.locator('.tabs-field__tab-button').nth(1).click()
    await page.locator('#field-actions .relationship-table__add-new').click()
    await drawer(page).locator('#field-title').waitFor({ state: 'visible' })
    await drawer(page).locator('#field-title').fill(actionTitle)
    await drawer(page).locator('#field-result').fill('Driverul imprimantei a fost reinstalat.')
    await clickSave(page, drawer(page))
    await expect
      .poll(() => page.locator('#field-actions .relationship-table').textContent(), { timeout: 30_000 })
      .toContain(actionTitle)
    // The drawer may close by itself once the new action is in the table.
    if (await drawer(page).count()) await drawer(page).locator('.drawer__close').first().click()
    await page.locator('dialog.doc-drawer.drawer--is-open').waitFor({ state: 'detached' })

    const actions = await apiGet(AGENT, `/api/ticket-actions?depth=0&where[ticket][equals]=${ticketId}`)
    expect(actions.docs).toHaveLength(1)
    actionId = actions.docs[0].id
    await gotoAdmin(page, `/admin/collections/ticket-actions/${actionId}`)
    await takeStep(page, 'complete', 'done')
    await logout(page)
  })

  it('the support manager validates the action', async () => {
    const { page } = journey
    await login(page, MANAGER)
    await gotoAdmin(page, '/admin/support-team')
    await page.locator(`#validate-${actionId}`).click()
    await expect
      .poll(async () => (await apiGet(MANAGER, `/api/ticket-actions/${actionId}?depth=0`)).status, { timeout: 30_000 })
      .toBe('validated')
    await logout(page)
  })

  it('the agent resolves the ticket and, as its reporter, closes it', async () => {
    const { page } = journey
    await login(page, AGENT)
    await gotoAdmin(page, `/admin/collections/tickets/${ticketId}`)
    await takeStep(page, 'resolve', 'resolved')
    await takeStep(page, 'close-as-reporter', 'closed')
    const ticket = await apiGet(AGENT, `/api/tickets/${ticketId}?depth=0`)
    expect(ticket.resolvedAt).toBeTruthy()
    expect(ticket.closedAt).toBeTruthy()
    await logout(page)
  })

  it('the support manager downloads the Excel export of the list and opens the reports', async () => {
    const { page } = journey
    await login(page, MANAGER)
    // The list's search typed without diacritics finds "fiscală … tipărește"; the state in words.
    await gotoAdmin(page, `/admin/collections/tickets?search=${encodeURIComponent(`fiscala tipareste ${stamp}`)}`)
    const row = page.locator('.table tbody tr')
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1)
    const closedLabel = (await apiGet(MANAGER, `/api/tickets/${ticketId}/transitions?locale=ro`)).statusLabel
    expect(closedLabel).not.toBe('closed')
    expect(await row.locator('.workflow-status').textContent()).toBe(closedLabel)
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-xlsx').click()])
    const file = path.join(os.tmpdir(), `tichete-${stamp}.xlsx`)
    await download.saveAs(file)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    fs.rmSync(file, { force: true })
    const sheet = workbook.worksheets[0]
    const cells = sheet.getRows(2, sheet.rowCount - 1)?.flatMap((row) => (row.values as unknown[]).map(String)) ?? []
    expect(cells).toContain(ticketNumber)
    expect(sheet.rowCount).toBe(2)

    await page.locator('#nav-reports').click()
    await page.waitForURL(/\/admin\/reports$/)
    await page.locator('#report-byState').waitFor({ state: 'visible' })
    await expect.poll(() => page.locator('#report-byState').textContent(), { timeout: 30_000 }).toMatch(/\d/)
    await shot(page, 'reports')
    await logout(page)
  })

  it('no page crashed in the browser along the way', () => {
    expect(errors).toEqual([])
  })
})
