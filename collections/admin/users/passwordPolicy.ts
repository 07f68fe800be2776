import { COMMON_PASSWORDS } from './commonPasswords'
import { type Bilingual, PASSWORD_MIN_LENGTH } from './passwordRule'

export { PASSWORD_MIN_LENGTH, PASSWORD_RULE } from './passwordRule'

/** A common password with a year, digits or symbols added in front or behind is still common. */
const core = (password: string) => password.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')

/** What is wrong with a password for the user of this email, or null when it may be used. */
export function passwordProblem(password: string, email?: string | null): Bilingual | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return {
      en: `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
      ro: `Parola trebuie să aibă cel puțin ${PASSWORD_MIN_LENGTH} caractere.`,
    }
  }
  const lower = password.toLowerCase()
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(core(lower)) || core(lower) === '') {
    return {
      en: 'This password is among the most common ones, the first an attacker tries. Choose another.',
      ro: 'Parola este printre cele mai folosite, primele încercate de un atacator. Alegeți alta.',
    }
  }
  const address = (email ?? '').trim().toLowerCase()
  const local = address.split('@')[0] ?? ''
  if (address && (lower.includes(address) || (local.length >= 3 && lower.includes(local)))) {
    return {
      en: 'The password must not be, or contain, your email address or the part of it before @.',
      ro: 'Parola nu poate fi și nu poate conține adresa de email sau partea ei dinainte de @.',
    }
  }
  return null
}
