import crypto from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

const pbkdf2 = promisify(crypto.pbkdf2)

/**
 * Payload 3.90's password hash (`pbkdf2-sha256-v1:`, auth/strategies/local/generatePasswordSaltHash.js):
 * the decoy must cost what checking a real password costs (tests/int/hardening/login-timing.test.ts
 * measures it), so these follow Payload when it is upgraded.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const DECOY_SALT = crypto.randomBytes(32).toString('hex')

/**
 * One message for every refused login, whether the email has an account, the password is wrong or
 * the account is locked: what Payload says for each (its `emailOrPasswordIncorrect` and
 * `userLocked`) is replaced by this text in src/config.ts.
 */
export const LOGIN_REFUSED = {
  en: 'The email or password is incorrect, or the account is locked for a while after too many failed attempts.',
  ro: 'Adresa de email sau parola este incorectă, ori contul este blocat temporar după prea multe încercări eșuate.',
}

/**
 * Login must not tell whether an email has an account. Payload hashes the password only for an
 * existing, unlocked account and answers "locked" only for real accounts: for an unknown email or
 * a locked account this hashes the password against a decoy at the same cost and refuses with the
 * very error Payload gives a wrong password.
 */
export const equalLoginWork: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'login') return args
  const { data, req } = args as { data?: { email?: unknown; password?: unknown }; req: PayloadRequest }
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = data?.password
  // Missing fields: Payload answers 400 naming them, the same for everyone.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: 'users',
    where: { email: { equals: email } },
    select: { lockUntil: true },
    req,
  })
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (user && !locked) return args
  await pbkdf2(password, DECOY_SALT, ITERATIONS, KEY_LENGTH, 'sha256')
  throw new AuthenticationError(req.t)
}
