/**
 * The clients module in the browser: a salesperson registers a client, adds a contact and an
 * opportunity from the client page, moves the opportunity on the pipeline board and plans a todo
 * in the calendar; a marketing manager validates a marketing action. Against the production build
 * started by `npm run test:e2e`.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { cuiCheckDigit } from '@/lib/cui'
import { useBrowser } from './browser'
import { apiAs, chooseOption, clickSave, gotoAdmin, login, logout, settle } from './support'

const stamp = Date.now().toString(36)
const clientName = `Livada Nouă ${stamp} SRL`
const body = String(3_000_000 + (Date.now() % 6_000_000))
const fiscalCode = `RO${body}${cuiCheckDigit(body)}`
const opportunityTitle = `Implementare ERP ${stamp}`
const todoTitle = `Apel de urmărire ${stamp}`
const actionTitle = `Newsletter decembrie ${stamp}`
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest' }).format(new Date())

/** The open document drawer (a join's "add" button opens the new record in one). */
const drawer = (page: Page) => page.locator('dialog.doc-drawer.drawer--is-open')

/** Opens a tab of the client page by its position (labels change with the user's language). */
async function openTab(page: Page, index: number) {
  await page.locator('.tabs-field__tab-button').nth(index).click()
  await settle(page)
}

/** Adds a record through a join's "add" button and waits for it in the join's table. */
async function addThroughJoin(page: Page, join: string, fill: () => Promise<void>, expected: string) {
  await page.locator(`#field-${join} .relationship-table__add-new`).click()
  await drawer(page).locator('#field-client').waitFor({ state: 'visible' })
  await fill()
  await clickSave(page, drawer(page))
  await expect
    .poll(() => page.locator(`#field-${join} .relationship-table`).textContent(), { timeout: 30_000 })
    .toContain(expected)
  if (await drawer(page).count()) await drawer(page).locator('.drawer__close').first().click()
  await drawer(page).waitFor({ state: 'detached' })
}

