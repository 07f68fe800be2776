import type { Field } from 'payload'

import { nomenclatorField } from '@/fields/nomenclator'
import { serverOwned } from '@/fields/serverOwned'
import { t } from '@/lib/i18n'

const COMPONENTS = '/collections/sales/offers/components'

const computed = (name: string, label: { en: string; ro: string }): Field =>
  serverOwned({ name, type: 'number', label, admin: { readOnly: true } })

/** A line's own amount: the row's summary shows it, so no input stands for it in the grid. */
const lineAmount = (name: string, label: { en: string; ro: string }): Field =>
  serverOwned({ name, type: 'number', label, admin: { readOnly: true, hidden: true } })

/**
 * Priced lines of products and services and their stored totals, which `computeTotals` derives on
 * the server. Offers, contracts and their amendments share them. In the form: a compact grid whose
 * product pick fills the line (ProductPicker), each row summarised (LineLabel), one totals block.
 */
export const linesAndTotals = (): Field[] => [
  {
    name: 'lines',
    type: 'array',
    label: t('Lines', 'Linii'),
    labels: { singular: t('Line', 'Linie'), plural: t('Lines', 'Linii') },
    admin: {
      // A compact grid: one row of inputs per line on a wide screen (lines.css), its summary above.
      className: 'offer-lines',
      components: { RowLabel: `${COMPONENTS}/LineLabel#LineLabel` },
    },
    fields: [
      {
        type: 'row',
        fields: [
          // No "active only" filter: Payload re-checks it on every save, so retiring a
          // product would block the workflow of every offer that still lists it.
          {
            name: 'product',
            type: 'relationship',
            relationTo: 'products',
            label: t('Product', 'Produs'),
            admin: { width: '19%', components: { Field: `${COMPONENTS}/ProductPicker#ProductPicker` } },
          },
          { name: 'description', type: 'text', label: t('Description', 'Descriere'), admin: { width: '24%' } },
          {
            name: 'quantity',
            type: 'number',
            required: true,
            min: 0,
            defaultValue: 1,
            label: t('Quantity', 'Cantitate'),
            admin: { width: '9%' },
          },
          nomenclatorField({ name: 'unit', list: 'units', label: t('Unit', 'UM'), admin: { width: '10%' } }),
          { name: 'unitPrice', type: 'number', min: 0, label: t('Unit price', 'Preț unitar'), admin: { width: '13%' } },
          {
            name: 'discountPercent',
            type: 'number',
            min: 0,
            max: 100,
            label: t('Discount %', 'Discount %'),
            admin: { width: '10%' },
          },
          nomenclatorField({
            name: 'vatRate',
            list: 'vat-rates',
            label: t('VAT rate', 'Cota TVA'),
            admin: { width: '15%' },
          }),
        ],
      },
      // The server's amounts of the line: in the data and the API; the row's summary shows them.
      lineAmount('vatPercent', t('VAT %', 'TVA %')),
      lineAmount('discount', t('Discount', 'Discount')),
      lineAmount('net', t('Net', 'Valoare fără TVA')),
      lineAmount('vat', t('VAT', 'TVA')),
      lineAmount('gross', t('Gross', 'Valoare cu TVA')),
    ],
  },
  // Server-owned: shown once, as the totals block (live while the lines are edited).
  serverOwned({
    name: 'totals',
    type: 'group',
    label: t('Totals', 'Totaluri'),
    admin: { components: { Field: `${COMPONENTS}/LinesTotals#LinesTotals` } },
    fields: [
      computed('net', t('Net', 'Total fără TVA')),
      computed('discount', t('Discount', 'Discount')),
      computed('vat', t('VAT', 'TVA')),
      computed('gross', t('Gross', 'Total cu TVA')),
    ],
  }),
]
