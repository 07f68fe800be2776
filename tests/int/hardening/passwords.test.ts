import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD_RULE } from '@/collections/admin/users/passwordRule'
import { api, login } from '../../helpers/http'
import { testPayload } from '../../helpers/payload'

/** The password policy beyond length: no common passwords, nothing made of the email. */
describe('password policy', () => {
  const tag = Date.now().toString(36)
  const email = `florin.georgescu.${tag}@organizecrm.test`
  const local = email.split('@')[0]
  let adminToken: string
  let viewerRole: number
  let userId: number

  beforeAll(async () => {
    const payload = await testPayload()
    adminToken = await login('admin@organizecrm.test')
    viewerRole = (await payload.find({ collection: 'roles', where: { key: { equals: 'viewer' } } })).docs[0]
      .id as number
  })

  afterAll(async () => {
    const payload = await testPayload()
    await payload.delete({ collection: 'users', where: { email: { like: tag } } })
  })

  const create = (password: string, address = email) =>
    api('POST', 'users', {
      token: adminToken,
      body: { name: 'Florin Georgescu', email: address, password, roles: [viewerRole] },
    })

  const refusal = (answer: { status: number; body: any }) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(400)
    const error = answer.body.errors[0].data.errors[0]
    expect(error.path).toBe('password')
    return error.message as string
  }

  it('refuses common passwords, also with a year or symbols added', async () => {
    for (const password of [
      'Password123!',
      'qwertyuiop',
      '1234567890',
      'iloveyou2026',
      'Parola123456',
      'Welcome2026!!',
      '!!Qwerty2025',
    ]) {
      expect(refusal(await create(password)), password).toMatch(/most common/)
    }
    const payload = await testPayload()
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('refuses the email, or its part before @, inside the password', async () => {
    expect(refusal(await create(email))).toMatch(/email/)
    expect(refusal(await create(`${local.toUpperCase()}-2026`))).toMatch(/email/)
    expect(refusal(await create(`My ${local} key`))).toMatch(/email/)
  })

  it('accepts a password that meets the rule, the demo password included, and shows the rule in the form', async () => {
    const made = await create('Demo-Pass-2026')
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    userId = made.body.doc.id
    const payload = await testPayload()
    const rule = payload.collections.users.config.fields.find(
      (field) => 'name' in field && field.name === 'passwordRule',
    )
    expect(rule?.type).toBe('ui')
    expect(JSON.stringify(rule)).toContain('/collections/admin/users/PasswordRule#PasswordRule')
    expect(PASSWORD_RULE.en).toMatch(/common password.*email/)
    expect(PASSWORD_RULE.ro).toMatch(/parolă uzuală.*email/)
  })

  it('applies on a change of one\u2019s own password, on reset and on first-register\u2019s create', async () => {
    const token = await login(email, 'Demo-Pass-2026')
    expect(refusal(await api('PATCH', `users/${userId}`, { token, body: { password: 'letmein2026' } }))).toMatch(
      /most common/,
    )
    expect(refusal(await api('PATCH', `users/${userId}`, { token, body: { password: `${local}!!` } }))).toMatch(/email/)
    expect((await api('PATCH', `users/${userId}`, { token, body: { password: 'Brave-Otter-Sails-9' } })).status).toBe(
      200,
    )

    const payload = await testPayload()
    const resetToken = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    expect(typeof resetToken).toBe('string')
    expect(
      refusal(await api('POST', 'users/reset-password', { body: { token: resetToken, password: `${local}2026` } })),
    ).toMatch(/email/)
    expect(
      refusal(await api('POST', 'users/reset-password', { body: { token: resetToken, password: 'Password2026' } })),
    ).toMatch(/most common/)
    const reset = await api('POST', 'users/reset-password', {
      body: { token: resetToken, password: 'Quiet-Harbor-Lamp-4' },
    })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    await login(email, 'Quiet-Harbor-Lamp-4')

    // First-register creates the user through the same create operation (overrideAccess: true).
    await expect(
      payload.create({
        collection: 'users',
        data: {
          name: 'First',
          language: 'en',
          email: `first.${tag}@organizecrm.test`,
          password: 'admin12345',
          roles: [viewerRole],
        },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})
