import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { keyField } from '@/fields/key'
import { stampAuthor } from '@/hooks/audit'
import { effectNames, guardNames } from '@/hooks/workflow/registry'
import { stateCategoryOptions } from '@/hooks/workflow/categories'
import type { WorkflowData } from '@/hooks/workflow/types'
import { workflowProblems } from '@/hooks/workflow/validate'
import { say, t } from '@/lib/i18n'

const slug = 'workflows'
const ownership: Ownership = { managedBy: 'manageWorkflows' }

/** Refuses, with a 400 naming the problems, a workflow that could not work. */
const wellFormed: CollectionBeforeChangeHook = ({ data, req }) => {
  const governed = req.payload.collections[data.collection as 'users']?.config
  const problems = workflowProblems(data as WorkflowData, {
    fieldNames: governed?.flattenedFields.map((f) => f.name),
    collections: Object.keys(req.payload.collections),
  })
  if (problems.length > 0) {
    throw new APIError(problems.map((p) => say(req.i18n?.language, p)).join(' '), 400)
  }
  return data
}

const step = (kind: 'guard' | 'effect', names: () => string[]) => ({
  type: 'array' as const,
  labels:
    kind === 'guard'
      ? { singular: t('Guard', 'Condiție'), plural: t('Guards', 'Condiții') }
      : { singular: t('Effect', 'Efect'), plural: t('Effects', 'Efecte') },
  fields: [
    {
      type: 'row' as const,
      fields: [
        {
          name: 'name',
          type: 'text' as const,
          required: true,
          label: t('Name', 'Nume'),
          admin: { width: '40%', description: `${names().join(', ')}` },
        },
        {
          name: 'params',
          type: 'json' as const,
          label: t('Parameters (JSON)', 'Parametri (JSON)'),
          admin: { width: '60%' },
        },
      ],
    },
  ],
})

/**
 * Validation flows as data (ARCHITECTURE §5): states with categories and read-only fields,
 * transitions with roles, responsibility, comment, guards and effects.
 */
export function createWorkflows(governed: { slug: string; label: { en: string; ro: string } }[]): CollectionConfig {
  return {
    slug,
    labels: { singular: t('Workflow', 'Flux'), plural: t('Workflows', 'Fluxuri') },
    access: governedAccess(slug, ownership),
    admin: {
      group: t('Administration', 'Administrare'),
      useAsTitle: 'name',
      defaultColumns: ['name', 'key', 'collection', 'active'],
      hidden: governedHidden(slug, ownership),
    },
    versions: { maxPerDoc: 50 },
    hooks: { beforeChange: [wellFormed, stampAuthor] },
    fields: [
      keyField(),
      { name: 'name', type: 'text', required: true, localized: true, label: t('Name', 'Nume') },
      {
        name: 'collection',
        type: 'select',
        required: true,
        label: t('Governed collection', 'Colecția guvernată'),
        options: governed.map((g) => ({ value: g.slug, label: g.label })),
      },
      { name: 'active', type: 'checkbox', defaultValue: true, label: t('Active', 'Activ') },
      {
        name: 'states',
        type: 'array',
        required: true,
        minRows: 1,
        label: t('States', 'Stări'),
        labels: { singular: t('State', 'Stare'), plural: t('States', 'Stări') },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'key', type: 'text', required: true, label: t('Key', 'Cheie'), admin: { width: '20%' } },
              { name: 'label', type: 'text', localized: true, label: t('Label', 'Etichetă'), admin: { width: '30%' } },
              {
                name: 'category',
                type: 'select',
                required: true,
                label: t('Category', 'Categorie'),
                options: stateCategoryOptions,
                admin: { width: '20%' },
              },
              { name: 'initial', type: 'checkbox', label: t('Initial', 'Inițială'), admin: { width: '15%' } },
              { name: 'final', type: 'checkbox', label: t('Final', 'Finală'), admin: { width: '15%' } },
            ],
          },
          {
            name: 'readOnlyFields',
            type: 'text',
            hasMany: true,
            label: t('Read-only fields in this state', 'Câmpuri needitabile în această stare'),
          },
        ],
      },
      {
        name: 'transitions',
        type: 'array',
        label: t('Transitions', 'Tranziții'),
        labels: { singular: t('Transition', 'Tranziție'), plural: t('Transitions', 'Tranziții') },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'key', type: 'text', required: true, label: t('Key', 'Cheie'), admin: { width: '25%' } },
              { name: 'label', type: 'text', localized: true, label: t('Label', 'Etichetă'), admin: { width: '25%' } },
              {
                name: 'from',
                type: 'text',
                hasMany: true,
                required: true,
                label: t('From states', 'Din stările'),
                admin: { width: '30%' },
              },
              { name: 'to', type: 'text', required: true, label: t('To state', 'În starea'), admin: { width: '20%' } },
            ],
          },
          {
            name: 'roles',
            type: 'relationship',
            relationTo: 'roles',
            hasMany: true,
            label: t(
              'Roles allowed (empty: anyone who can read the record)',
              'Roluri permise (gol: oricine poate citi înregistrarea)',
            ),
          },
          {
            type: 'row',
            fields: [
              { name: 'onlyResponsible', type: 'checkbox', label: t('Only the responsible', 'Doar responsabilul') },
              { name: 'onlyOwner', type: 'checkbox', label: t('Only the owner', 'Doar proprietarul') },
              { name: 'commentRequired', type: 'checkbox', label: t('Comment required', 'Comentariu obligatoriu') },
            ],
          },
          { name: 'guards', label: t('Guards', 'Condiții'), ...step('guard', guardNames) },
          { name: 'effects', label: t('Effects', 'Efecte'), ...step('effect', effectNames) },
        ],
      },
      ...auditFields,
    ],
  }
}