describe('clients module in the browser', () => {
  const journey = useBrowser('clients')
  const { errors, shot } = journey
  let clientPath = ''
  let opportunityId = 0

  it('a salesperson registers a client with a valid fiscal code', async () => {
    const { page } = journey
    await login(page, 'sales@organizecrm.test')
    await gotoAdmin(page, '/admin/collections/clients/create')
    await page.locator('#field-name').fill(clientName)
    // A wrong check digit is refused with the reason.
    await page.locator('#field-fiscalCode').fill(`RO${body}${(cuiCheckDigit(body) + 1) % 10}`)
    await clickSave(page)
    await expect
      .poll(() => page.locator('.payload-toast-container').textContent(), { timeout: 30_000 })
      .toMatch(/cifra de control|check digit/)
    // A fresh form for the corrected entry (a refused create leaves the form in its own state).
    await gotoAdmin(page, '/admin/collections/clients/create')
    await page.locator('#field-name').fill(clientName)
    await page.locator('#field-fiscalCode').fill(fiscalCode)
    await clickSave(page)
    await page.waitForURL(/\/admin\/collections\/clients\/\d+$/, { timeout: 60_000 })
    await settle(page)
    clientPath = new URL(page.url()).pathname
    expect(await page.locator('#field-fiscalCode').inputValue()).toBe(fiscalCode.slice(2))
  })

  it('adds a contact and an opportunity from the client page', async () => {
    const { page } = journey
    await openTab(page, 1)
    await addThroughJoin(
      page,
      'contacts',
      async () => {
        await drawer(page).locator('#field-name').fill('Mirela Țăranu')
        await drawer(page).locator('#field-email').fill(`mirela.${stamp}@example.ro`)
        await drawer(page).locator('#field-phone').fill('0722 555 019')
      },
      'Mirela Țăranu',
    )
    // On a phone the number dials with a tap.
    const dial = page.locator('#field-contacts a[href="tel:0722555019"]')
    await expect.poll(() => dial.count(), { timeout: 30_000 }).toBe(1)
    expect(await dial.textContent()).toBe('0722 555 019')
    await openTab(page, 2)
    await addThroughJoin(
      page,
      'opportunities',
      async () => {
        await drawer(page).locator('#field-title').fill(opportunityTitle)
        await chooseOption(page, 'stage', /Calificare|Qualification/)
        await drawer(page).locator('#field-value').fill('48000')
      },
      opportunityTitle,
    )
    // The overview counts what points at the client, with the reader's access.
    await gotoAdmin(page, clientPath)
    const overview = page.locator('.related-counts')
    await expect.poll(() => overview.locator('[data-join="contacts"]').getAttribute('data-count')).toBe('1')
    expect(await overview.locator('[data-join="opportunities"]').getAttribute('data-count')).toBe('1')
    expect(await overview.locator('[data-join="openTodos"]').getAttribute('data-count')).toBe('0')
    await openTab(page, 2)
    await page.locator('#field-opportunities .relationship-table table').waitFor({ state: 'visible' })
    await shot(page, 'client-page')
    const sales = await apiAs('sales@organizecrm.test')
    const found = await (
      await sales.get(`/api/opportunities?depth=0&where[title][equals]=${encodeURIComponent(opportunityTitle)}`)
    ).json()
    expect(found.docs).toHaveLength(1)
    expect(`/admin/collections/clients/${found.docs[0].client}`).toBe(clientPath)
    opportunityId = found.docs[0].id
    await sales.dispose()
  })

  it('moves the opportunity to another stage on the pipeline board', async () => {
    const { page } = journey
    await gotoAdmin(page, '/admin/pipeline')
    const card = page.locator(`[data-opportunity-id="${opportunityId}"]`)
    await card.waitFor({ state: 'visible' })
    expect(await page.locator(`[data-stage="qualification"] [data-opportunity-id="${opportunityId}"]`).count()).toBe(1)
    await card.dragTo(page.locator('[data-stage="proposal"]'))
    await page
      .locator(`[data-stage="proposal"] [data-opportunity-id="${opportunityId}"]`)
      .waitFor({ state: 'visible', timeout: 30_000 })
    await shot(page, 'pipeline-board')
    const sales = await apiAs('sales@organizecrm.test')
    const moved = await (await sales.get(`/api/opportunities/${opportunityId}?depth=1`)).json()
    expect(moved.stage.value).toBe('proposal')
    expect(moved.weightedValue).toBe(24000)
    await sales.dispose()
  })

  it('plans a todo by clicking a day in the calendar', async () => {
    const { page } = journey
    await gotoAdmin(page, '/admin/calendar')
    await page.locator('#calendar:not([data-loading])').waitFor({ state: 'visible' })
    await page.locator('#calendar-mode-month').click()
    await page.locator(`[data-day="${today}"]`).click({ position: { x: 8, y: 8 } })
    await page.locator('#calendar-new-title').fill(todoTitle)
    await page.locator('#calendar-new-time').fill('10:30')
    await page.locator('#calendar-new-save').click()
    await page
      .locator(`[data-day="${today}"] [data-event-id^="todos:"]`, { hasText: todoTitle })
      .waitFor({ state: 'visible', timeout: 30_000 })
    await shot(page, 'calendar')
    const sales = await apiAs('sales@organizecrm.test')
    const made = await (
      await sales.get(`/api/todos?depth=1&where[title][equals]=${encodeURIComponent(todoTitle)}`)
    ).json()
    expect(made.docs).toHaveLength(1)
    expect(made.docs[0].responsible.email).toBe('sales@organizecrm.test')
    await sales.dispose()
    await logout(page)
  })

  it('finds the client with Ctrl-K typed without diacritics; a salesperson of another team does not', async () => {
    const { page } = journey
    const query = `livada noua ${stamp}`
    await login(page, 'sales@organizecrm.test')
    await gotoAdmin(page, '/admin/collections/opportunities')
    await page.keyboard.press('Control+k')
    const box = page.locator('.global-search__input')
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true)
    await box.pressSequentially(query, { delay: 20 })
    const clients = page.locator('.global-search__group[data-kind="clients"]')
    await clients.locator('[role="option"]', { hasText: clientName }).waitFor({ state: 'visible', timeout: 30_000 })
    expect(await clients.locator('[role="presentation"]').textContent()).toMatch(/Clien/)
    expect(await page.locator('[role="option"][aria-selected="true"]').textContent()).toContain(clientName)
    await shot(page, 'global-search')
    await box.press('Enter')
    await page.waitForURL((url) => url.pathname === clientPath, { timeout: 60_000 })
    await settle(page)
    await logout(page)

    await login(page, 'sales2@organizecrm.test')
    await page.keyboard.press('Control+k')
    await page.locator('.global-search__input').pressSequentially(query, { delay: 20 })
    await expect
      .poll(() => page.locator('.global-search__status').textContent(), { timeout: 30_000 })
      .toMatch(/Niciun rezultat|Nothing found/)
    expect(await page.locator('.global-search [role="option"]').count()).toBe(0)
    await shot(page, 'global-search-other-team')
    await logout(page)
  })

  it('a marketing manager validates a submitted marketing action', async () => {
    const { page } = journey
    const marketing = await apiAs('marketing@organizecrm.test')
    const campaign = await (
      await marketing.post('/api/campaigns', { data: { name: `Campanie iarnă ${stamp}` } })
    ).json()
    const action = await (
      await marketing.post('/api/marketing-actions', {
        data: { title: actionTitle, campaign: campaign.doc.id, cost: 250 },
      })
    ).json()
    expect(
      (
        await marketing.post(`/api/marketing-actions/${action.doc.id}/transition`, { data: { transition: 'submit' } })
      ).status(),
    ).toBe(200)
    await marketing.dispose()

    await login(page, 'marketing-manager@organizecrm.test')
    await gotoAdmin(page, `/admin/collections/marketing-actions/${action.doc.id}`)
    const panel = page.locator('.workflow-panel')
    await expect.poll(() => panel.locator('.workflow-panel__status').getAttribute('data-status')).toBe('submitted')
    await page.locator('#workflow-transition-validate').click()
    await settle(page)
    await expect
      .poll(() => panel.locator('.workflow-panel__status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('validated')
    await expect.poll(() => panel.locator('.workflow-panel__history li').count(), { timeout: 30_000 }).toBe(3)
    await shot(page, 'marketing-action-validated')
    await logout(page)
  })

  it('no page crashed in the browser along the way', () => {
    expect(errors).toEqual([])
  })
})
