import type { GlobalConfig, RelationshipFieldSingleValidation } from 'payload'
import { relationship } from 'payload/shared'

import { hasFunction, hasFunctionIn, requireSession, stashedPermissions } from '@/access/engine'
import { dateField } from '@/fields/dates'
import { nomenclatorField } from '@/fields/nomenclator'
import { stampGlobalAuthor } from '@/hooks/audit'
import { globalCompletedLater, type SettingsTab } from '@/hooks/modules'
import { t } from '@/lib/i18n'

const WEEKDAYS = [
  { value: 'mon', label: t('Monday', 'Luni') },
  { value: 'tue', label: t('Tuesday', 'Marți') },
  { value: 'wed', label: t('Wednesday', 'Miercuri') },
  { value: 'thu', label: t('Thursday', 'Joi') },
  { value: 'fri', label: t('Friday', 'Vineri') },
  { value: 'sat', label: t('Saturday', 'Sâmbătă') },
  { value: 'sun', label: t('Sunday', 'Duminică') },
]

const time = (value: unknown) =>
  typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? true : 'HH:MM (00:00–23:59)'

/**
 * Payload 3.90.1 does not hand a global update's `overrideAccess` to its field validation, so the
 * check that a picked item belongs to its list reads the nomenclators as the caller. The install's
 * own write of the defaults has no caller (and overrode access: without that, nobody without a
 * session gets past the update access above) and would see no item at all.
 */
const listItemForSystemToo: RelationshipFieldSingleValidation = (value, options) =>
  relationship(value, { ...options, overrideAccess: options.overrideAccess ?? !options.req.user })

/** The modules' tabs, in their order, between the commercial and the email tab. */
const moduleTabs = (tabs: SettingsTab[]) =>
  [...tabs].sort((a, b) => a.order - b.order).map(({ name, label, fields }) => ({ name, label, fields }))

