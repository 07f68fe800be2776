import { cuiCheckDigit } from '@/lib/cui'

/** A mark no other test or seed uses, to find this test's own records. */
export const uniqueMark = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`

/** A valid Romanian fiscal code nobody else in the database has (8 digits, random body). */
export function freshCui(): string {
  const body = String(1_000_000 + Math.floor(Math.random() * 8_999_999))
  return body + cuiCheckDigit(body)
}

/** The same code with its check digit changed: well-formed, wrong. */
export const withWrongCheckDigit = (cui: string) => cui.slice(0, -1) + String((Number(cui.slice(-1)) + 1) % 10)
