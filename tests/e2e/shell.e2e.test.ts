/**
 * The admin shell in the browser: nothing loaded from another host (the JSON editor of workflow
 * parameters included), and the company's name and logo from the settings on the login page and
 * in the header. Runs against the production build started by `npm run test:e2e`.
 */
import { randomBytes } from 'node:crypto'
import type { APIRequestContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { BASE_URL, useBrowser } from './browser'
import { apiAs, gotoAdmin, login, logout } from './support'

const run = randomBytes(3).toString('hex')
const companyName = `Construcții Delta ${run} SRL`

/** A logo as a company would upload one: a wide PNG with its name in it. */
const logoPng = () =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="90">
        <rect width="360" height="90" rx="12" fill="#0b5fff"/>
        <circle cx="45" cy="45" r="26" fill="#ffd400"/>
        <text x="84" y="58" font-family="sans-serif" font-size="34" font-weight="700" fill="#fff">Delta ${run}</text>
      </svg>`,
    ),
  )
    .png()
    .toBuffer()

/** Whether the image finished loading with pixels (a broken or blocked image has none). */
const loaded = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)

describe('the shell: nothing from another host, the company on screen', () => {
  const journey = useBrowser('shell', { lastShot: 'last-state' })
  const { errors, shot } = journey
  /** Requests the pages sent anywhere but the application (data: and blob: stay in the browser). */
  const outside: string[] = []
  const consoleErrors: string[] = []
  let admin: APIRequestContext
  let companyBefore: Record<string, unknown> = {}

  const watch = (page: Page) => {
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith(`${BASE_URL}/`) && !/^(data|blob):/.test(url)) outside.push(url)
    })
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()} ${message.location().url}`)
    })
  }

  afterAll(async () => {
    // Other journeys print the demo company: leave the settings as they were.
    if (admin && companyBefore.name) {
      await admin.post('/api/globals/settings', { data: { company: companyBefore } })
    }
    await admin?.dispose()
  })

  it("the JSON editor of a workflow's parameters shows them, loaded from the application", async () => {
    const { page } = journey
    watch(page)
    admin = await apiAs('admin@organizecrm.test')
    const workflows = await (await admin.get('/api/workflows?where[key][equals]=todo&depth=0')).json()
    expect(workflows.docs).toHaveLength(1)

    await login(page, 'admin@organizecrm.test')
    await gotoAdmin(page, `/admin/collections/workflows/${workflows.docs[0].id}`)
    // The "Mark done" transition stamps doneAt: its parameters are {"field": "doneAt"}.
    const editor = page.locator('.monaco-editor').first()
    await editor.waitFor({ state: 'visible', timeout: 60_000 })
    await expect
      .poll(async () => (await page.locator('.monaco-editor .view-lines').allInnerTexts()).join('\n'), {
        timeout: 30_000,
      })
      .toMatch(/"field":\s*"doneAt"/)
    await editor.scrollIntoViewIfNeeded()
    await shot(page, 'workflow-json-editor')
    expect(outside, 'requests to another host').toEqual([])
    expect(consoleErrors, 'console errors').toEqual([])
  })

  it("the administrator sets the company's name and logo in the settings", async () => {
    companyBefore = (await (await admin.get('/api/globals/settings?depth=0')).json()).company
    const upload = await admin.post('/api/media', {
      multipart: {
        file: { name: `sigla-${run}.png`, mimeType: 'image/png', buffer: await logoPng() },
        _payload: JSON.stringify({ alt: companyName }),
      },
    })
    expect(upload.status()).toBe(201)
    const logo = (await upload.json()).doc
    const saved = await admin.post('/api/globals/settings', {
      data: { company: { ...companyBefore, name: companyName, logo: logo.id } },
    })
    expect(saved.status()).toBe(200)

    // The settings page shows the chosen logo.
    const { page } = journey
    await gotoAdmin(page, '/admin/globals/settings')
    await expect.poll(() => page.locator('#field-company__name').inputValue()).toBe(companyName)
    await shot(page, 'settings-company')
  })

  it('the login page shows them, to someone not signed in', async () => {
    const { page } = journey
    await logout(page)
    const image = page.locator('.login__brand .company-logo__image')
    await image.waitFor({ state: 'visible' })
    expect(await image.getAttribute('alt')).toBe(companyName)
    await expect.poll(() => loaded(page, '.login__brand .company-logo__image')).toBe(true)
    expect(await page.locator('.login__brand .company-logo__name').innerText()).toBe(companyName)
    // The tab keeps its title.
    expect(await page.title()).toMatch(/OrganizeCRM/)
    await shot(page, 'login-company-logo')
  })

  it('the header shows them once signed in, in the light and the dark theme', async () => {
    const { page } = journey
    await login(page, 'sales@organizecrm.test')
    await gotoAdmin(page, '/admin/collections/clients')
    const mark = page.locator('.app-header .company-icon').first()
    await mark.waitFor({ state: 'visible' })
    expect(await mark.locator('img').getAttribute('alt')).toBe(companyName)
    await expect.poll(() => loaded(page, '.app-header .company-icon__image')).toBe(true)
    expect(await mark.innerText()).toContain(companyName)
    // Written out whole on a wide screen, not cut to "Construc…".
    const name = mark.locator('.company-icon__name')
    expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
    // It is the link home.
    expect(await mark.evaluate((element) => element.closest('a')?.getAttribute('href'))).toBe('/admin')
    await shot(page, 'header-company-light')

    await page.emulateMedia({ colorScheme: 'dark' })
    await page.reload({ waitUntil: 'load' })
    await mark.waitFor({ state: 'visible' })
    const theme = await page.locator('html').getAttribute('data-theme')
    await shot(page, `header-company-${theme}`)
    expect(await mark.locator('img').isVisible()).toBe(true)
    expect(await page.title()).toMatch(/OrganizeCRM/)
  })

  it('nothing left the origin and nothing failed in the browser', () => {
    expect(outside, 'requests to another host').toEqual([])
    expect(consoleErrors, 'console errors').toEqual([])
    expect(errors).toEqual([])
  })
})
