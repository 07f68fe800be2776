/**
 * The one browser setup of the journeys. Each journey file calls `useBrowser()` once, inside its
 * `describe`: one Debian Chromium (through playwright-core) and one page for the whole journey, its
 * steps sharing the page as a user would, a screenshot when a step fails, the browser closed after.
 *
 *   const journey = useBrowser('offers')
 *   it('a step', async () => {
 *     const { page } = journey
 *     await login(page, 'sales@organizecrm.test')
 *     await journey.shot(page, 'dashboard')
 *   })
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type LaunchOptions,
  type Page,
} from 'playwright-core'
import { afterAll, beforeAll, beforeEach } from 'vitest'

/** The production server `npm run test:e2e` started for this run. */
export const BASE_URL = (process.env.E2E_BASE_URL ?? '').replace(/\/$/, '')

/** Generous: a production server on two cores answers admin pages in about a second. */
export const TIMEOUT = 30_000

export const LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

/** Every journey's window; a journey may add to it (a time zone, a locale). */
export const CONTEXT_OPTIONS: BrowserContextOptions = { baseURL: BASE_URL, viewport: { width: 1440, height: 1000 } }

const screenshotDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots')

export async function launchBrowser(): Promise<Browser> {
  if (!BASE_URL) throw new Error('E2E_BASE_URL is not set: run the journeys with `npm run test:e2e`.')
  return chromium.launch(LAUNCH_OPTIONS)
}

export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, ...options })
  context.setDefaultTimeout(TIMEOUT)
  context.setDefaultNavigationTimeout(60_000)
  return context
}

/** Keeps tests/e2e/screenshots/<journey>/<nn>-<step>.png, numbered in the order taken. */
export function screenshotter(journey: string) {
  const dir = path.join(screenshotDir, journey)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  let counter = 0
  return async (page: Page, step: string) => {
    counter += 1
    const file = path.join(dir, `${String(counter).padStart(2, '0')}-${step}.png`)
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
    return file
  }
}

export interface Journey {
  /** Set before the journey's first step (by its beforeAll). */
  browser: Browser
  context: BrowserContext
  page: Page
  /** Errors the page threw (`pageerror`), as "<address>: <message>": a journey ends by asking for none. */
  readonly errors: string[]
  /** Saves a screenshot of the step into tests/e2e/screenshots/<journey>/. */
  readonly shot: (page: Page, step: string) => Promise<string>
}

export interface JourneyOptions {
  /** Added to the browser context's options (e.g. `timezoneId`, `locale`). */
  context?: BrowserContextOptions
  /** A last screenshot under this name when the journey ends, passed or not. */
  lastShot?: string
}

/**
 * Registers the journey's browser hooks in the calling `describe` and returns the journey, whose
 * `browser`, `context` and `page` are there from the first step on.
 */
export function useBrowser(name: string, options: JourneyOptions = {}): Journey {
  const journey = { errors: [] as string[], shot: screenshotter(name) } as Journey

  beforeAll(async () => {
    journey.browser = await launchBrowser()
    journey.context = await newContext(journey.browser, options.context)
    const page = await journey.context.newPage()
    page.on('pageerror', (error) => journey.errors.push(`${page.url()}: ${error.message}`))
    journey.page = page
  })

  beforeEach(({ onTestFailed, task }) => {
    // What the browser showed when a step failed, beside the screenshots of the steps.
    onTestFailed(async () => {
      await journey.shot(journey.page, `FAILED-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`)
    })
  })

  afterAll(async () => {
    if (options.lastShot && journey.page) await journey.shot(journey.page, options.lastShot)
    await journey.browser?.close()
  })

  return journey
}
