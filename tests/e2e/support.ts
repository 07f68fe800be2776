/**
 * Shared helpers for the browser journeys (the browser itself: browser.ts): log in/out, the REST
 * client of a demo user and the few admin-panel widgets (react-select) the journeys use.
 *
 * Selectors rely on ids Payload gives every field (`#field-<name>`, `#action-save`) and on links'
 * addresses, not on visible text: the admin panel speaks Romanian or English depending on the user.
 */
import { type APIRequestContext, type Locator, type Page, request } from 'playwright-core'
import { expect } from 'vitest'

import { BASE_URL, TIMEOUT } from './browser'

export const DEMO_PASSWORD = 'Demo-Pass-2026'

/** Waits until the page has loaded and the network is quiet (the admin panel fetches form state). */
export async function settle(page: Page) {
  await page.waitForLoadState('load')
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => undefined)
}

export async function gotoAdmin(page: Page, pathname: string) {
  const response = await page.goto(pathname, { waitUntil: 'load' })
  await settle(page)
  return response
}

/** Fills the login form at /admin/login and waits for the dashboard. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await gotoAdmin(page, '/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  await settle(page)
  // The dashboard is rendered for a signed-in user: the navigation offers the account page.
  await page.locator('a[href="/admin/account"]').first().waitFor({ state: 'attached' })
}

/** The side navigation (`aside.nav`): closed (and inert) until the menu button opens it. */
export const navigation = (page: Page): Locator => page.locator('aside.nav')

/** Opens the side navigation with the header's menu button, as a user would. */
export async function openNav(page: Page) {
  const nav = navigation(page)
  await nav.waitFor({ state: 'attached' })
  if (await nav.evaluate((element) => element.classList.contains('nav--nav-open'))) return
  await page.locator('.nav-toggler').filter({ visible: true }).first().click()
  await page.locator('aside.nav.nav--nav-open').waitFor({ state: 'attached' })
  await expect.poll(() => nav.evaluate((element) => element.hasAttribute('inert'))).toBe(false)
}

/**
 * Uses the log-out link of the navigation, then waits for the login form. A page still hydrating
 * (the workflow panel reloads the page after a step) can close the navigation again right after
 * it opened, leaving its links inert: then it is opened again, up to three times.
 */
export async function logout(page: Page) {
  await settle(page)
  for (let attempt = 1; ; attempt++) {
    await openNav(page)
    try {
      await navigation(page).locator('a[href="/admin/logout"]').click({ timeout: 5_000 })
      break
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
  await page.waitForURL((url) => url.pathname === '/admin/login', { timeout: 60_000 })
  await settle(page)
  await page.locator('#field-email').waitFor({ state: 'visible' })
}

/**
 * Picks an option in a Payload select or relationship field (react-select, class prefix `rs`)
 * by the option's visible text, typed first so that long or paginated lists filter down.
 */
export async function chooseOption(page: Page, fieldName: string, optionText: RegExp, typeToFilter?: string) {
  const field = page.locator(`#field-${fieldName}`)
  // The arrow, as a person would: the middle of the control may be the chosen record's edit
  // button (a relationship's pencil), which opens that record in a drawer instead.
  const arrow = field.locator('.rs__control .dropdown-indicator').first()
  await ((await arrow.count()) ? arrow : field.locator('.rs__control')).click()
  if (typeToFilter) await field.locator('.rs__input, input').first().pressSequentially(typeToFilter, { delay: 20 })
  const option = page.locator('.rs__menu .rs__option').filter({ hasText: optionText }).first()
  await option.waitFor({ state: 'visible' })
  await option.click()
  await field
    .locator('.rs__menu')
    .waitFor({ state: 'detached' })
    .catch(() => undefined)
}

/** The text a react-select shows as its chosen value(s). */
export const selectedText = (page: Page, fieldName: string): Locator =>
  page.locator(`#field-${fieldName} .rs__value-container`)

/**
 * Clicks Save once the form has taken the typed values in: until then Payload shows the button
 * disabled (a class, not the attribute, so a click would be silently ignored).
 */
export async function clickSave(page: Page, scope: Locator = page.locator('body')) {
  const button = scope.locator('#action-save:not(.btn--disabled)')
  await button.waitFor({ state: 'visible' })
  await button.click()
}

/**
 * Clicks Save on a document form and waits for the server's answer and the saved document's
 * address. On a record that exists the address does not change: without waiting for the answer, a
 * slow server left the form unsaved for the next step (a "leave without saving" dialog).
 */
export async function save(page: Page, collection: string) {
  const answered = page.waitForResponse(
    (response) =>
      ['POST', 'PATCH'].includes(response.request().method()) &&
      new URL(response.url()).pathname.startsWith(`/api/${collection}`),
    { timeout: 60_000 },
  )
  await clickSave(page)
  await answered
  await page.waitForURL(new RegExp(`/admin/collections/${collection}/\\d+(\\?.*)?$`), { timeout: 60_000 })
  await settle(page)
}

/** Types into the list view's search box and waits for the list to reload. */
export async function searchList(page: Page, text: string) {
  const search = page.locator('#search-filter-input')
  await search.fill(text)
  await page.waitForURL((url) => url.searchParams.get('search') === text, { timeout: TIMEOUT })
  await settle(page)
}

/** A REST client signed in as a demo user, for preparing data and checking outcomes. */
export async function apiAs(email: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL: BASE_URL })
  const answer = await anonymous.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  expect(answer.status()).toBe(200)
  const { token } = await answer.json()
  await anonymous.dispose()
  return request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { authorization: `JWT ${token}` } })
}

/** The state a record's workflow panel shows. */
export const statusOf = (page: Page) => page.locator('.workflow-panel__status').getAttribute('data-status')

/**
 * Takes a step from the record's workflow panel (with its comment when it asks for one) and waits
 * for the new state; the panel reloads the page after a step.
 */
export async function takeStep(page: Page, transition: string, expected: string, comment?: string) {
  // Forced: the panel's buttons can be found "not stable" while the page hydrates although the step runs.
  await page.locator(`#workflow-transition-${transition}`).click({ force: true })
  if (comment) {
    await page.locator('#workflow-comment').fill(comment)
    await page.locator('#workflow-confirm').click()
  }
  await settle(page)
  await expect.poll(() => statusOf(page), { timeout: 30_000 }).toBe(expected)
  await settle(page)
}

/** Opens a tab of a document form by its label (in either language). */
export async function openTab(page: Page, label: RegExp) {
  await page.locator('.tabs-field__tab-button').filter({ hasText: label }).first().click()
  await settle(page)
}
