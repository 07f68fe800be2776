/**
 * A project from a signed contract to its first alert in the browser: the project manager makes it
 * from a template with the contract's button, sees its plan on the timeline and approves it (the
 * baseline is kept), puts a member of the team on the analysis and its document; the member logs
 * time on the analysis and marks it done, and types time into the weekly timesheet (kept, then
 * emptied again); the manager validates the analysis; the member hands over the
 * document and the manager accepts it; an activity left behind raises a plan alert once the job
 * runs, on the project's Alerts tab and in the manager's notifications.
 * Against the production build started by `npm run test:e2e`.
 */
import type { APIRequestContext, Page, Route } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { useBrowser } from './browser'
import {
  apiAs,
  chooseOption,
  clickSave,
  gotoAdmin,
  login,
  logout,
  openTab,
  save,
  settle,
  statusOf,
  takeStep,
} from './support'

const SALES = 'sales@organizecrm.test'
const MANAGER = 'project-manager@organizecrm.test'
const MEMBER = 'project-member@organizecrm.test'
const ADMIN = 'admin@organizecrm.test'
/** The demo's project template written in Romanian (collections/projects/demo/data.ts). */
const TEMPLATE = 'Implementare CRM'
const MEMBER_NAME = /Vlad Stoica/
const ANALYSIS = 'Analiza cerințelor'
const ANALYSIS_DOCUMENT = 'Documentul de analiză'
const KICKOFF = 'Ședința de pornire'
const PDF =
  '%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n'

const drawer = (page: Page) => page.locator('dialog.doc-drawer.drawer--is-open')
const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest' }).format(date)

async function json(client: APIRequestContext, url: string) {
  const answer = await client.get(url)
  expect(answer.status(), `GET ${url}`).toBe(200)
  return answer.json()
}

/** Reads as `email` and lets the client go. */
async function readAs<T>(email: string, read: (client: APIRequestContext) => Promise<T>): Promise<T> {
  const client = await apiAs(email)
  try {
    return await read(client)
  } finally {
    await client.dispose()
  }
}

/**
 * The demo contract sent for signature, signed by its salesperson over REST as the contracts
 * journey does it in the browser (the signed copy among its documents, then the step): the demo's
 * signed contracts already have their projects.
 */
