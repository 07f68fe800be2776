import type { CollectionConfig } from 'payload'

import { dateTimeField } from '@/fields/dates'
import { EMAIL_STATUSES, NOTIFICATIONS_SLUG } from '@/hooks/notify/shared'
import { t } from '@/lib/i18n'
import { administrators, engineOnly, nobody, ownNotifications } from './access'
import { markAllRead } from './endpoints'
import { linkUrl, onlyReadAtChanges } from './hooks'

const emailStatusLabels = {
  none: t('Not emailed', 'Fără email'),
  queued: t('Queued', 'În așteptare'),
  sent: t('Sent', 'Trimis'),
  failed: t('Failed', 'Eșuat'),
}

/**
 * What happened that concerns a user (ARCHITECTURE §6). Written only by `notify()` in
 * hooks/notify; each user lists, reads and marks read only their own, whatever their roles.
 */
export const Notifications: CollectionConfig = {
  slug: NOTIFICATIONS_SLUG,
  // Each user's own, whatever their roles: not a row of the roles' matrix.
  custom: { outsideRoles: true },
  labels: { singular: t('Notification', 'Notificare'), plural: t('Notifications', 'Notificări') },
  access: {
    read: ownNotifications,
    create: nobody,
    update: ownNotifications,
    delete: administrators,
  },
  admin: {
    group: t('My work', 'Activitatea mea'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'readAt', 'createdAt', 'emailStatus'],
    listSearchableFields: ['title', 'body'],
    // Everyone signed in has notifications; the list holds only their own.
    hidden: ({ user }) => !user,
    components: {
      beforeList: ['/collections/admin/notifications/components/MarkAllReadButton#MarkAllReadButton'],
    },
  },
  defaultSort: '-createdAt',
  // Serves the list (own, newest first), the unread count of the badge and mark-all-read.
  indexes: [{ fields: ['recipient', 'readAt', 'createdAt'] }],
  endpoints: [markAllRead],
  hooks: {
    beforeOperation: [onlyReadAtChanges],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: t('Title', 'Titlu'),
      access: { update: engineOnly },
    },
    {
      name: 'body',
      type: 'textarea',
      label: t('Message', 'Mesaj'),
      access: { update: engineOnly },
    },
    {
      name: 'openRecord',
      type: 'ui',
      admin: { components: { Field: '/collections/admin/notifications/components/OpenRecordLink#OpenRecordLink' } },
    },
    {
      name: 'link',
      type: 'group',
      label: t('Record', 'Înregistrare'),
      admin: { hideGutter: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'collection',
              type: 'text',
              label: t('Collection', 'Colecție'),
              access: { update: engineOnly },
              admin: { width: '30%' },
            },
            {
              name: 'documentId',
              type: 'text',
              label: t('Record id', 'Id înregistrare'),
              access: { update: engineOnly },
              admin: { width: '20%' },
            },
            {
              name: 'url',
              type: 'text',
              virtual: true,
              label: t('Address in the admin panel', 'Adresa în panoul de administrare'),
              admin: { readOnly: true, width: '50%' },
              hooks: { afterRead: [linkUrl] },
            },
          ],
        },
      ],
    },
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      label: t('Recipient', 'Destinatar'),
      access: { update: engineOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'kind',
      type: 'text',
      required: true,
      label: t('Kind', 'Tip'),
      access: { update: engineOnly },
      admin: {
        position: 'sidebar',
        // Stored as the key the module declared (`tickets.overdue`); shown by its label in the reader's language.
        components: {
          Cell: '/collections/admin/notifications/components/KindCell#KindCell',
          Field: '/collections/admin/notifications/components/KindField#KindField',
          Filter: '/collections/admin/notifications/components/KindFilter#KindFilter',
        },
      },
    },
    dateTimeField({
      name: 'readAt',
      label: t('Read at', 'Citită la'),
      admin: { position: 'sidebar', description: t('Empty while unread.', 'Goală cât timp nu a fost citită.') },
    }),
    {
      name: 'emailStatus',
      type: 'select',
      required: true,
      defaultValue: 'none',
      label: t('Email', 'Email'),
      options: EMAIL_STATUSES.map((value) => ({ value, label: emailStatusLabels[value] })),
      access: { update: engineOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  timestamps: true,
}
