import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { stampAuthor } from '@/hooks/audit'
import {
  CUSTOM_FIELD_TYPES,
  CUSTOM_FIELD_USAGES,
  CUSTOM_FIELDS_SLUG,
  TYPES_WITH_OPTIONS,
} from '@/hooks/customFields/types'
import { t } from '@/lib/i18n'
import { forgetCachedDefinitions, refuseDeleteWhileInUse, wellFormedDefinition } from './hooks'

const slug = CUSTOM_FIELDS_SLUG
/** Custom fields shape the application's records: administration, like the application settings. */
const ownership: Ownership = { managedBy: 'manageSettings' }

const typeLabels = {
  text: t('Text', 'Text'),
  textarea: t('Long text', 'Text lung'),
  number: t('Number', 'Număr'),
  date: t('Date', 'Dată'),
  boolean: t('Yes / no', 'Da / nu'),
  select: t('Single choice', 'Alegere simplă'),
  multiselect: t('Multiple choice', 'Alegere multiplă'),
  user: t('User', 'Utilizator'),
  url: t('Link (web address)', 'Link (adresă web)'),
  email: t('Email address', 'Adresă de email'),
}

const usageLabels = {
  optional: t('Optional', 'Opțional'),
  required: t('Required', 'Obligatoriu'),
  requiredFromState: t('Required from a workflow state', 'Obligatoriu dintr-o stare a fluxului'),
  readOnly: t('Read-only (set on creation or by the system)', 'Doar citire (setat la creare sau de sistem)'),
  hiddenForRoles: t('Hidden for some roles', 'Ascuns pentru unele roluri'),
}

/**
 * Custom field definitions (R25). `targets` are the collections that opted in (they have the
 * `customFields` field of fields/customFields.ts): the target select offers exactly those.
 */
