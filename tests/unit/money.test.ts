import { describe, expect, it } from 'vitest'

import { lineCents, totalCents } from '@/lib/money'

describe('offer amounts in minor units', () => {
  it('rounds each line once and adds the rounded lines', () => {
    expect(lineCents({ quantity: 3, unitPrice: 19.99, discountPercent: 10, vatPercent: 21 })).toEqual({
      base: 5997,
      discount: 600,
      net: 5397,
      vat: 1133,
      gross: 6530,
    })
    expect(lineCents({ quantity: 1.5, unitPrice: 0.05, vatPercent: 21 })).toEqual({
      base: 8,
      discount: 0,
      net: 8,
      vat: 2,
      gross: 10,
    })
    // A large quantity stays exact (no float drift): 250 000 × 1 234.57.
    expect(lineCents({ quantity: 250_000, unitPrice: 1234.57, vatPercent: 11 }).net).toBe(30_864_250_000)
    const lines = [
      lineCents({ quantity: 1, unitPrice: 0.1, vatPercent: 21 }),
      lineCents({ quantity: 1, unitPrice: 0.2, vatPercent: 21 }),
    ]
    expect(totalCents(lines)).toEqual({ net: 30, discount: 0, vat: 6, gross: 36 })
  })
})
