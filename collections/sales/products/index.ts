import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { nomenclatorField } from '@/fields/nomenclator'
import { stampAuthor } from '@/hooks/audit'
import { refuseDeleteWhileReferenced } from '@/hooks/refuseDeleteWhileReferenced'
import { t } from '@/lib/i18n'

const slug = 'products'
const ownership: Ownership = { ownerFields: ['createdBy'] }

/** The catalog of products and services offers are made of (R12). */
export const Products: CollectionConfig = {
  slug,
  labels: { singular: t('Product or service', 'Produs sau serviciu'), plural: t('Catalog', 'Catalog') },
  access: governedAccess(slug, ownership),
  admin: {
    group: t('Sales', 'Vânzări'),
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'kind', 'listPrice', 'active'],
    listSearchableFields: ['code', 'name'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: 'code',
  versions: { maxPerDoc: 20 },
  hooks: { beforeChange: [stampAuthor], beforeDelete: [refuseDeleteWhileReferenced] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, unique: true, label: t('Code', 'Cod') },
        { name: 'name', type: 'text', required: true, localized: true, index: true, label: t('Name', 'Denumire') },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'service',
          label: t('Kind', 'Tip'),
          options: [
            { value: 'product', label: t('Product', 'Produs') },
            { value: 'service', label: t('Service', 'Serviciu') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        nomenclatorField({ name: 'unit', list: 'units', label: t('Unit', 'Unitate de măsură') }),
        { name: 'listPrice', type: 'number', required: true, min: 0, label: t('List price', 'Preț de listă') },
        nomenclatorField({ name: 'currency', list: 'currencies', label: t('Currency', 'Monedă') }),
        nomenclatorField({ name: 'vatRate', list: 'vat-rates', label: t('VAT rate', 'Cota TVA') }),
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: t('Description', 'Descriere') },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: t('Active', 'Activ'),
      admin: { position: 'sidebar' },
    },
    ...auditFields,
  ],
}
