import type { CollectionConfig } from 'payload'

import { phoneField } from '@/fields/phone'
import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { type ParentRule, underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { ownerField, teamField } from '@/fields/people'
import { stampAuthor } from '@/hooks/audit'
import { teamFromUser } from '@/hooks/teamFromUser'
import { t } from '@/lib/i18n'

const slug = 'contacts'
const ownership: Ownership = { ownerFields: ['owner'], teamField: 'team' }
/** A client's people are added by those who may change the client. */
export const CONTACT_UNDER_CLIENT: ParentRule = { field: 'client', collection: 'clients', need: 'update' }

/** People at a client (R4): who to call, write to, meet. */
export const Contacts: CollectionConfig = {
  slug,
  labels: { singular: t('Contact', 'Persoană de contact'), plural: t('Contacts', 'Persoane de contact') },
  access: underParent(slug, CONTACT_UNDER_CLIENT, governedAccess(slug, ownership)),
  admin: {
    group: t('Clients', 'Clienți'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'client', 'jobTitle', 'email', 'phone'],
    listSearchableFields: ['name', 'email'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: 'name',
  versions: { maxPerDoc: 50 },
  hooks: { beforeChange: [teamFromUser('owner'), stampAuthor] },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: t('Name', 'Nume') },
    {
      name: 'client',
      type: 'relationship',
      relationTo: 'clients',
      required: true,
      index: true,
      label: t('Client', 'Client'),
    },
    {
      type: 'row',
      fields: [
        { name: 'jobTitle', type: 'text', label: t('Job title', 'Funcție') },
        { name: 'email', type: 'email', index: true, label: t('Email', 'Email') },
        phoneField(),
      ],
    },
    {
      name: 'primary',
      type: 'checkbox',
      defaultValue: false,
      label: t('Primary contact', 'Persoană de contact principală'),
    },
    { name: 'notes', type: 'textarea', label: t('Notes', 'Note') },
    ownerField(),
    teamField(),
    ...auditFields,
  ],
}
