import type { Field } from 'payload'

import { nomenclatorField } from '@/fields/nomenclator'
import { serverOwned } from '@/fields/serverOwned'
import { t } from '@/lib/i18n'

const computed = (name: string, label: { en: string; ro: string }): Field =>
  serverOwned({ name, type: 'number', label, admin: { readOnly: true } })

/**
 * Priced lines of products and services, the totals as the form edits them and the stored totals,
 * which `computeTotals` derives on the server. Offers, contracts and their amendments share them.
 */
export const linesAndTotals = (): Field[] => [
  {
    name: 'lines',
    type: 'array',
    label: t('Lines', 'Linii'),
    labels: { singular: t('Line', 'Linie'), plural: t('Lines', 'Linii') },
    fields: [
      {
        type: 'row',
        fields: [
          // No "active only" filter: Payload re-checks it on every save, so retiring a
          // product would block the workflow of every offer that still lists it.
          { name: 'product', type: 'relationship', relationTo: 'products', label: t('Product', 'Produs') },
          { name: 'description', type: 'text', label: t('Description', 'Descriere') },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'quantity',
            type: 'number',
            required: true,
            min: 0,
            defaultValue: 1,
            label: t('Quantity', 'Cantitate'),
          },
          nomenclatorField({ name: 'unit', list: 'units', label: t('Unit', 'UM') }),
          { name: 'unitPrice', type: 'number', min: 0, label: t('Unit price', 'Preț unitar') },
          { name: 'discountPercent', type: 'number', min: 0, max: 100, label: t('Discount %', 'Discount %') },
          nomenclatorField({ name: 'vatRate', list: 'vat-rates', label: t('VAT rate', 'Cota TVA') }),
        ],
      },
      {
        type: 'row',
        fields: [
          computed('vatPercent', t('VAT %', 'TVA %')),
          computed('discount', t('Discount', 'Discount')),
          computed('net', t('Net', 'Valoare fără TVA')),
          computed('vat', t('VAT', 'TVA')),
          computed('gross', t('Gross', 'Valoare cu TVA')),
        ],
      },
    ],
  },
  {
    name: 'liveTotals',
    type: 'ui',
    label: t('Totals as you edit', 'Totaluri pe măsură ce editați'),
    admin: { components: { Field: '/collections/sales/offers/components/LiveTotals#LiveTotals' } },
  },
  serverOwned({
    name: 'totals',
    type: 'group',
    label: t('Totals', 'Totaluri'),
    fields: [
      {
        type: 'row',
        fields: [
          computed('net', t('Net', 'Total fără TVA')),
          computed('discount', t('Discount', 'Discount')),
          computed('vat', t('VAT', 'TVA')),
          computed('gross', t('Gross', 'Total cu TVA')),
        ],
      },
    ],
  }),
]
