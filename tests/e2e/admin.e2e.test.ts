/**
 * The administrator's journey through the admin panel, then what a sales representative may not
 * see. Runs against the production build started by `npm run test:e2e` (fresh, seeded database).
 */
import { randomBytes } from 'node:crypto'
import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useBrowser } from './browser'
import {
  chooseOption,
  gotoAdmin,
  login,
  logout,
  navigation,
  openNav,
  save,
  searchList,
  selectedText,
  settle,
} from './support'

const ADMINISTRATION_LINKS = [
  '/admin/collections/users',
  '/admin/collections/roles',
  '/admin/collections/nomenclators',
  '/admin/collections/teams',
  '/admin/globals/settings',
]

const run = randomBytes(3).toString('hex')
const item = { value: `e2e-${run}`, label: `Unitate E2E ${run}`, order: '77' }
const newUser = { name: `Test E2E ${run}`, email: `e2e-${run}@organizecrm.test`, password: `E2e-Parola-${run}!` }

/** Links in the navigation and on the dashboard that lead to a page (or its children). */
const linksTo = (scope: Locator, href: string) =>
  scope.locator(`a[href="${href}"], a[href^="${href}/"], a[href^="${href}?"]`)

describe('admin panel: administrator journey, then a sales representative', () => {
  const journey = useBrowser('admin', { lastShot: 'last-state' })
  const { errors, shot } = journey

  it('the administrator logs in and sees the Administration entries', async () => {
    const { page } = journey
    await login(page, 'admin@organizecrm.test')
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/?$/)
    await openNav(page)
    await shot(page, 'admin-dashboard-navigation')
    const nav = navigation(page)
    for (const href of ADMINISTRATION_LINKS) {
      // The same check the sales representative must fail below: here the links are offered.
      expect(await linksTo(nav, href).count(), `navigation link to ${href}`).toBeGreaterThan(0)
    }
    expect(await nav.innerText()).toMatch(/Administrare|Administration/)
  })

  it('the administrator adds a nomenclator item through the form and finds it in the list', async () => {
    const { page } = journey
    await gotoAdmin(page, '/admin/collections/nomenclators/create')
    await page.locator('#field-value').waitFor({ state: 'visible' })
    await shot(page, 'nomenclator-empty-form')

    await chooseOption(page, 'list', /Unități de măsură|Units of measure/)
    await page.locator('#field-value').fill(item.value)
    await page.locator('#field-label').fill(item.label)
    await page.locator('#field-order').fill(item.order)
    const active = page.locator('#field-active, input[type="checkbox"][name="active"]').first()
    await expect.poll(() => active.isChecked(), { message: 'new items are active by default' }).toBe(true)
    await shot(page, 'nomenclator-filled-form')

    await save(page, 'nomenclators')
    await shot(page, 'nomenclator-saved')
    // Reopened from the server, the document holds what was typed.
    await page.reload({ waitUntil: 'load' })
    await settle(page)
    await expect.poll(() => page.locator('#field-value').inputValue()).toBe(item.value)
    expect(await page.locator('#field-label').inputValue()).toBe(item.label)
    expect(await page.locator('#field-order').inputValue()).toBe(item.order)
    expect(await selectedText(page, 'list').innerText()).toMatch(/Unități de măsură|Units of measure/)
    expect(await active.isChecked()).toBe(true)

    await gotoAdmin(page, '/admin/collections/nomenclators')
    await searchList(page, item.value)
    const row = page.locator('table tbody tr').filter({ hasText: item.label })
    await row.first().waitFor({ state: 'visible' })
    await shot(page, 'nomenclator-listed')
    expect(await row.count()).toBe(1)
    await expect.poll(() => row.first().innerText()).toContain(item.value)
  })

  it('the administrator creates a user with a role and a team and finds it in the list', async () => {
    const { page } = journey
    await gotoAdmin(page, '/admin/collections/users/create')
    await page.locator('#field-email').waitFor({ state: 'visible' })
    await shot(page, 'user-empty-form')

    await page.locator('#field-name').fill(newUser.name)
    await page.locator('#field-email').fill(newUser.email)
    await page.locator('#field-password').fill(newUser.password)
    await page.locator('#field-confirm-password').fill(newUser.password)
    await chooseOption(page, 'roles', /Agent vânzări|Sales representative/)
    await chooseOption(page, 'team', /^\s*(Vânzări|Sales)\s*$/)
    await chooseOption(page, 'language', /English/)
    await shot(page, 'user-filled-form')

    await save(page, 'users')
    await shot(page, 'user-saved')
    await page.reload({ waitUntil: 'load' })
    await settle(page)
    await expect.poll(() => page.locator('#field-name').inputValue()).toBe(newUser.name)
    expect(await page.locator('#field-email').inputValue()).toBe(newUser.email)
    expect(await selectedText(page, 'roles').innerText()).toMatch(/Agent vânzări|Sales representative/)
    expect(await selectedText(page, 'team').innerText()).toMatch(/Vânzări|Sales/)
    expect(await selectedText(page, 'language').innerText()).toContain('English')

    await gotoAdmin(page, '/admin/collections/users')
    await searchList(page, newUser.email)
    const row = page.locator('table tbody tr').filter({ hasText: newUser.email })
    await row.first().waitFor({ state: 'visible' })
    await shot(page, 'user-listed')
    expect(await row.count()).toBe(1)
    expect(await row.first().innerText()).toContain(newUser.name)
  })

  it('the administrator logs out', async () => {
    const { page } = journey
    await logout(page)
    await shot(page, 'logged-out')
    // Signed out for real: the dashboard now sends back to the login form.
    await gotoAdmin(page, '/admin')
    await page.waitForURL((url) => url.pathname === '/admin/login')
    expect(await page.locator('#field-email').isVisible()).toBe(true)
  })

  it('the new user can log in with the password the administrator gave', async () => {
    const { page } = journey
    await login(page, newUser.email, newUser.password)
    await shot(page, 'new-user-dashboard')
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/?$/)
    // Their preferred language (English) is the interface's: the panel switches to it.
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 30_000 }).toBe('en')
    await shot(page, 'new-user-in-english')
    await logout(page)
  })

  it('a sales representative sees no Administration entries', async () => {
    const { page } = journey
    await login(page, 'sales@organizecrm.test')
    await openNav(page)
    await shot(page, 'sales-dashboard-navigation')
    const nav = navigation(page)
    // The navigation is there, with what this user may use (shared files)…
    await nav.locator('a[href^="/admin/collections/media"]').first().waitFor({ state: 'visible' })
    // …but neither it nor the dashboard offers a way into the Administration pages.
    const offered: string[] = []
    for (const href of ADMINISTRATION_LINKS) {
      if ((await linksTo(page.locator('body'), href).count()) > 0) offered.push(href)
    }
    expect(offered, 'Administration links offered to a sales representative').toEqual([])
  })

  it('a sales representative cannot open the form to create a role', async () => {
    const { page } = journey
    await gotoAdmin(page, '/admin/collections/roles/create')
    await shot(page, 'sales-roles-create-refused')
    // Payload answers with its "Nothing found" page (or redirects to its "Unauthorized" one).
    const onRefusalRoute = new URL(page.url()).pathname.startsWith('/admin/unauthorized')
    if (!onRefusalRoute) {
      await page.locator('.not-found, .unauthorized').first().waitFor({ state: 'visible' })
      expect(await page.locator('h1').first().innerText()).toMatch(
        /Nimic găsit|Nothing found|Neautorizat|Unauthorized/i,
      )
    }
    // Whatever the refusal looks like, there is no form to fill and nothing to save.
    expect(await page.locator('#field-key').count()).toBe(0)
    expect(await page.locator('#action-save').count()).toBe(0)
  })

  it('no page crashed in the browser along the way', () => {
    expect(errors).toEqual([])
  })
})
