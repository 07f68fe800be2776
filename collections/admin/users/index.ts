import type { CollectionConfig, FieldAccess } from 'payload'

import { phoneField } from '@/fields/phone'
import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { hasFunction } from '@/access/engine'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { stampAuthor } from '@/hooks/audit'
import { refuseDeleteWhileReferenced } from '@/hooks/refuseDeleteWhileReferenced'
import { t } from '@/lib/i18n'
import { equalLoginWork } from './equalLoginWork'
import {
  firstUserIsAdministrator,
  guardManagedFields,
  keepLastAdministrator,
  keepLastAdministratorOnDelete,
  refuseInactiveLogin,
  refuseRefreshWhenSignedOut,
  releaseLocksOnLogout,
  requireStrongPassword,
  rolesRequiredAfterFirstUser,
} from './hooks'

const slug = 'users'
const ownership: Ownership = { selfIsOwner: true, teamField: 'team', managedBy: 'manageUsers' }

const managersOnly: FieldAccess = ({ req }) => hasFunction(req, 'manageUsers')

export { LOGIN_REFUSED } from './equalLoginWork'

export const Users: CollectionConfig = {
  slug,
  labels: { singular: t('User', 'Utilizator'), plural: t('Users', 'Utilizatori') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    depth: 0,
  },
  access: {
    ...governedAccess(slug, ownership),
    admin: ({ req }) => Boolean(req.user && (req.user as { active?: boolean }).active !== false),
    unlock: ({ req }) => hasFunction(req, 'manageUsers'),
  },
  admin: {
    group: t('Administration', 'Administrare'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'team', 'roles', 'active'],
    listSearchableFields: ['name', 'email'],
    hidden: governedHidden(slug, ownership),
  },
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeOperation: [equalLoginWork, requireStrongPassword, guardManagedFields, refuseRefreshWhenSignedOut],
    beforeValidate: [firstUserIsAdministrator],
    beforeLogin: [refuseInactiveLogin],
    afterLogout: [releaseLocksOnLogout],
    beforeChange: [keepLastAdministrator, stampAuthor],
    beforeDelete: [keepLastAdministratorOnDelete, refuseDeleteWhileReferenced],
  },
  fields: [
    {
      // Payload draws the password inputs itself; the policy they must meet is shown right after them.
      name: 'passwordRule',
      type: 'ui',
      admin: { components: { Field: '/collections/admin/users/PasswordRule#PasswordRule' } },
    },
    { name: 'name', type: 'text', required: true, label: t('Name', 'Nume') },
    phoneField(),
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'ro',
      label: t('Preferred language', 'Limba preferată'),
      options: [
        { value: 'ro', label: 'Română' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      // Read by hooks/notify (wantsEmail): email is on unless turned off or the kind is muted.
      name: 'emailNotifications',
      type: 'group',
      label: t('Email notifications', 'Notificări prin email'),
      fields: [
        {
          name: 'enabled',
          type: 'checkbox',
          defaultValue: true,
          label: t('Also send my notifications by email', 'Trimite-mi notificările și prin email'),
        },
        {
          name: 'mutedKinds',
          type: 'text',
          hasMany: true,
          label: t('No email for these kinds', 'Fără email pentru aceste tipuri'),
          admin: {
            condition: (_, siblingData) => siblingData?.enabled !== false,
            description: t(
              'The kind shown on a notification, e.g. workflow.transition; "workflow" mutes every workflow.… kind. The notifications themselves still arrive.',
              'Tipul afișat pe notificare, de ex. workflow.transition; „workflow” oprește toate tipurile workflow.…. Notificările tot sosesc.',
            ),
          },
        },
      ],
    },
    {
      name: 'team',
      type: 'relationship',
      relationTo: 'teams',
      index: true,
      label: t('Team', 'Echipă'),
      access: { create: managersOnly, update: managersOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'roles',
      type: 'relationship',
      relationTo: 'roles',
      hasMany: true,
      required: true,
      validate: rolesRequiredAfterFirstUser,
      label: t('Roles', 'Roluri'),
      access: { create: managersOnly, update: managersOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: t('Active', 'Activ'),
      access: { create: managersOnly, update: managersOnly },
      admin: {
        position: 'sidebar',
        description: t('Inactive users cannot log in.', 'Utilizatorii inactivi nu se pot autentifica.'),
      },
    },
    {
      // `<SHA-256 of the secret in the user's calendar feed link>:<its nonce>` (hooks/calendar/feedToken.ts;
      // links made earlier: the hash alone). Neither opens the feed without the application's secret.
      // Only those endpoints touch it, with overrideAccess; through the API nobody reads or writes it.
      name: 'calendarFeedTokenHash',
      type: 'text',
      index: true,
      label: t('Calendar feed token (hash)', 'Token flux calendar (hash)'),
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true },
    },
    ...auditFields,
  ],
}
