/**
 * Romanian fiscal code (CUI/CIF): 2 to 10 digits, the last one a check digit over the others with
 * the key 753217532 (ANAF). An optional "RO" prefix marks a VAT payer and is not part of the code.
 */
const KEY = [7, 5, 3, 2, 1, 7, 5, 3, 2]

/** Removes spaces and the RO prefix: "RO 123" → "123". */
export const normalizeCui = (value: string) => value.replace(/\s+/g, '').toUpperCase().replace(/^RO/, '')

export function cuiCheckDigit(body: string) {
  const digits = body.padStart(9, '0').split('').map(Number)
  const sum = digits.reduce((total, digit, index) => total + digit * KEY[index], 0)
  const rest = (sum * 10) % 11
  return rest === 10 ? 0 : rest
}

export type CuiProblem = 'format' | 'checkDigit'

/** Why a fiscal code is not a valid Romanian CUI, or null when it is. */
export function cuiProblem(value: string): CuiProblem | null {
  const code = normalizeCui(value)
  if (!/^\d{2,10}$/.test(code)) return 'format'
  return cuiCheckDigit(code.slice(0, -1)) === Number(code.slice(-1)) ? null : 'checkDigit'
}
