import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { nomenclatorField } from '@/fields/nomenclator'
import { stampAuthor } from '@/hooks/audit'
import { t } from '@/lib/i18n'

const slug = 'offer-templates'
const ownership: Ownership = { ownerFields: ['createdBy'] }

/**
 * Shared offer templates (R14): texts, validity, predefined sections (each with the role that
 * usually writes it) and default lines. "Available to" limits who may build offers from it
 * (delegated users); empty means everyone who may create offers.
 */
export const OfferTemplates: CollectionConfig = {
  slug,
  labels: { singular: t('Offer template', 'Șablon de ofertă'), plural: t('Offer templates', 'Șabloane de ofertă') },
  access: governedAccess(slug, ownership),
  admin: {
    group: t('Sales', 'Vânzări'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'validityDays', 'active'],
    listSearchableFields: ['name'],
    hidden: governedHidden(slug, ownership),
  },
  versions: { maxPerDoc: 20 },
  hooks: { beforeChange: [stampAuthor] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: t('Name', 'Denumire') },
    { name: 'description', type: 'textarea', localized: true, label: t('Description', 'Descriere') },
    {
      type: 'row',
      fields: [
        {
          name: 'validityDays',
          type: 'number',
          min: 1,
          label: t('Validity (days)', 'Valabilitate (zile)'),
          admin: { description: t('Empty: the settings\u2019 default.', 'Gol: valoarea din setări.') },
        },
        nomenclatorField({ name: 'currency', list: 'currencies', label: t('Currency', 'Monedă') }),
      ],
    },
    {
      name: 'availableTo',
      type: 'group',
      label: t('Available to', 'Disponibil pentru'),
      admin: {
        description: t(
          'Leave both empty for everyone who may create offers.',
          'Lăsați ambele goale pentru toți cei care pot crea oferte.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'teams', type: 'relationship', relationTo: 'teams', hasMany: true, label: t('Teams', 'Echipe') },
            { name: 'roles', type: 'relationship', relationTo: 'roles', hasMany: true, label: t('Roles', 'Roluri') },
          ],
        },
      ],
    },
    { name: 'intro', type: 'richText', localized: true, label: t('Introduction', 'Introducere') },
    {
      name: 'sections',
      type: 'array',
      label: t('Sections', 'Secțiuni'),
      labels: { singular: t('Section', 'Secțiune'), plural: t('Sections', 'Secțiuni') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', required: true, localized: true, label: t('Title', 'Titlu') },
            {
              name: 'ownerRole',
              type: 'relationship',
              relationTo: 'roles',
              label: t('Usually written by', 'Scrisă de obicei de'),
              admin: {
                description: t(
                  'The offer\u2019s team member holding this role owns the section.',
                  'Membrul echipei ofertei care are acest rol răspunde de secțiune.',
                ),
              },
            },
            { name: 'dueInDays', type: 'number', min: 0, defaultValue: 3, label: t('Due in (days)', 'Termen (zile)') },
          ],
        },
        { name: 'content', type: 'richText', localized: true, label: t('Default content', 'Conținut implicit') },
      ],
    },
    {
      name: 'lines',
      type: 'array',
      label: t('Default lines', 'Linii implicite'),
      labels: { singular: t('Line', 'Linie'), plural: t('Lines', 'Linii') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'product',
              type: 'relationship',
              relationTo: 'products',
              label: t('Product', 'Produs'),
              // Picking a product writes its name as the description, as in an offer's lines.
              admin: { components: { Field: '/collections/sales/offers/components/ProductPicker#ProductPicker' } },
            },
            { name: 'description', type: 'text', label: t('Description', 'Descriere') },
            { name: 'quantity', type: 'number', min: 0, defaultValue: 1, label: t('Quantity', 'Cantitate') },
            { name: 'discountPercent', type: 'number', min: 0, max: 100, label: t('Discount %', 'Discount %') },
          ],
        },
      ],
    },
    { name: 'terms', type: 'richText', localized: true, label: t('Terms', 'Condiții') },
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