/** Application parameters (R3): company identity, money, numbering, email, time. */
export const Settings: GlobalConfig = globalCompletedLater('settings', ({ registry }) => ({
  slug: 'settings',
  label: t('Settings', 'Setări'),
  access: {
    read: ({ req }) => {
      requireSession(req)
      return Boolean(req.user)
    },
    readVersions: ({ req }) => hasFunction(req, 'manageSettings'),
    update: ({ req }) => hasFunction(req, 'manageSettings'),
  },
  admin: {
    group: t('Administration', 'Administrare'),
    // Everyone reads the settings (company identity, currency...); only their managers see the page.
    hidden: ({ user }) => !user || !hasFunctionIn(stashedPermissions(user), 'manageSettings'),
  },
  versions: { max: 50 },
  hooks: { beforeChange: [stampGlobalAuthor] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          name: 'company',
          label: t('Company', 'Companie'),
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              defaultValue: 'OrganizeCRM SRL',
              label: t('Company name', 'Denumire'),
            },
            { name: 'fiscalCode', type: 'text', label: t('Fiscal code (CUI)', 'Cod fiscal (CUI)') },
            {
              name: 'tradeRegisterNumber',
              type: 'text',
              label: t('Trade register number', 'Nr. Registrul Comerțului'),
            },
            { name: 'address', type: 'textarea', label: t('Address', 'Adresă') },
            { name: 'iban', type: 'text', label: t('Bank account (IBAN)', 'Cont bancar (IBAN)') },
            { name: 'bank', type: 'text', label: t('Bank', 'Bancă') },
            { name: 'logo', type: 'upload', relationTo: 'media', label: t('Logo', 'Siglă') },
          ],
        },
        {
          name: 'commercial',
          label: t('Commercial', 'Comercial'),
          fields: [
            nomenclatorField({
              name: 'defaultCurrency',
              list: 'currencies',
              label: t('Default currency', 'Moneda implicită'),
              validate: listItemForSystemToo,
            }),
            nomenclatorField({
              name: 'defaultVatRate',
              list: 'vat-rates',
              label: t('Default VAT rate', 'Cota TVA implicită'),
              validate: listItemForSystemToo,
            }),
            {
              name: 'offerValidityDays',
              type: 'number',
              required: true,
              defaultValue: 30,
              min: 1,
              label: t('Offer validity (days)', 'Valabilitate ofertă (zile)'),
            },
            {
              name: 'maxUploadMb',
              type: 'number',
              defaultValue: 25,
              min: 1,
              max: 500,
              label: t('Largest offer or contract file (MB)', 'Fișier de ofertă sau contract maxim (MB)'),
            },
            {
              name: 'offerApproval',
              type: 'group',
              label: t('Offers the administrator must approve', 'Oferte care trebuie aprobate de administrator'),
              admin: {
                description: t(
                  'Above either threshold a sales manager cannot approve the offer alone. Empty: no threshold.',
                  'Peste oricare prag, un manager de vânzări nu poate aproba singur oferta. Gol: fără prag.',
                ),
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'maxDiscountPercent',
                      type: 'number',
                      min: 0,
                      max: 100,
                      label: t('Total discount above (%)', 'Discount total peste (%)'),
                    },
                    {
                      name: 'maxGross',
                      type: 'number',
                      min: 0,
                      label: t('Total with VAT above', 'Total cu TVA peste'),
                    },
                  ],
                },
              ],
            },
            {
              name: 'contractApproval',
              type: 'group',
              label: t('Contracts the administrator must approve', 'Contracte care trebuie aprobate de administrator'),
              admin: {
                description: t(
                  'Above this value a sales manager cannot approve a contract or an amendment alone. Empty: no threshold.',
                  'Peste această valoare, un manager de vânzări nu poate aproba singur un contract sau un act adițional. Gol: fără prag.',
                ),
              },
              fields: [
                { name: 'maxGross', type: 'number', min: 0, label: t('Total with VAT above', 'Total cu TVA peste') },
              ],
            },
            {
              name: 'numberPrefixes',
              type: 'group',
              label: t('Number prefixes', 'Prefixe de numerotare'),
              fields: [
                { name: 'offer', type: 'text', required: true, defaultValue: 'OF', label: t('Offers', 'Oferte') },
                {
                  name: 'contract',
                  type: 'text',
                  required: true,
                  defaultValue: 'CT',
                  label: t('Contracts', 'Contracte'),
                },
                { name: 'ticket', type: 'text', required: true, defaultValue: 'TK', label: t('Tickets', 'Tichete') },
                {
                  name: 'project',
                  type: 'text',
                  required: true,
                  defaultValue: 'PR',
                  label: t('Projects', 'Proiecte'),
                },
              ],
            },
          ],
        },
        ...moduleTabs(registry.settingsTabs),
        {
          name: 'email',
          label: t('Email', 'Email'),
          fields: [
            {
              name: 'senderName',
              type: 'text',
              required: true,
              defaultValue: 'OrganizeCRM',
              label: t('Sender name', 'Nume expeditor'),
            },
            {
              name: 'senderAddress',
              type: 'email',
              required: true,
              defaultValue: 'crm@organizecrm.test',
              label: t('Sender address', 'Adresă expeditor'),
            },
          ],
        },
        {
          name: 'time',
          label: t('Time', 'Timp'),
          fields: [
            {
              name: 'timeZone',
              type: 'text',
              required: true,
              defaultValue: 'Europe/Bucharest',
              label: t('Time zone', 'Fus orar'),
              validate: (value: unknown) => {
                try {
                  new Intl.DateTimeFormat('en', { timeZone: String(value) })
                  return true
                } catch {
                  return 'Unknown time zone / Fus orar necunoscut (e.g. Europe/Bucharest)'
                }
              },
            },
            {
              name: 'workingDays',
              type: 'select',
              hasMany: true,
              required: true,
              defaultValue: ['mon', 'tue', 'wed', 'thu', 'fri'],
              label: t('Working days', 'Zile lucrătoare'),
              options: WEEKDAYS,
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'workStart',
                  type: 'text',
                  required: true,
                  defaultValue: '09:00',
                  validate: time,
                  label: t('Working day starts', 'Începutul programului'),
                },
                {
                  name: 'workEnd',
                  type: 'text',
                  required: true,
                  defaultValue: '17:00',
                  validate: time,
                  label: t('Working day ends', 'Sfârșitul programului'),
                },
              ],
            },
            {
              // Days off on working weekdays: project plans count working days without them.
              name: 'holidays',
              type: 'array',
              label: t('Public holidays', 'Sărbători legale'),
              labels: { singular: t('Holiday', 'Sărbătoare'), plural: t('Holidays', 'Sărbători') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    dateField({ name: 'day', required: true, label: t('Day', 'Ziua') }),
                    { name: 'name', type: 'text', label: t('Name', 'Denumire') },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'updatedBy',
      type: 'relationship',
      relationTo: 'users',
      label: t('Last changed by', 'Modificat ultima dată de'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}))
