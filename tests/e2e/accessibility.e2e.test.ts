/**
 * The axe sweep: axe-core on the eight pages people use most, at desktop width, as an
 * administrator in Romanian. Zero critical and zero serious violations (issue 14; before the fixes
 * every page but login had 1–2 critical and 1–5 serious rules). Phone widths: phone.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { seriousViolations } from './axe'
import { useBrowser } from './browser'
import { apiAs, gotoAdmin, login } from './support'

/** The pages after login, by name; the client page's address is found at run time. */
const PAGES: [string, string][] = [
  ['home', '/admin'],
  ['list', '/admin/collections/clients'],
  ['client', ''],
  ['ticket-form', '/admin/collections/tickets/create'],
  ['calendar', '/admin/calendar'],
  ['pipeline', '/admin/pipeline'],
  ['my-work', '/admin/my-work'],
]

describe('accessibility: no critical or serious axe violations', () => {
  const journey = useBrowser('accessibility', { lastShot: 'last-state' })
  const { errors, shot } = journey

  it('the login page', async () => {
    const { page } = journey
    await gotoAdmin(page, '/admin/login')
    await shot(page, 'login')
    expect(await seriousViolations(page)).toEqual([])
  })

  it.each(PAGES)('%s', async (name, address) => {
    const { page } = journey
    if (name === 'home') await login(page, 'admin@organizecrm.test')
    let path = address
    if (name === 'client') {
      const api = await apiAs('admin@organizecrm.test')
      const { docs } = await (await api.get('/api/clients?limit=1&sort=name&depth=0')).json()
      await api.dispose()
      path = `/admin/collections/clients/${docs[0].id}`
    }
    await gotoAdmin(page, path)
    // The repairs run once a frame after the page settles.
    await page.waitForTimeout(500)
    await shot(page, name)
    expect(await seriousViolations(page), `${name} (${path})`).toEqual([])
  })

  it('threw no errors in the page', () => {
    expect(errors).toEqual([])
  })
})
