/**
 * The home page per person (issue 14): what two roles see at /admin matches GET /api/home, a figure
 * opens the list of exactly the records it counts, the page fits a phone and reads in dark mode.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { HomeAnswer, HomeFigure } from '@/hooks/home/types'
import { useBrowser } from './browser'
import { gotoAdmin, login, logout, settle } from './support'

/** Rows a list shows on its first page (Payload's default page size). */
const FIRST_PAGE = 10

/** GET /api/home as the page itself asks it: with the signed-in session's cookie. */
const homeOf = async (page: Page) => {
  const answer = await page.evaluate(async () => {
    const response = await fetch('/api/home', { credentials: 'include' })
    return { status: response.status, body: await response.json() }
  })
  expect(answer.status).toBe(200)
  return answer.body as HomeAnswer
}

/** Elements reaching past the window's right edge (what would scroll sideways), for the failure message. */
const overflowing = (page: Page, width: number) =>
  page.evaluate(
    (limit) =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
        .slice(0, 8)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
    width,
  )

/** A link with its instants (encoded ISO times) blanked out. */
const withoutMoments = (href: string) => href.replace(/\d{4}-\d{2}-\d{2}T[\d.%A]+Z/g, '<instant>')

/** Every figure of the API answer is on the page, as a link with its value, label and address. */
async function expectPageShows(page: Page, home: HomeAnswer) {
  expect(await page.locator('.modular-dashboard').count(), "Payload's collection cards").toBe(0)
  expect(await page.locator('.home h1').count()).toBe(1)
  for (const block of home.blocks) {
    const section = page.locator(`section[data-block="${block.key}"]`)
    expect(await section.locator('h2').innerText()).toBe(block.label)
    for (const [whose, figures] of [
      ['mine', block.mine],
      ['team', block.team ?? []],
    ] as const) {
      for (const figure of figures) {
        const link = section.locator(`[data-whose="${whose}"] a[data-figure="${figure.key}"]`)
        expect(await link.getAttribute('data-value'), `${block.key}.${whose}.${figure.key}`).toBe(String(figure.value))
        // The same filter; "now" (past due) moved on between the page and the API call.
        expect(withoutMoments((await link.getAttribute('href')) ?? '')).toBe(withoutMoments(figure.href))
        // Its name says which block and whose, the figure and what it counts.
        const name = await link.innerText()
        for (const part of [block.label, figure.display, figure.label]) expect(name).toContain(part)
      }
    }
    if (!block.team) expect(await section.locator('[data-whose="team"]').count()).toBe(0)
  }
}

/** A counted figure the first page of its list shows whole, preferring the team's. */
function figureToOpen(home: HomeAnswer): { block: string; whose: 'mine' | 'team'; figure: HomeFigure } {
  const candidates = home.blocks.flatMap((block) => [
    ...(block.team ?? []).map((figure) => ({ block: block.key, whose: 'team' as const, figure })),
    ...block.mine.map((figure) => ({ block: block.key, whose: 'mine' as const, figure })),
  ])
  const found = candidates.find(
    ({ figure }) => figure.key !== 'pipeline-value' && figure.value > 0 && figure.value <= FIRST_PAGE,
  )
  if (!found) throw new Error(`no figure between 1 and ${FIRST_PAGE} to open: ${JSON.stringify(home)}`)
  return found
}

/** Clicks the figure and expects its list with as many rows as the figure says. */
async function openFigure(page: Page, home: HomeAnswer) {
  const { block, whose, figure } = figureToOpen(home)
  await page.locator(`section[data-block="${block}"] [data-whose="${whose}"] a[data-figure="${figure.key}"]`).click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin/collections/'))
  await settle(page)
  const rows = page.locator('.collection-list table tbody tr')
  await expect
    .poll(() => rows.count(), { timeout: 30_000, message: `${block}.${whose}.${figure.key}` })
    .toBe(figure.value)
}

describe('home page: figures per person, each a link into its list', () => {
  const journey = useBrowser('home', { lastShot: 'last-state' })
  const { errors, shot } = journey

  it('the support manager sees their own and their team’s figures, as the API gives them', async () => {
    const { page } = journey
    await login(page, 'support-manager@organizecrm.test')
    await page.locator('.home-blocks').waitFor({ state: 'visible' })
    const home = await homeOf(page)
    expect(home.teams.length).toBeGreaterThan(0)
    expect(home.blocks.find((block) => block.key === 'tickets')?.team).toBeTruthy()
    await expectPageShows(page, home)
    await shot(page, 'support-manager-home')
    await openFigure(page, home)
    await shot(page, 'support-manager-figure-list')
  })

  it('fits a phone without sideways scrolling, and reads in dark mode', async () => {
    const { page } = journey
    await page.setViewportSize({ width: 390, height: 844 })
    await gotoAdmin(page, '/admin')
    await page.locator('.home-blocks').waitFor({ state: 'visible' })
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, (await overflowing(page, 390)).join(', ')).toBeLessThanOrEqual(390)
    await shot(page, 'support-manager-home-phone')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.setViewportSize({ width: 1440, height: 1000 })
    await gotoAdmin(page, '/admin')
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark')
    await shot(page, 'support-manager-home-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await logout(page)
  })

  it('the salesperson sees their todos, opportunities and offers; no team figures', async () => {
    const { page } = journey
    await login(page, 'sales@organizecrm.test')
    await page.locator('.home-blocks').waitFor({ state: 'visible' })
    const home = await homeOf(page)
    expect(home.teams).toEqual([])
    expect(home.blocks.map((block) => block.key)).toEqual(expect.arrayContaining(['todos', 'opportunities', 'offers']))
    expect(home.blocks.map((block) => block.key)).not.toContain('ticket-actions')
    await expectPageShows(page, home)
    const pipeline = home.blocks
      .find((block) => block.key === 'opportunities')!
      .mine.find((figure) => figure.key === 'pipeline-value')!
    expect(pipeline.display).toMatch(/^\d{1,3}(\.\d{3})*,\d{2} RON$/)
    await shot(page, 'sales-home')
    await openFigure(page, home)
    await shot(page, 'sales-figure-list')
  })

  it('threw no errors in the browser', () => {
    expect(errors).toEqual([])
  })
})
