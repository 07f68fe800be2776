import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api } from '../../helpers/http'
import { testPayload } from '../../helpers/payload'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timedLogin(email: string, password: string) {
  const started = performance.now()
  const answer = await api('POST', 'users/login', { body: { email, password } })
  return {
    ms: performance.now() - started,
    status: answer.status,
    message: answer.body?.errors?.[0]?.message as string | undefined,
  }
}

/** Login must not tell whether an email has an account: same time, same answer, before and after lockout. */
describe('login does not reveal accounts', () => {
  const tag = Date.now().toString(36)
  const known = `timing.${tag}@organizecrm.test`
  const unknown = `nobody.${tag}@organizecrm.test`

  beforeAll(async () => {
    const payload = await testPayload()
    const viewer = (await payload.find({ collection: 'roles', where: { key: { equals: 'viewer' } } })).docs[0].id
    await payload.create({
      collection: 'users',
      data: { name: 'Timing', language: 'en', email: known, password: 'Timing-Pass-2026', roles: [viewer] },
    })
  })

  afterAll(async () => {
    const payload = await testPayload()
    await payload.delete({ collection: 'users', where: { email: { equals: known } } })
  })

  it('takes as long and answers the same for an unknown email as for a real one with a wrong password', async () => {
    // Warm up both paths (first-call compilation and connections).
    await timedLogin(unknown, 'Wrong-Pass-0000')
    const payload = await testPayload()
    const answers: Record<'known' | 'unknown', Awaited<ReturnType<typeof timedLogin>>[]> = { known: [], unknown: [] }
    // Nine tries each, interleaved: the real account is locked after the fifth wrong one.
    for (let attempt = 0; attempt < 9; attempt++) {
      answers.unknown.push(await timedLogin(unknown, `Wrong-Pass-${attempt}`))
      answers.known.push(await timedLogin(known, `Wrong-Pass-${attempt}`))
    }
    const [user] = (
      await payload.find({ collection: 'users', where: { email: { equals: known } }, showHiddenFields: true })
    ).docs
    expect(new Date((user as { lockUntil?: string }).lockUntil ?? 0).getTime()).toBeGreaterThan(Date.now())

    const all = [...answers.known, ...answers.unknown]
    expect(new Set(all.map((a) => a.status))).toEqual(new Set([401]))
    expect(new Set(all.map((a) => a.message)).size).toBe(1)
    // The right password on the locked account answers the same as well (and says it may be locked).
    const locked = await timedLogin(known, 'Timing-Pass-2026')
    expect(locked.status).toBe(401)
    expect(locked.message).toBe(all[0].message)
    expect(locked.message).toMatch(/locked/i)

    const medians = { unknown: median(answers.unknown.map((a) => a.ms)), known: median(answers.known.map((a) => a.ms)) }
    console.info(
      `login medians: unknown email ${medians.unknown.toFixed(0)} ms, real account ${medians.known.toFixed(0)} ms`,
    )
    const ratio = median(answers.unknown.map((a) => a.ms)) / median(answers.known.map((a) => a.ms))
    // After the lockout too: compare the locked tries alone.
    const lockedRatio =
      median(answers.unknown.slice(5).map((a) => a.ms)) / median(answers.known.slice(5).map((a) => a.ms))
    expect(ratio, JSON.stringify(answers)).toBeGreaterThan(0.5)
    expect(ratio, JSON.stringify(answers)).toBeLessThan(2)
    expect(lockedRatio, JSON.stringify(answers)).toBeGreaterThan(0.5)
    expect(lockedRatio, JSON.stringify(answers)).toBeLessThan(2)
  })
})
