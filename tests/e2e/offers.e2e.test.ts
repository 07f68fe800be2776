/**
 * An offer from template to the client's answer in the browser: a salesperson makes it from a
 * template and gives its two sections to colleagues, each submits theirs, the sales manager
 * approves the sections and the offer, the salesperson sends it, records the acceptance and opens
 * the printable preview. Against the production build started by `npm run test:e2e`.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { useBrowser } from './browser'
import { apiAs, chooseOption, gotoAdmin, login, logout, save, selectedText, settle } from './support'

const stamp = Date.now().toString(36)
const clientName = `Fabrica de Ciorapi ${stamp} SA`
const templateName = `Șablon implementare ${stamp}`
const licenceName = `Licență CRM ${stamp}`

/**
 * Opens a record. Locks are released when their holder logs out; should one still be held (say,
 * by an editor who only navigated away), Payload shows the lock dialog and we take over as a user
 * would. Waits for whichever comes first, the workflow panel or that dialog.
 */
async function openRecord(page: Page, path: string) {
  await gotoAdmin(page, path)
  const lockDialog = page.locator('.document-locked__controls')
  await page.locator('.workflow-panel__status, .document-locked__controls').first().waitFor({ state: 'visible' })
  // The dialog can open a moment after the panel: give it that moment before deciding.
  if (
    await lockDialog.waitFor({ state: 'visible', timeout: 1_500 }).then(
      () => true,
      () => false,
    )
  ) {
    await lockDialog.locator('button').last().click({ force: true })
    await lockDialog.waitFor({ state: 'hidden' })
    await settle(page)
  }
}

/** Runs a workflow step from the record's panel and waits for the new state. */
async function takeStep(page: Page, path: string, transition: string, expected: string) {
  await openRecord(page, path)
  // Forced: on the offer page Playwright kept finding the button "not stable" although the step ran
  // (seen in CI, cause not found yet); the state checked below is what the test asserts.
  await page.locator(`#workflow-transition-${transition}`).click({ force: true })
  await settle(page)
  await expect
    .poll(() => page.locator('.workflow-panel__status').getAttribute('data-status'), { timeout: 30_000 })
    .toBe(expected)
  // The panel reloads the page after a step: let the new page finish loading.
  await settle(page)
}

