import { createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { seesResources } from '@/collections/projects/resources/endpoint'
import { type Answer, api, login, rawApi } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

type Who = 'pm' | 'member'
const EMAIL: Record<Who, string> = {
  pm: 'project-manager@organizecrm.test',
  member: 'project-member@organizecrm.test',
}
const message = (answer: Answer) => String(answer.body?.errors?.[0]?.message ?? '')
// The sidebar's question: the responsible person's load over an activity's period.
const FROM = '2031-03-03'
const TO = '2031-03-07'

/**
 * An activity's page asks for its responsible person's load (`ResponsibleLoad`). A project member
 * may not see the resources: the page does not ask for them, and asked anyway the endpoint answers
 * a readable 403 that the server does not log as an error (it is no fault of the server's).
 */
describe('the responsible person\u2019s load, refused to a project member', () => {
  let payload: Payload
  const token = {} as Record<Who, string>
  const user = {} as Record<Who, { id: number }>
  /** Payload logs a route's error through these (its logError); the test's LOG_LEVEL does not matter. */
  let logged: { error: ReturnType<typeof vi.spyOn>; fatal: ReturnType<typeof vi.spyOn> }

  const loadOf = (who: Who, person: number, language = 'en') =>
    rawApi('GET', `project-resources?person=${person}&from=${FROM}&to=${TO}`, { token: token[who], language })
  const reqAs = async (who: Who) =>
    createLocalReq({ user: { ...(await userByEmail(payload, EMAIL[who])), collection: 'users' } }, payload)

  beforeAll(async () => {
    payload = await testPayload()
    for (const who of Object.keys(EMAIL) as Who[]) {
      token[who] = await login(EMAIL[who])
      user[who] = (await userByEmail(payload, EMAIL[who])) as never
    }
  })

  const spyOnLogs = () => {
    logged = { error: vi.spyOn(payload.logger, 'error'), fatal: vi.spyOn(payload.logger, 'fatal') }
  }
  afterEach(() => vi.restoreAllMocks())

  it('answers the member 403 with a readable message in their language, logged at no error level', async () => {
    spyOnLogs()
    const refused = await loadOf('member', user.member.id)
    expect(refused.status).toBe(403)
    expect(message(refused)).toBe('Only those who read the team\u2019s projects (project managers) see the resources.')
    const ro = await loadOf('member', user.member.id, 'ro')
    expect(ro.status).toBe(403)
    expect(message(ro)).toContain('managerii de proiect')
    expect(logged.error).not.toHaveBeenCalled()
    expect(logged.fatal).not.toHaveBeenCalled()
  })

  it('logs refusals at info level and faults at error level (the check above could see an error)', async () => {
    spyOnLogs()
    const info = vi.spyOn(payload.logger, 'info')
    // A refused parameter (400) is an answer too: logged at info.
    const bad = await api('GET', 'project-resources?weeks=0', { token: token.pm })
    expect(bad.status).toBe(400)
    expect(info).toHaveBeenCalled()
    expect(logged.error).not.toHaveBeenCalled()
    // A fault still reaches the error log.
    payload.logger.error('a fault')
    expect(logged.error).toHaveBeenCalled()
  })

  it('answers the project manager the load as before', async () => {
    const answer = await loadOf('pm', user.member.id)
    expect(answer.status, message(answer)).toBe(200)
    expect(answer.body.weeks.map((w: { start: string }) => w.start)).toEqual([FROM])
  })

  it('tells the sidebar\u2019s server side to draw the load for the project manager only', async () => {
    // ResponsibleLoad (a server component) draws its panel, which asks for the load, only when
    // seesResources says so: the endpoint's own rule. (The component itself is not imported here:
    // its client panel pulls in @payloadcms/ui, whose stylesheets Node cannot load.)
    expect(await seesResources(await reqAs('member'))).toBe(false)
    expect(await seesResources(await reqAs('pm'))).toBe(true)
  })
})
