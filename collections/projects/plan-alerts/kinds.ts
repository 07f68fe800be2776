import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { stampAuthor } from '@/hooks/audit'
import { refuseDeleteWhileReferenced } from '@/hooks/refuseDeleteWhileReferenced'
import { t } from '@/lib/i18n'
import { clearWhenSwitchedOff } from './close'
import { CONDITIONS, conditionOf } from './conditions'
import { KINDS_SLUG, recipientsField } from './fields'

// Reference data for the whole company: who may change it is the roles' matrix (all or none).
const ownership: Ownership = {}

/** A kind without a threshold starts with its condition's usual one. */
const thresholdFromCondition: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const condition = conditionOf(data.condition ?? originalDoc?.condition)
  if (condition && (data.threshold === undefined || data.threshold === null) && originalDoc?.threshold == null) {
    data.threshold = condition.threshold
  }
  return data
}

/**
 * Plan alert kinds (R3, R23): what administrators let projects watch, each a condition the hourly
 * job evaluates, with the threshold and recipients a new project alert starts from. Projects carry
 * their own alerts of these kinds (project-alerts); a kind switched off stops them all.
 */
export const PlanAlertKinds: CollectionConfig = {
  slug: KINDS_SLUG,
  labels: {
    singular: t('Plan alert kind', 'Tip de alertă de plan'),
    plural: t('Plan alert kinds', 'Tipuri de alerte de plan'),
  },
  access: governedAccess(KINDS_SLUG, ownership),
  admin: {
    group: t('Projects', 'Proiecte'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'condition', 'threshold', 'recipients', 'active'],
    hidden: governedHidden(KINDS_SLUG, ownership),
  },
  defaultSort: 'key',
  hooks: {
    beforeChange: [thresholdFromCondition, stampAuthor],
    // Switched off, the open occurrences of all its projects' alerts end (close.ts).
    afterChange: [clearWhenSwitchedOff('kind')],
    beforeDelete: [refuseDeleteWhileReferenced],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'key', type: 'text', required: true, unique: true, index: true, label: t('Key', 'Cheie') },
        { name: 'name', type: 'text', required: true, localized: true, label: t('Name', 'Denumire') },
      ],
    },
    {
      name: 'condition',
      type: 'select',
      required: true,
      options: CONDITIONS.map(({ value, label }) => ({ value, label })),
      label: t('Condition', 'Condiție'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'threshold',
          type: 'number',
          min: 0,
          label: t('Default threshold (N days or X %)', 'Prag implicit (N zile sau X %)'),
        },
        { name: 'active', type: 'checkbox', defaultValue: true, label: t('Active', 'Activ') },
      ],
    },
    recipientsField(t('Default recipients', 'Destinatari impliciți')),
    { name: 'description', type: 'textarea', localized: true, label: t('Description', 'Descriere') },
    ...auditFields,
  ],
}
