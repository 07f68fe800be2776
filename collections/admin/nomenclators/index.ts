import { APIError, type CollectionBeforeValidateHook, type CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { stampAuthor } from '@/hooks/audit'
import { refuseDeleteWhileReferenced } from '@/hooks/refuseDeleteWhileReferenced'
import { say, t } from '@/lib/i18n'
import { completedLater } from '@/hooks/modules'

const slug = 'nomenclators'
const ownership: Ownership = { managedBy: 'manageNomenclators' }

/** One value per list: a clear 400 before the unique index would answer with a bare error. */
const uniqueValuePerList: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const list = data?.list ?? originalDoc?.list
  const value = data?.value ?? originalDoc?.value
  if (!list || !value) return data
  const { docs } = await req.payload.find({
    collection: slug,
    where: {
      list: { equals: list },
      value: { equals: value },
      ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
    },
    limit: 1,
    depth: 0,
    // Uniqueness holds over every item, including those the caller cannot read.
    overrideAccess: true,
    req,
  })
  if (docs.length > 0) {
    throw new APIError(
      say(req.i18n?.language, {
        en: `The list "${list}" already has an item with the value "${value}".`,
        ro: `Lista „${list}” are deja un element cu valoarea „${value}”.`,
      }),
      409,
    )
  }
  return data
}

/** The lookup lists (R3): each module names its own lists; the items are data. */
export const Nomenclators: CollectionConfig = completedLater(slug, ({ registry }) => ({
  slug,
  labels: { singular: t('Nomenclator item', 'Element de nomenclator'), plural: t('Nomenclators', 'Nomenclatoare') },
  access: governedAccess(slug, ownership),
  admin: {
    group: t('Administration', 'Administrare'),
    useAsTitle: 'label',
    defaultColumns: ['list', 'label', 'value', 'number', 'order', 'active'],
    listSearchableFields: ['label', 'value'],
    hidden: governedHidden(slug, ownership),
    description: t(
      'Lookup lists used across the application. Items in use cannot be deleted: deactivate them.',
      'Liste de valori folosite în aplicație. Elementele folosite nu pot fi șterse: dezactivați-le.',
    ),
  },
  defaultSort: 'order',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['list', 'value'], unique: true }, { fields: ['list', 'active', 'order'] }],
  hooks: {
    beforeValidate: [uniqueValuePerList],
    beforeChange: [stampAuthor],
    beforeDelete: [refuseDeleteWhileReferenced],
  },
  fields: [
    {
      name: 'list',
      type: 'select',
      required: true,
      index: true,
      label: t('List', 'Listă'),
      options: Object.entries(registry.nomenclatorLists).map(([value, { label }]) => ({ value, label })),
    },
    {
      name: 'value',
      type: 'text',
      required: true,
      label: t('Value (code)', 'Valoare (cod)'),
      admin: {
        description: t(
          'Stable code used by integrations and exports.',
          'Cod stabil, folosit de integrări și exporturi.',
        ),
      },
    },
    { name: 'label', type: 'text', required: true, localized: true, label: t('Label', 'Etichetă') },
    {
      name: 'number',
      type: 'number',
      label: t('Number', 'Număr'),
      admin: {
        description: t(
          'Probability % for opportunity stages, VAT % for VAT rates; empty elsewhere.',
          'Probabilitatea % pentru etapele oportunităților, procentul TVA pentru cotele TVA; gol în rest.',
        ),
      },
    },
    { name: 'order', type: 'number', defaultValue: 0, label: t('Order', 'Ordine') },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: t('Active', 'Activ') },
    ...auditFields,
  ],
}))
