import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { MODULE_FUNCTIONS, type Ownership, SCOPES } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { keyField } from '@/fields/key'
import { stampAuthor } from '@/hooks/audit'
import { refuseDeleteWhileReferenced } from '@/hooks/refuseDeleteWhileReferenced'
import { t } from '@/lib/i18n'
import { keepSystemAdminRole, oneRowPerCollection, protectSystemAdminRole } from './hooks'

const slug = 'roles'
const ownership: Ownership = { managedBy: 'manageUsers' }

const scopeOptions = SCOPES.map((value) => ({
  value,
  label: {
    none: t('None', 'Niciuna'),
    own: t('Own records', 'Înregistrările proprii'),
    related: t('Own and related records', 'Înregistrările proprii și cele asociate'),
    team: t('Team records', 'Înregistrările echipei'),
    all: t('All records', 'Toate înregistrările'),
  }[value],
}))

const functionLabels = {
  export: t('Export to Excel', 'Export în Excel'),
  reports: t('Reports', 'Rapoarte'),
  manageNomenclators: t('Manage nomenclators', 'Administrare nomenclatoare'),
  manageUsers: t('Manage users, roles and teams', 'Administrare utilizatori, roluri și echipe'),
  manageWorkflows: t('Manage workflows', 'Administrare fluxuri'),
  manageSettings: t('Manage application settings', 'Administrare parametri aplicație'),
}

const scopeField = (name: 'read' | 'update' | 'delete', label: { en: string; ro: string }) => ({
  name,
  type: 'select' as const,
  required: true,
  defaultValue: 'none',
  label,
  options: scopeOptions,
  admin: { width: '22%' },
})

/**
 * Roles are data (R1): per collection, how far read/update/delete reach and whether the role may
 * create; plus module functions. `collections` lists the slugs the matrix can name.
 */
export function createRoles(collections: { slug: string; label: { en: string; ro: string } }[]): CollectionConfig {
  return {
    slug,
    labels: { singular: t('Role', 'Rol'), plural: t('Roles', 'Roluri') },
    access: governedAccess(slug, ownership),
    admin: {
      group: t('Administration', 'Administrare'),
      useAsTitle: 'name',
      defaultColumns: ['name', 'key', 'functions'],
      hidden: governedHidden(slug, ownership),
    },
    versions: { maxPerDoc: 50 },
    hooks: {
      beforeValidate: [oneRowPerCollection],
      beforeChange: [keepSystemAdminRole, stampAuthor],
      beforeDelete: [protectSystemAdminRole, refuseDeleteWhileReferenced],
    },
    fields: [
      keyField(),
      { name: 'name', type: 'text', required: true, localized: true, label: t('Name', 'Nume') },
      { name: 'description', type: 'textarea', localized: true, label: t('Description', 'Descriere') },
      {
        name: 'functions',
        type: 'select',
        hasMany: true,
        label: t('Module functions', 'Funcții din module'),
        options: MODULE_FUNCTIONS.map((value) => ({ value, label: functionLabels[value] })),
        admin: {
          condition: (data) => data?.key !== 'admin',
        },
      },
      {
        name: 'permissions',
        type: 'array',
        label: t('Permissions per collection', 'Permisiuni pe colecție'),
        labels: { singular: t('Collection', 'Colecție'), plural: t('Collections', 'Colecții') },
        admin: {
          condition: (data) => data?.key !== 'admin',
          description: t(
            'Own = records where the user is owner or responsible; Related = also the records under an own record (the plan of a project one is a member of, the projects of one\u2019s clients); Team = also the records of the user\u2019s team and those under the team\u2019s records.',
            'Proprii = înregistrările unde utilizatorul este proprietar sau responsabil; Asociate = și cele aflate sub o înregistrare proprie (planul unui proiect în care este membru, proiectele clienților săi); Echipă = și cele ale echipei sale și cele aflate sub înregistrările echipei.',
          ),
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'collection',
                type: 'select',
                required: true,
                label: t('Collection', 'Colecție'),
                options: collections.map((c) => ({ value: c.slug, label: c.label })),
                admin: { width: '30%' },
              },
              scopeField('read', t('Read', 'Citire')),
              scopeField('update', t('Update', 'Modificare')),
              scopeField('delete', t('Delete', 'Ștergere')),
              { name: 'create', type: 'checkbox', label: t('Create', 'Creare'), admin: { width: '10%' } },
            ],
          },
        ],
      },
      {
        name: 'adminNote',
        type: 'ui',
        admin: {
          condition: (data) => data?.key === 'admin',
          components: { Field: '/collections/admin/roles/AdminRoleNote#AdminRoleNote' },
        },
      },
      ...auditFields,
    ],
  }
}