async function signedContract(): Promise<number> {
  const sales = await apiAs(SALES)
  const me = (await json(sales, '/api/users/me')).user
  const sent = await json(
    sales,
    `/api/contracts?depth=0&sort=id&limit=1&where[status][equals]=sent-for-signature&where[owner][equals]=${me.id}`,
  )
  expect(sent.docs, 'a demo contract sent for signature').toHaveLength(1)
  const id = sent.docs[0].id
  const kind = await json(
    sales,
    '/api/nomenclators?depth=0&where[list][equals]=document-types&where[value][equals]=signed',
  )
  const uploaded = await sales.post('/api/contract-documents', {
    multipart: {
      file: { name: `contract-${id}-semnat.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(PDF) },
      _payload: JSON.stringify({ contract: id, kind: kind.docs[0].id, description: 'Exemplarul semnat' }),
    },
  })
  expect(uploaded.status(), await uploaded.text()).toBe(201)
  // A file joins its contract when the contract's save lists it, as the contract page's upload field does.
  const { documents } = await json(sales, `/api/contracts/${id}?depth=0`)
  const filed = await sales.patch(`/api/contracts/${id}`, {
    data: { documents: [...(documents ?? []), (await uploaded.json()).doc.id] },
  })
  expect(filed.status(), await filed.text()).toBe(200)
  const signed = await sales.post(`/api/contracts/${id}/transition`, { data: { transition: 'sign' } })
  expect(signed.status(), await signed.text()).toBe(200)
  await sales.dispose()
  return id
}

describe('a project from a signed contract to its first plan alert', () => {
  const journey = useBrowser('projects')
  const { errors, shot } = journey
  let contractId = 0
  let projectId = 0
  let projectPath = ''
  let projectNumber = ''
  /** The plan's activities and deliverables by title, as the REST API lists them. */
  let activities: Record<string, { id: number }> = {}
  let deliverables: Record<string, { id: number }> = {}
  let memberId = 0
  /** The template's phases, by name: what the timeline writes over each phase's bar. */
  let phaseNames: string[] = []

  const activityPath = (title: string) => `/admin/collections/project-activities/${activities[title].id}`
  const deliverablePath = (name: string) => `/admin/collections/project-deliverables/${deliverables[name].id}`

  beforeAll(async () => {
    contractId = await signedContract()
    memberId = (await readAs(MEMBER, (member) => json(member, '/api/users/me'))).user.id
  })

  it('the project manager makes the project from the signed contract with a template', async () => {
    const { page } = journey
    await login(page, MANAGER)
    await gotoAdmin(page, `/admin/collections/contracts/${contractId}`)
    await page.locator('#project-from-contract-template').selectOption({ label: TEMPLATE })
    await page.locator('#project-from-contract').click()
    await page.waitForURL(/\/admin\/collections\/projects\/\d+$/, { timeout: 60_000 })
    await settle(page)
    projectPath = new URL(page.url()).pathname
    projectId = Number(projectPath.split('/').pop())
    projectNumber = await page.locator('#field-number').inputValue()
    expect(projectNumber).toMatch(/^PR-\d{4}-\d{4}$/)
    await expect.poll(() => statusOf(page)).toBe('planning')

    const { project, plan, handedOver } = await readAs(MANAGER, async (manager) => ({
      project: await json(manager, `/api/projects/${projectId}?depth=0`),
      plan: await json(manager, `/api/project-activities?depth=0&limit=100&where[project][equals]=${projectId}`),
      handedOver: await json(manager, `/api/project-deliverables?depth=0&where[project][equals]=${projectId}`),
    }))
    expect(project).toMatchObject({ contract: contractId, status: 'planning' })
    const template = await readAs(MANAGER, (manager) =>
      json(manager, `/api/project-templates/${project.template}?depth=0`),
    )
    expect(template.name).toBe(TEMPLATE)
    phaseNames = template.phases.map((phase: { name: string }) => phase.name)
    activities = Object.fromEntries(plan.docs.map((a: { id: number; title: string }) => [a.title, a]))
    deliverables = Object.fromEntries(handedOver.docs.map((d: { id: number; name: string }) => [d.name, d]))
    expect(Object.keys(activities)).toEqual(expect.arrayContaining([KICKOFF, ANALYSIS]))
    expect(plan.totalDocs).toBe(6)
    expect(Object.keys(deliverables)).toContain(ANALYSIS_DOCUMENT)
  })

  it('the Plan tab shows a bar on the timeline for each activity of the plan, under its phases', async () => {
    const { page } = journey
    await openTab(page, /^Plan$/)
    const timeline = page.locator('#plan-timeline')
    await timeline.waitFor({ state: 'visible' })
    const bars = timeline.locator('.bar-wrapper')
    await expect.poll(() => bars.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    // One bar an activity (`data-id` a<id>), one a phase over its activities, named as in the template.
    for (const { id } of Object.values(activities)) {
      expect(await timeline.locator(`.bar-wrapper[data-id="a${id}"]`).count()).toBe(1)
    }
    expect(await bars.count()).toBe(Object.keys(activities).length + phaseNames.length)
    const phaseLabels = await timeline.locator('.bar-wrapper.plan-phase .bar-label').allTextContents()
    expect(phaseLabels.sort()).toEqual([...phaseNames].sort())
    // Nothing approved yet: no baseline under the bars.
    expect(await timeline.locator('.plan-baseline').count()).toBe(0)
    await shot(page, 'plan-timeline')
  })

  it('the manager approves the plan: the activities keep it as their baseline', async () => {
    const { page } = journey
    await takeStep(page, 'approve', 'approved')
    const plan = await readAs(MANAGER, (manager) =>
      json(manager, `/api/project-activities?depth=0&limit=100&where[project][equals]=${projectId}`),
    )
    expect(plan.totalDocs).toBe(Object.keys(activities).length)
    for (const activity of plan.docs) {
      expect(activity.baselineStart, activity.title).toBe(activity.plannedStart)
      expect(activity.baselineEnd, activity.title).toBe(activity.plannedEnd)
    }
    // The timeline draws the baseline under each activity.
    await openTab(page, /^Plan$/)
    await expect
      .poll(() => page.locator('#plan-timeline .plan-baseline').count(), { timeout: 30_000 })
      .toBe(plan.totalDocs)
    await takeStep(page, 'start', 'running')
  })

  it('the manager adds a member to the team and gives them the analysis and its document', async () => {
    const { page } = journey
    await openTab(page, /^(Echipă|Team)$/)
    await page.locator('#field-members .array-field__add-row').click()
    await chooseOption(page, 'members__0__user', MEMBER_NAME, 'Vlad')
    await chooseOption(page, 'members__0__role', /Consultant/)
    await save(page, 'projects')
    await gotoAdmin(page, activityPath(ANALYSIS))
    await chooseOption(page, 'responsible', MEMBER_NAME, 'Vlad')
    await save(page, 'project-activities')
    await gotoAdmin(page, deliverablePath(ANALYSIS_DOCUMENT))
    await chooseOption(page, 'responsible', MEMBER_NAME, 'Vlad')
    await save(page, 'project-deliverables')
    const { project, activity, deliverable } = await readAs(MANAGER, async (manager) => ({
      project: await json(manager, `/api/projects/${projectId}?depth=0`),
      activity: await json(manager, `/api/project-activities/${activities[ANALYSIS].id}?depth=0`),
      deliverable: await json(manager, `/api/project-deliverables/${deliverables[ANALYSIS_DOCUMENT].id}?depth=0`),
    }))
    expect(project.members.map((m: { user: number }) => m.user)).toEqual([memberId])
    expect(activity.responsible).toBe(memberId)
    expect(deliverable.responsible).toBe(memberId)
    await logout(page)
  })

  it('the member logs time on the analysis and marks it done from its panel', async () => {
    const { page } = journey
    await login(page, MEMBER)
    await gotoAdmin(page, activityPath(ANALYSIS))
    await expect.poll(() => statusOf(page)).toBe('planned')
    await page.locator('#field-timeEntries .relationship-table__add-new').click()
    const form = drawer(page)
    await form.locator('#field-hours').waitFor({ state: 'visible' })
    await form.locator('#field-hours').fill('6.5')
    await form.locator('#field-note').fill('Interviuri cu utilizatorii cheie')
    await clickSave(page, form)
    await expect
      .poll(() => page.locator('#field-timeEntries .relationship-table tbody tr').count(), { timeout: 30_000 })
      .toBe(1)
    if (await form.count()) await form.locator('.drawer__close').first().click()
    await form.waitFor({ state: 'detached' })
    await takeStep(page, 'start', 'in-progress')
    await takeStep(page, 'finish', 'done')
    await shot(page, 'activity-done')
    const { activity, entries } = await readAs(MEMBER, async (member) => ({
      activity: await json(member, `/api/project-activities/${activities[ANALYSIS].id}?depth=0`),
      entries: await json(member, `/api/time-entries?depth=0&where[activity][equals]=${activities[ANALYSIS].id}`),
    }))
    expect(activity).toMatchObject({ status: 'done', spentEffort: 6.5 })
    expect(activity.actualStart).toBeTruthy()
    expect(activity.actualEnd).toBeTruthy()
    expect(entries.docs).toHaveLength(1)
    expect(entries.docs[0]).toMatchObject({ hours: 6.5, person: memberId, project: projectId })
  })

  it('the member types 6,5 hours into the weekly timesheet: kept as 6.5 on that day, and gone when emptied', async () => {
    const { page } = journey
    const activityId = activities[ANALYSIS].id
    // Still signed in; the navigation offers the timesheet to whoever enters time.
    expect(await page.locator('#nav-timesheet').getAttribute('href')).toBe('/admin/timesheet')
    await page.setViewportSize({ width: 1440, height: 900 })
    await gotoAdmin(page, '/admin/timesheet')
    const row = page.locator(`#timesheet-grid tr[data-activity="${activityId}"]`)
    const today = day(new Date())
    // This week, with the time entered from the activity's Time list, written the Romanian way.
    await expect.poll(() => row.locator(`input[data-day="${today}"]`).inputValue(), { timeout: 30_000 }).toBe('6,5')
    const weekday = (new Date(`${today}T12:00:00.000Z`).getUTCDay() + 6) % 7
    // Another day of the same week: the Monday, or the Tuesday when today is Monday.
    const other = day(new Date(Date.parse(`${today}T12:00:00.000Z`) + (weekday === 0 ? 1 : -weekday) * 86_400_000))
    const monday = weekday === 0 ? today : other
    expect(await page.locator('#timesheet-week').textContent()).toContain(monday.split('-').reverse().join('.'))
    const cell = row.locator(`input[data-day="${other}"]`)
    const answered = (method: string) =>
      page.waitForResponse(
        (response) =>
          response.request().method() === method && new URL(response.url()).pathname.startsWith('/api/time-entries'),
      )
    const created = answered('POST')
    await cell.fill('6,5')
    await cell.blur()
    expect((await created).status()).toBe(201)
    await page.reload()
    await settle(page)
    await expect.poll(() => cell.inputValue(), { timeout: 30_000 }).toBe('6,5')
    await shot(page, 'timesheet')
    const storedOn = (member: APIRequestContext) =>
      json(
        member,
        `/api/time-entries?depth=0&where[activity][equals]=${activityId}&where[date][equals]=${other}T12:00:00.000Z`,
      )
    const entries = await readAs(MEMBER, storedOn)
    expect(entries.docs).toHaveLength(1)
    expect(entries.docs[0]).toMatchObject({ hours: 6.5, person: memberId, date: `${other}T12:00:00.000Z` })
    // Emptied, the entry is deleted: the analysis keeps only the time of its Time list.
    const deleted = answered('DELETE')
    await cell.fill('')
    await cell.blur()
    expect((await deleted).status()).toBe(200)
    expect((await readAs(MEMBER, storedOn)).docs).toHaveLength(0)
    await page.setViewportSize({ width: 1440, height: 1000 })
    await logout(page)
  })

  it('the manager validates the analysis', async () => {
    const { page } = journey
    await login(page, MANAGER)
    await gotoAdmin(page, activityPath(ANALYSIS))
    await takeStep(page, 'validate', 'validated')
    const activity = await readAs(MANAGER, (manager) =>
      json(manager, `/api/project-activities/${activities[ANALYSIS].id}?depth=0`),
    )
    expect(activity.status).toBe('validated')
    // The project counts the time spent on its plan.
    const project = await readAs(MANAGER, (manager) => json(manager, `/api/projects/${projectId}?depth=0`))
    expect(project.spentHours).toBe(6.5)
    await logout(page)
  })

  it('the member hands over the analysis document and the manager accepts it', async () => {
    const { page } = journey
    await login(page, MEMBER)
    await gotoAdmin(page, deliverablePath(ANALYSIS_DOCUMENT))
    await takeStep(page, 'submit', 'submitted')
    await logout(page)
    await login(page, MANAGER)
    await gotoAdmin(page, deliverablePath(ANALYSIS_DOCUMENT))
    await takeStep(page, 'accept', 'accepted')
    await shot(page, 'deliverable-accepted')
    const deliverable = await readAs(MANAGER, (manager) =>
      json(manager, `/api/project-deliverables/${deliverables[ANALYSIS_DOCUMENT].id}?depth=0`),
    )
    expect(deliverable.status).toBe('accepted')
    expect(deliverable.submittedAt).toBeTruthy()
    expect(deliverable.acceptedAt).toBeTruthy()
    const handedOver = await readAs(MEMBER, (member) =>
      json(member, `/api/project-deliverables/${deliverables[ANALYSIS_DOCUMENT].id}?depth=0`),
    )
    expect(handedOver.status).toBe('accepted')
  })

  it('an activity left behind raises a plan alert once the job runs: on the Alerts tab and in the bell', async () => {
    const { page } = journey
    const manager = await apiAs(MANAGER)
    const unreadBefore = (await json(manager, '/api/notifications/count?where[readAt][exists]=false')).totalDocs
    // The kick-off meeting, planned two weeks ago and never held.
    const moved = await manager.patch(`/api/project-activities/${activities[KICKOFF].id}?depth=0`, {
      data: { plannedStart: `${day(new Date(Date.now() - 14 * 86_400_000))}T12:00:00.000Z` },
    })
    expect(moved.status(), await moved.text()).toBe(200)
    const kickoff = (await moved.json()).doc
    expect(kickoff.plannedEnd.slice(0, 10) < day(new Date())).toBe(true)

    // The hourly job, run now by an administrator; nobody else may.
    expect(
      (await manager.post('/api/payload-jobs/run-scheduled', { data: { task: 'evaluatePlanAlerts' } })).status(),
    ).toBe(403)
    const ran = await readAs(ADMIN, async (admin) => {
      const answer = await admin.post('/api/payload-jobs/run-scheduled', { data: { task: 'evaluatePlanAlerts' } })
      expect(answer.status(), await answer.text()).toBe(200)
      return answer.json()
    })
    expect(ran).toMatchObject({ task: 'evaluatePlanAlerts', status: 'success' })

    const events = await json(manager, `/api/alert-events?depth=0&limit=100&where[project][equals]=${projectId}`)
    const overdue = events.docs.filter(
      (e: { condition: string; subject: { value: number } | null }) =>
        e.condition === 'activity-overdue' && e.subject?.value === activities[KICKOFF].id,
    )
    expect(overdue).toHaveLength(1)
    expect(overdue[0].clearedAt ?? null).toBeNull()
    const notifications = await json(
      manager,
      `/api/notifications?depth=0&limit=100&where[readAt][exists]=false&where[link.collection][equals]=projects&where[link.documentId][equals]=${projectId}`,
    )
    await manager.dispose()
    const told = notifications.docs.filter((n: { body?: string }) => n.body?.includes(KICKOFF))
    expect(told.length, JSON.stringify(notifications.docs)).toBeGreaterThan(0)
    expect(told[0].title).toContain(projectNumber)

    // The project page lists the alert raised, and the manager's bell counts it. The relationship
    // cells of its events name their records even when the server leaves one out of its answer, as
    // it does for a record the reader may not read: here the last of the events' kinds the table asks
    // for (the alerts table above asks for all the kinds and is left alone). @payloadcms/ui 3.90.1,
    // comparing number ids with string keys, then showed the others as missing and the one left out
    // as loading (fixed by scripts/patchPayloadUi.mjs).
    const eventKinds = [...new Set(events.docs.map((e: { kind: number }) => String(e.kind)))].sort()
    expect(eventKinds.length, 'events of two kinds at least').toBeGreaterThan(1)
    let leftOut = ''
    const kindsAsked = (url: URL) => url.pathname === '/api/plan-alert-kinds' && url.searchParams.has('where[id][in]')
    const leaveOneOut = async (route: Route) => {
      const url = new URL(route.request().url())
      const asked = url.searchParams.get('where[id][in]')!.split(',')
      // The page may give up a request meanwhile (it asks again as its cells load): nothing left to answer.
      if ([...asked].sort().join() !== eventKinds.join()) return route.continue().catch(() => undefined)
      leftOut = asked.at(-1)!
      // The same question to the REST API as the manager (the route's own fetch is not signed in).
      const answer = await readAs(MANAGER, (manager) => json(manager, `${url.pathname}${url.search}`))
      const docs = answer.docs.filter((kind: { id: number }) => String(kind.id) !== leftOut)
      await route.fulfill({ json: { ...answer, docs, totalDocs: docs.length } }).catch(() => undefined)
    }
    await page.route(kindsAsked, leaveOneOut)
    // Tall enough for both tables to be in view at once: each asks for its cells' records together.
    const viewport = page.viewportSize()!
    await page.setViewportSize({ width: viewport.width, height: 2400 })
    await gotoAdmin(page, projectPath)
    await openTab(page, /^(Alerte|Alerts)$/)
    const raised = page.locator('#field-alertEvents .relationship-table')
    await expect.poll(() => raised.textContent(), { timeout: 30_000 }).toContain(KICKOFF)
    await expect
      .poll(() => leftOut, { message: "the events table's request for their kinds", timeout: 30_000 })
      .not.toBe('')
    // Named, or "Untitled - ID: n" for the one left out; never "<No …>" nor "Loading…".
    const shown = (text: string) =>
      new RegExp(`ID: ${leftOut}$`).test(text.trim())
        ? 'left out'
        : /^<|\.\.\.|ID: \d/.test(text.trim())
          ? text
          : 'named'
    const cells = async () => ({
      subjects: await raised.locator('tbody td.cell-subject').allTextContents(),
      kinds: (await raised.locator('tbody td.cell-kind').allTextContents()).map(shown).sort(),
    })
    await expect.poll(cells, { timeout: 30_000 }).toEqual({
      subjects: expect.arrayContaining([KICKOFF]),
      kinds: events.docs.map((e: { kind: number }) => (String(e.kind) === leftOut ? 'left out' : 'named')).sort(),
    })
    await page.unroute(kindsAsked, leaveOneOut)
    await page.setViewportSize(viewport)
    await shot(page, 'project-alerts')
    const badge = page.locator('a.notification-badge').first()
    await expect
      .poll(() => badge.getAttribute('data-unread').then(Number), { timeout: 30_000 })
      .toBeGreaterThan(unreadBefore)
    await badge.click()
    await page.waitForURL((url) => url.pathname.startsWith('/admin/collections/notifications'))
    await settle(page)
    await expect.poll(() => page.locator('table tbody').textContent(), { timeout: 30_000 }).toContain(projectNumber)
    await shot(page, 'manager-notifications')
  })

  it('no page crashed in the browser along the way', () => {
    expect(errors).toEqual([])
  })
})