describe('an offer from template to acceptance', () => {
  const journey = useBrowser('offers')
  const { errors, shot } = journey
  let offerPath = ''
  let sectionPaths: string[] = []
  let unitId = 0
  let vatId = 0

  beforeAll(async () => {
    const manager = await apiAs('sales-manager@organizecrm.test')
    const vat = await (
      await manager.get('/api/nomenclators?depth=0&where[list][equals]=vat-rates&where[value][equals]=standard')
    ).json()
    const product = await (
      await manager.post('/api/products', {
        data: { code: `E2E-${stamp}`, name: 'Configurare și instruire', listPrice: 2400, vatRate: vat.docs[0].id },
      })
    ).json()
    const unit = await (
      await manager.get('/api/nomenclators?depth=0&where[list][equals]=units&where[value][equals]=license')
    ).json()
    unitId = unit.docs[0].id
    vatId = vat.docs[0].id
    const licence = await manager.post('/api/products', {
      data: { code: `E2E-L-${stamp}`, name: licenceName, listPrice: 2000, unit: unitId, vatRate: vatId },
    })
    expect(licence.status()).toBe(201)
    const template = await manager.post('/api/offer-templates', {
      data: {
        name: templateName,
        sections: [{ title: 'Soluția tehnică' }, { title: 'Plan de implementare' }],
        lines: [{ product: product.doc.id, quantity: 3 }],
      },
    })
    expect(template.status()).toBe(201)
    await manager.dispose()
    const sales = await apiAs('sales@organizecrm.test')
    expect((await sales.post('/api/clients', { data: { name: clientName } })).status()).toBe(201)
    await sales.dispose()
  })

  it('the sales manager picks a product on a template line: its name becomes the description', async () => {
    const { page } = journey
    await login(page, 'sales-manager@organizecrm.test')
    await gotoAdmin(page, '/admin/collections/offer-templates/create')
    await page.locator('#field-name').fill(`Șablon licențe ${stamp}`)
    await page.locator('#field-lines .array-field__add-row').click()
    await page.locator('#field-lines__0__product').waitFor({ state: 'visible' })
    await chooseOption(page, 'lines__0__product', new RegExp(licenceName), stamp)
    await expect
      .poll(() => page.locator('#field-lines__0__description').inputValue(), { timeout: 15_000 })
      .toBe(licenceName)
    await save(page, 'offer-templates')
    const manager = await apiAs('sales-manager@organizecrm.test')
    const saved = await (await manager.get(`/api/offer-templates/${page.url().split('/').pop()}?depth=0`)).json()
    await manager.dispose()
    expect(saved.lines).toMatchObject([{ description: licenceName, quantity: 1 }])
    await logout(page)
  })

  it('a salesperson makes the offer from the template above the offers list', async () => {
    const { page } = journey
    await login(page, 'sales@organizecrm.test')
    await gotoAdmin(page, '/admin/collections/offers')
    await page.locator('#offer-from-template-template').selectOption({ label: templateName })
    await page.locator('#offer-from-template-search').fill(stamp)
    await expect.poll(() => page.locator('#offer-from-template-client option').count(), { timeout: 30_000 }).toBe(2)
    await page.locator('#offer-from-template-client').selectOption({ label: clientName })
    await page.locator('#offer-from-template-create').click()
    await page.waitForURL(/\/admin\/collections\/offers\/\d+$/, { timeout: 60_000 })
    await settle(page)
    offerPath = new URL(page.url()).pathname
    expect(await page.locator('#field-number').inputValue()).toMatch(/^OF-\d{4}-\d{4}$/)
    await expect.poll(() => page.locator('.workflow-panel__status').getAttribute('data-status')).toBe('draft')
  })

  it('adds a line: the product fills it, the row and the one totals block follow the quantity', async () => {
    const { page } = journey
    await page.locator('.tabs-field__tab-button').nth(1).click()
    await settle(page)
    // One totals block, the stored figures of the template's line (3 × 2.400 + 21 % VAT).
    await expect.poll(() => page.locator('.lines-totals').count()).toBe(1)
    expect(await page.locator('#lines-total-gross').textContent()).toBe('8.712,00\u00a0RON')
    await page.locator('#field-lines .array-field__add-row').click()
    await page.locator('#field-lines__1__product').waitFor({ state: 'visible' })
    await chooseOption(page, 'lines__1__product', new RegExp(licenceName), stamp)
    // Price, unit and VAT rate come from the product at once, in the form.
    await expect.poll(() => page.locator('#field-lines__1__unitPrice').inputValue(), { timeout: 15_000 }).toBe('2000')
    await expect.poll(() => selectedText(page, 'lines__1__unit').textContent()).toContain('licență')
    await expect.poll(() => selectedText(page, 'lines__1__vatRate').textContent()).toContain('21%')
    expect(await page.locator('#field-lines__1__description').inputValue()).toBe(licenceName)
    await page.locator('#field-lines__1__quantity').fill('2')
    const rowLabel = page.locator('#field-lines [data-line-label="1"]')
    await expect.poll(() => rowLabel.textContent()).toContain(`2 × ${licenceName} — 4.840,00\u00a0RON`)
    await expect.poll(() => page.locator('#lines-total-gross').textContent()).toBe('13.552,00\u00a0RON')
    expect(await page.locator('#lines-total-net').textContent()).toBe('11.200,00\u00a0RON')
    await shot(page, 'offer-lines-1440')
    // On a phone the grid wraps: the lines and the totals stay within the screen's width.
    await page.setViewportSize({ width: 390, height: 844 })
    const beyond = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('#field-lines, #field-lines *, .lines-totals, .lines-totals *'))
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .map((element) => element.className),
      )
    await expect.poll(beyond).toEqual([])
    await shot(page, 'offer-lines-390')
    await page.setViewportSize({ width: 1440, height: 1000 })

    await save(page, 'offers')
    const sales = await apiAs('sales@organizecrm.test')
    const offer = await (await sales.get(`/api/offers/${offerPath.split('/').pop()}?depth=0`)).json()
    await sales.dispose()
    expect(offer.lines[1]).toMatchObject({ quantity: 2, unitPrice: 2000, unit: unitId, vatRate: vatId, gross: 4840 })
    expect(offer.totals).toEqual({ net: 11200, discount: 0, vat: 2352, gross: 13552 })
    // Opened again: the saved figures, nothing refilled or changed by loading the offer.
    await gotoAdmin(page, offerPath)
    await page.locator('.tabs-field__tab-button').nth(1).click()
    await expect.poll(() => page.locator('.lines-totals').getAttribute('data-saved')).toBe('true')
    expect(await page.locator('#lines-total-gross').textContent()).toBe('13.552,00\u00a0RON')
    expect(await page.locator('#field-lines__1__unitPrice').inputValue()).toBe('2000')
  })

  it('gives the two sections to colleagues', async () => {
    const { page } = journey
    const sales = await apiAs('sales@organizecrm.test')
    const id = offerPath.split('/').pop()
    const sections = await (await sales.get(`/api/offer-sections?depth=0&sort=order&where[offer][equals]=${id}`)).json()
    await sales.dispose()
    expect(sections.docs).toHaveLength(2)
    sectionPaths = sections.docs.map((s: { id: number }) => `/admin/collections/offer-sections/${s.id}`)
    for (const [path, person] of [
      [sectionPaths[0], /Cristina Georgescu/],
      [sectionPaths[1], /Andrei Marin/],
    ] as const) {
      await openRecord(page, path)
      await chooseOption(page, 'responsible', person)
      await save(page, 'offer-sections')
    }
    await logout(page)
  })

  it('each section owner writes and submits their section', async () => {
    const { page } = journey
    for (const [email, path] of [
      ['project-manager@organizecrm.test', sectionPaths[0]],
      ['marketing@organizecrm.test', sectionPaths[1]],
    ] as const) {
      await login(page, email)
      await openRecord(page, path)
      const text = `Propunerea scrisă de ${email.split('@')[0]} ${stamp}`
      const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
      await editor.click()
      await editor.pressSequentially(text, { delay: 10 })
      // The rich-text field hands its value to the form when the browser is next idle (Payload's
      // useRunDeprioritized): saving before that, on a busy machine, sent the text without its end.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })))
      await save(page, 'offer-sections')
      await takeStep(page, path, 'submit', 'submitted')
      // What they wrote is stored with the section, as they wrote it.
      const writer = await apiAs(email)
      const section = await (await writer.get(`/api/offer-sections/${path.split('/').pop()}?depth=0`)).json()
      await writer.dispose()
      expect(JSON.stringify(section.content)).toContain(text)
      await logout(page)
    }
  })

  it('the sales manager approves both sections', async () => {
    const { page } = journey
    await login(page, 'sales-manager@organizecrm.test')
    for (const path of sectionPaths) await takeStep(page, path, 'approve-as-manager', 'approved')
    await logout(page)
  })

  it('the salesperson sends the offer for review and the manager approves it', async () => {
    const { page } = journey
    await login(page, 'sales@organizecrm.test')
    await takeStep(page, offerPath, 'submit', 'in-review')
    await logout(page)
    await login(page, 'sales-manager@organizecrm.test')
    await takeStep(page, offerPath, 'approve', 'approved')
    await logout(page)
  })

  it('the salesperson marks it sent, records the acceptance and opens the preview', async () => {
    const { page } = journey
    await login(page, 'sales@organizecrm.test')
    await takeStep(page, offerPath, 'send', 'sent')
    // The client's decision date, then the acceptance.
    const sales = await apiAs('sales@organizecrm.test')
    const id = offerPath.split('/').pop()
    expect(
      (await sales.patch(`/api/offers/${id}`, { data: { decisionDate: new Date().toISOString() } })).status(),
    ).toBe(200)
    await takeStep(page, offerPath, 'accept', 'accepted')
    await page.locator('.tabs-field__tab-button').nth(1).click()
    await settle(page)
    // The state froze the lines: the form shows them read-only rather than refusing a save later.
    expect(await page.locator('#field-lines__1__quantity').isDisabled()).toBe(true)
    expect(await page.locator('#field-lines .array-field__add-row').count()).toBe(0)
    await shot(page, 'offer-page')
    const offer = await (await sales.get(`/api/offers/${id}?depth=0`)).json()
    await sales.dispose()
    expect(offer.totals.gross).toBe(13552)

    await page.goto(`/offers/${id}/preview`)
    await settle(page)
    await page.locator('#offer-preview').waitFor({ state: 'visible' })
    expect(await page.locator('#offer-number').textContent()).toContain(offer.number)
    expect(await page.locator('#offer-client').textContent()).toContain(clientName)
    expect(await page.locator('#offer-total-gross').textContent()).toMatch(/13\.552,00/)
    expect(await page.locator('.offer-section').count()).toBe(2)
    await shot(page, 'offer-preview')
  })

  it('no page crashed in the browser along the way', () => {
    expect(errors).toEqual([])
  })
})
