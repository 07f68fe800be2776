/**
 * A workflow step taken from the admin panel: the responsible marks a todo done with the panel's
 * button, sees the new state and the history; the person who handed it out sees the notification
 * badge. Runs against the production build started by `npm run test:e2e`.
 */
import { describe, expect, it } from 'vitest'

import { useBrowser } from './browser'
import { apiAs, gotoAdmin, login, logout, settle } from './support'

describe('workflow panel: a todo marked done from the admin panel', () => {
  const journey = useBrowser('workflow')
  const { shot } = journey
  let todoPath = ''
  let todoTitle = ''
  let unreadBefore = 0

  it('the manager sees how many notifications are unread', async () => {
    const { page } = journey
    await login(page, 'sales-manager@organizecrm.test')
    const badge = page.locator('a.notification-badge').first()
    await badge.waitFor({ state: 'visible' })
    await expect.poll(() => badge.getAttribute('data-unread')).not.toBeNull()
    unreadBefore = Number(await badge.getAttribute('data-unread'))
    // The badge counts exactly the manager's unread notifications; the demo leaves read ones too,
    // so a badge counting every notification would show a different number.
    const manager = await apiAs('sales-manager@organizecrm.test')
    const unread = await (await manager.get('/api/notifications/count?where[readAt][exists]=false')).json()
    const read = await (await manager.get('/api/notifications/count?where[readAt][exists]=true')).json()
    await manager.dispose()
    expect(unread.totalDocs).toBeGreaterThan(0)
    expect(read.totalDocs).toBeGreaterThan(0)
    expect(unreadBefore).toBe(unread.totalDocs)
    await logout(page)
  })

  it('the responsible opens their todo and sees the panel with the steps they may take', async () => {
    const { page } = journey
    // The open todo the manager handed to the salesperson (the demo data has many others).
    const sales = await apiAs('sales@organizecrm.test')
    const me = (await (await sales.get('/api/users/me')).json()).user
    const manager = (
      await (await sales.get('/api/users?where[email][equals]=sales-manager@organizecrm.test&depth=0')).json()
    ).docs[0]
    const found = await (
      await sales.get(
        `/api/todos?depth=0&where[status][equals]=open&where[responsible][equals]=${me.id}&where[createdBy][equals]=${manager.id}`,
      )
    ).json()
    await sales.dispose()
    todoPath = `/admin/collections/todos/${found.docs[0].id}`
    todoTitle = found.docs[0].title
    await login(page, 'sales@organizecrm.test')
    await gotoAdmin(page, todoPath)
    const panel = page.locator('.workflow-panel')
    await panel.waitFor({ state: 'visible' })
    await expect.poll(() => panel.locator('.workflow-panel__status').getAttribute('data-status')).toBe('open')
    await page.locator('#workflow-transition-complete').waitFor({ state: 'visible' })
    // Cancelling needs the responsible or the owner: the responsible may; reopening is not offered yet.
    expect(await page.locator('#workflow-transition-reopen').count()).toBe(0)
    await shot(page, 'todo-open')
  })

  it('runs the transition from the button and shows the new state and the history', async () => {
    const { page } = journey
    const panel = page.locator('.workflow-panel')
    const status = panel.locator('.workflow-panel__status')
    // The state's name once the panel has read it (the key until then).
    const labelOf = async (key: string) => {
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).not.toBe(key)
      return (await status.textContent())!.trim()
    }
    const openLabel = await labelOf('open')
    await page.locator('#workflow-transition-complete').click()
    await page.waitForLoadState('load')
    await settle(page)
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).toBe('done')
    const doneLabel = await labelOf('done')
    const history = panel.locator('.workflow-panel__history li')
    await expect.poll(() => history.count(), { timeout: 30_000 }).toBe(2)
    // The states by their names, never their keys.
    expect(await history.nth(1).textContent()).toContain(`${openLabel} → ${doneLabel}`)
    expect(await history.nth(1).textContent()).not.toMatch(/open → done/)
    // Reopening asks for a comment first.
    await page.locator('#workflow-transition-reopen').click()
    await page.locator('#workflow-comment').waitFor({ state: 'visible' })
    expect(await page.locator('#workflow-confirm').isDisabled()).toBe(true)
    await shot(page, 'todo-done-with-history')
    await logout(page)
  })

  it('tells the manager who handed the todo out: the badge counts the notification', async () => {
    const { page } = journey
    await login(page, 'sales-manager@organizecrm.test')
    const badge = page.locator('a.notification-badge').first()
    await expect.poll(() => badge.getAttribute('data-unread'), { timeout: 30_000 }).toBe(String(unreadBefore + 1))
    await shot(page, 'manager-badge')
    await badge.click()
    await page.waitForURL((url) => url.pathname.startsWith('/admin/collections/notifications'))
    await settle(page)
    await expect.poll(() => page.locator('table tbody').textContent()).toContain(todoTitle)
    await shot(page, 'manager-notifications')
  })
})
