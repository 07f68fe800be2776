import { describe, expect, it } from 'vitest'

import { cuiProblem, normalizeCui } from '@/lib/cui'

describe('Romanian fiscal codes (CUI)', () => {
  it('accepts real codes with or without the RO prefix and refuses wrong check digits', () => {
    expect(cuiProblem('RO14399840')).toBeNull()
    expect(cuiProblem('18547290')).toBeNull()
    expect(cuiProblem('ro 6859662')).toBeNull()
    expect(cuiProblem('18547291')).toBe('checkDigit')
    expect(cuiProblem('RO-123')).toBe('format')
    expect(cuiProblem('1')).toBe('format')
    expect(cuiProblem('12345678901')).toBe('format')
    expect(normalizeCui(' ro 14399840 ')).toBe('14399840')
  })
})
