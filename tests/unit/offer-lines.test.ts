import { describe, expect, it } from 'vitest'

import { formLineCents, formLines, lineLabel, productFill } from '@/collections/sales/offers/lineEntry'
import { formatMoney } from '@/lib/money'

const licence = { id: 7, name: 'Licență CRM', listPrice: 2000, unit: 3, vatRate: { id: 11, number: 19 } }

describe('picking a product on an offer line', () => {
  it('fills price, unit and VAT rate, and the name as the empty description', () => {
    expect(productFill(licence, { description: '' })).toEqual({
      unitPrice: 2000,
      unit: 3,
      vatRate: 11,
      description: 'Licență CRM',
    })
  })

  it('keeps a description the person wrote', () => {
    expect(productFill(licence, { description: 'Licență CRM, 12 luni, 5 utilizatori' })).toEqual({
      unitPrice: 2000,
      unit: 3,
      vatRate: 11,
    })
  })

  it('replaces the previous product’s name, which the person did not write', () => {
    const previous = { id: 6, name: 'Configurare și instruire', listPrice: 2400 }
    expect(productFill(licence, { description: 'Configurare și instruire' }, previous).description).toBe('Licență CRM')
  })

  it('erases nothing the product does not have', () => {
    expect(productFill({ id: 8, name: 'Consultanță', listPrice: 0 }, { description: 'x' })).toEqual({ unitPrice: 0 })
  })
})

describe('a line as the form holds it', () => {
  it('reads the flattened rows and computes as the server does, a product’s price for an empty one', () => {
    const lines = formLines({
      lines: { value: 2 },
      'lines.0.product': { value: 7 },
      'lines.0.quantity': { value: 2 },
      'lines.0.unitPrice': { value: '' },
      'lines.0.vatRate': { value: 11 },
      'lines.1.quantity': { value: 1.5 },
      'lines.1.unitPrice': { value: 100 },
      'lines.1.discountPercent': { value: 10 },
    })
    expect(lines[0]).toMatchObject({ product: '7', vatRate: '11', quantity: 2 })
    expect(formLineCents(lines[0], 19, 2000)).toMatchObject({ net: 400000, vat: 76000, gross: 476000 })
    expect(formLineCents(lines[1], 0)).toMatchObject({ discount: 1500, net: 13500, gross: 13500 })
  })
})

describe('the row label of a line', () => {
  it('reads quantity × what it is — its amount with VAT, the Romanian way', () => {
    const label = lineLabel({
      quantity: 2,
      name: 'Licență CRM',
      fallback: 'Linie 01',
      amounts: { net: 400000, gross: 476000 },
      currency: 'RON',
    })
    expect(label.text).toBe('2 × Licență CRM — 4.760,00\u00a0RON')
    expect(label.net).toBe('4.000,00\u00a0RON')
  })

  it('names a line without description or product by its number, quantities with a decimal comma', () => {
    expect(lineLabel({ quantity: '1.5', name: ' ', fallback: 'Line 03', amounts: { net: 0, gross: 0 } }).text).toBe(
      '1,5 × Line 03 — 0,00\u00a0RON',
    )
  })

  it('writes a currency Intl does not know after the number', () => {
    expect(formatMoney(1234567.891, 'EUR')).toBe('1.234.567,89\u00a0EUR')
    expect(formatMoney(1234.5, 'XYZW')).toBe('1.234,50\u00a0XYZW')
  })
})
