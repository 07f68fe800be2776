import { createLocalReq, getAccessResults, type Payload } from 'payload'
import { isValidElement, type ReactNode } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@/collections/admin/reference/roles'
import { modulesOf } from '@/hooks/modules/registry'
import { WorkViewsNav } from '@/components/shell/WorkViewsNav'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

/** The ids of the links in what a navigation component rendered. */
function linkIds(node: ReactNode, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => linkIds(child, found))
  else if (isValidElement<{ id?: string; href?: string; children?: ReactNode }>(node)) {
    if (node.props.href && node.props.id) found.push(node.props.id)
    linkIds(node.props.children, found)
  }
  return found
}

const allowed = (status: number) => status === 200

/**
 * Whether each custom view lets the role in, asked of the view itself through the API its page
 * loads (whose refusal the page shows as "not allowed"); for the views every signed-in user
 * opens (my work, calendar), whether the role reads anything they show.
 */
const viewAccess: Record<string, (token: string) => Promise<boolean>> = {
  'nav-my-work': async (token) => {
    const answer = await api('GET', 'my-work', { token })
    expect(answer.status).toBe(200)
    // One section per source; a source the role does not read comes back `readable: false`.
    return Object.values(answer.body as Record<string, { readable?: boolean }>).some(
      (section) => typeof section === 'object' && section?.readable === true,
    )
  },
  // The calendar shows the dated records of the collections its sources read, with the reader's own access.
  'nav-calendar': async (token) => {
    for (const source of modulesOf(await testPayload()).calendarSources)
      if (allowed((await api('GET', `${source.collection}?limit=1&depth=0`, { token })).status)) return true
    return false
  },
  'nav-pipeline': async (token) => allowed((await api('GET', 'opportunities/board', { token })).status),
  'nav-support-team': async (token) => allowed((await api('GET', 'tickets/team-summary', { token })).status),
  'nav-reports': async (token) =>
    allowed((await api('GET', 'tickets/reports?from=2026-01-01&to=2026-01-31', { token })).status),
  'nav-resources': async (token) => allowed((await api('GET', 'project-resources', { token })).status),
  'nav-timesheet': async (token) => allowed((await api('GET', 'time-entries/timesheet', { token })).status),
  'nav-portfolio': async (token) => allowed((await api('GET', 'projects?limit=1&depth=0', { token })).status),
}

/**
 * Views whose module offers the link to fewer roles than the page lets in, on purpose (their
 * `show` says why): the projects portfolio to those who read projects beyond their own (the page
 * lists whatever the reader may read), the timesheet to those who enter time (the page also opens,
 * read-only, for those who only read time entries). For them the link must still never lead to a
 * page that refuses the reader.
 */
const OFFERED_TO_FEWER: Record<string, true> = { 'nav-portfolio': true, 'nav-timesheet': true }

describe('the navigation offers each custom view exactly to the roles the view lets in', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('knows how to ask every registered view', () => {
    const ids = modulesOf(payload).navLinks.map((link) => link.id)
    expect(ids.sort()).toEqual(Object.keys(viewAccess).sort())
  })

  it('for every seeded role', async () => {
    expect(ROLES.length).toBeGreaterThanOrEqual(10)
    const shown: Record<string, string[]> = {}
    const expected: Record<string, string[]> = {}
    const narrowed: Record<string, string[]> = {}
    for (const role of ROLES) {
      const email = `${role.key}@organizecrm.test`
      const stored = await userByEmail(payload, email)
      // As the admin panel renders a page: the request works out the permissions (every access
      // function runs), then the navigation receives a copy of the user read through its own
      // read access (Payload's initReq, applyUserReadAccess), not the request's user object.
      const req = await createLocalReq({ user: stored }, payload)
      const permissions = await getAccessResults({ req })
      const user = structuredClone(req.user)
      const nav = await WorkViewsNav({ payload, user, permissions, i18n: req.i18n } as never)
      const links = linkIds(nav)

      const token = await login(email)
      const lets: string[] = []
      for (const [id, mayUse] of Object.entries(viewAccess)) if (await mayUse(token)) lets.push(id)
      // A link to a page that refuses the reader, never.
      expect(
        links.filter((id) => !lets.includes(id)),
        `${role.key}: links to views that refuse them`,
      ).toEqual([])
      shown[role.key] = links.filter((id) => !OFFERED_TO_FEWER[id]).sort()
      expected[role.key] = lets.filter((id) => !OFFERED_TO_FEWER[id]).sort()
      narrowed[role.key] = lets.filter((id) => OFFERED_TO_FEWER[id] && !links.includes(id)).sort()
    }
    // Every other view: a link exactly for the roles it lets in.
    expect(shown).toEqual(expected)
    // The page the finding was about: the support manager reaches both support views.
    expect(shown['support-manager']).toEqual(expect.arrayContaining(['nav-support-team', 'nav-reports']))
    // The administrator reaches every view, those offered to fewer roles included.
    expect(narrowed.admin).toEqual([])
  }, 300_000)
})
