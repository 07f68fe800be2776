/**
 * The admin panel on a phone (390×844): the client page, the ticket form, lists and My work fit the
 * width (no sideways scroll of the page itself), the client page's tabs scroll in their own strip,
 * and axe finds no critical or serious violation there either (issue 14).
 */
import { describe, expect, it } from 'vitest'

import { scrollsSideways, seriousViolations } from './axe'
import { useBrowser } from './browser'
import { apiAs, gotoAdmin, login } from './support'

const PHONE = { width: 390, height: 844 }

describe('phone width: pages fit, tabs scroll', () => {
  const journey = useBrowser('phone', { context: { viewport: PHONE }, lastShot: 'last-state' })
  const { errors, shot } = journey
  let clientPath = ''

  it('logs in on a phone', async () => {
    const { page } = journey
    await login(page, 'admin@organizecrm.test')
    const api = await apiAs('admin@organizecrm.test')
    const { docs } = await (await api.get('/api/clients?limit=1&sort=name&depth=0')).json()
    await api.dispose()
    clientPath = `/admin/collections/clients/${docs[0].id}`
    expect(await scrollsSideways(page)).toBe(false)
  })

  it.each([
    ['clients-list', '/admin/collections/clients'],
    ['tickets-list', '/admin/collections/tickets'],
    ['ticket-form', '/admin/collections/tickets/create'],
    ['my-work', '/admin/my-work'],
    ['client-page', ''],
  ])('%s fits the width', async (name, address) => {
    const { page } = journey
    const path = address || clientPath
    await gotoAdmin(page, path)
    await page.waitForTimeout(500)
    await shot(page, name)
    expect(
      await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]),
      `${name} (${path}): page width, window width`,
    ).toEqual([PHONE.width, PHONE.width])
    expect(await seriousViolations(page), `${name} (${path})`).toEqual([])
  })

  it("the client page's tabs scroll sideways to the last one", async () => {
    const { page } = journey
    // Payload's own strip (`__tabs-wrap`) scrolls: more tabs than the width holds stay in it.
    const strip = page.locator('.tabs-field__tabs-wrap').first()
    expect(await strip.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
    expect(await strip.evaluate((element) => getComputedStyle(element).overflowX)).toMatch(/auto|scroll/)
    const last = page.locator('.tabs-field__tab-button').last()
    await last.click()
    await expect.poll(() => last.getAttribute('class')).toContain('tabs-field__tab-button--active')
    expect(await strip.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
    expect(await scrollsSideways(page)).toBe(false)
    await shot(page, 'client-last-tab')
  })

  it('threw no errors in the page', () => {
    expect(errors).toEqual([])
  })
})