export function createCustomFields(targets: { slug: string; label: { en: string; ro: string } }[]): CollectionConfig {
  return {
    slug,
    labels: { singular: t('Custom field', 'Câmp personalizat'), plural: t('Custom fields', 'Câmpuri personalizate') },
    access: governedAccess(slug, ownership),
    admin: {
      group: t('Administration', 'Administrare'),
      useAsTitle: 'label',
      defaultColumns: ['label', 'key', 'type', 'usage', 'targetCollection', 'discriminator', 'active'],
      listSearchableFields: ['label', 'key'],
      hidden: governedHidden(slug, ownership),
      description: t(
        'Extra fields of the records, by collection (and record type). Deactivate a field to hide it: stored values are always kept.',
        'Câmpuri suplimentare ale înregistrărilor, pe colecție (și tip de înregistrare). Dezactivați un câmp pentru a-l ascunde: valorile salvate se păstrează întotdeauna.',
      ),
    },
    defaultSort: 'order',
    versions: { maxPerDoc: 50 },
    indexes: [
      { fields: ['targetCollection', 'key'], unique: true },
      { fields: ['targetCollection', 'active', 'order'] },
    ],
    hooks: {
      beforeValidate: [wellFormedDefinition(targets.map((target) => target.slug))],
      beforeChange: [stampAuthor],
      beforeDelete: [refuseDeleteWhileInUse],
      afterChange: [forgetCachedDefinitions],
      afterDelete: [forgetCachedDefinitions],
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            // Text, not a select: modules opting in later add no database enum values to migrate.
            name: 'targetCollection',
            type: 'text',
            required: true,
            index: true,
            label: t('Collection', 'Colecție'),
            validate: (value: unknown) =>
              targets.some((target) => target.slug === value)
                ? true
                : `${targets.map((target) => target.slug).join(', ') || '—'}`,
            admin: {
              width: '50%',
              description: t(
                `One of: ${targets.map((target) => target.slug).join(', ') || '(none yet)'}. Cannot change once created.`,
                `Una dintre: ${targets.map((target) => target.slug).join(', ') || '(niciuna încă)'}. Nu se mai poate schimba după creare.`,
              ),
            },
          },
          {
            name: 'discriminator',
            type: 'text',
            label: t('Only for records of type', 'Doar pentru înregistrările de tipul'),
            admin: {
              width: '50%',
              description: t(
                'Optional: the value of the record’s type field (for tickets, the ticket type) the field applies to. Empty: every record.',
                'Opțional: valoarea câmpului de tip al înregistrării (la tichete, tipul tichetului) pentru care se aplică. Gol: toate înregistrările.',
              ),
            },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'key',
            type: 'text',
            required: true,
            index: true,
            maxLength: 50,
            label: t('Key', 'Cheie'),
            admin: {
              width: '50%',
              description: t(
                'Stable code used in the stored values, queries (where[customFields.<key>]) and exports. Cannot change once created.',
                'Cod stabil folosit în valorile salvate, interogări (where[customFields.<cheie>]) și exporturi. Nu se mai poate schimba după creare.',
              ),
            },
          },
          {
            name: 'label',
            type: 'text',
            required: true,
            localized: true,
            label: t('Label', 'Etichetă'),
            admin: { width: '50%' },
          },
        ],
      },
      { name: 'description', type: 'textarea', localized: true, label: t('Help text', 'Text de ajutor') },
      {
        type: 'row',
        fields: [
          {
            name: 'type',
            type: 'select',
            required: true,
            defaultValue: 'text',
            label: t('Type', 'Tip'),
            options: CUSTOM_FIELD_TYPES.map((value) => ({ value, label: typeLabels[value] })),
            admin: { width: '50%' },
          },
          {
            name: 'usage',
            type: 'select',
            required: true,
            defaultValue: 'optional',
            label: t('Usage', 'Utilizare'),
            options: CUSTOM_FIELD_USAGES.map((value) => ({ value, label: usageLabels[value] })),
            admin: { width: '50%' },
          },
        ],
      },
      {
        name: 'options',
        type: 'array',
        label: t('Possible values', 'Valori posibile'),
        labels: { singular: t('Value', 'Valoare'), plural: t('Values', 'Valori') },
        admin: {
          condition: (data) => TYPES_WITH_OPTIONS.includes(data?.type),
          description: t(
            'Removing a value does not change the records that already hold it.',
            'Eliminarea unei valori nu modifică înregistrările care o au deja.',
          ),
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'value',
                type: 'text',
                required: true,
                label: t('Value (code)', 'Valoare (cod)'),
                admin: { width: '40%' },
              },
              {
                name: 'label',
                type: 'text',
                required: true,
                localized: true,
                label: t('Label', 'Etichetă'),
                admin: { width: '60%' },
              },
            ],
          },
        ],
      },
      {
        name: 'requiredFromState',
        type: 'text',
        label: t('Required in state', 'Obligatoriu în starea'),
        admin: {
          condition: (data) => data?.usage === 'requiredFromState',
          description: t(
            'Key of the workflow state in which the field must be filled.',
            'Cheia stării din flux în care câmpul trebuie completat.',
          ),
        },
      },
      {
        name: 'hiddenForRoles',
        type: 'relationship',
        relationTo: 'roles',
        hasMany: true,
        label: t('Hidden for roles', 'Ascuns pentru rolurile'),
        admin: {
          condition: (data) => data?.usage === 'hiddenForRoles',
          description: t(
            'Users holding any of these roles neither see nor write the field.',
            'Utilizatorii care au oricare dintre aceste roluri nu văd și nu completează câmpul.',
          ),
        },
      },
      {
        type: 'row',
        fields: [
          { name: 'order', type: 'number', defaultValue: 0, label: t('Order', 'Ordine'), admin: { width: '50%' } },
          {
            name: 'active',
            type: 'checkbox',
            defaultValue: true,
            index: true,
            label: t('Active', 'Activ'),
            admin: {
              width: '50%',
              description: t(
                'Inactive fields are hidden and no longer checked; their stored values are kept.',
                'Câmpurile inactive sunt ascunse și nu mai sunt verificate; valorile salvate se păstrează.',
              ),
            },
          },
        ],
      },
      ...auditFields,
    ],
  }
}
