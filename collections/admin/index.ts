import type { CollectionConfig } from 'payload'

import { customFieldTargets } from '@/fields/customFields'
import { completedLater, defineModule, namedCollection } from '@/hooks/modules'
import { bindingOf } from '@/hooks/workflow/registry'
import { readEnv } from '@/lib/env'
import { t } from '@/lib/i18n'
import { Counters } from './counters'
import { createCustomFields } from './custom-fields'
import { adminDemo } from './demo'
import { createMedia } from './media'
import { Nomenclators } from './nomenclators'
import { Notifications } from './notifications'
import { notificationsHome } from './notifications/home'
import { adminReference } from './reference'
import { NOMENCLATOR_LISTS } from './reference/nomenclatorLists'
import { createRoles } from './roles'
import { Teams } from './teams'
import { LOGIN_REFUSED, Users } from './users'
import { WorkflowEvents } from './workflow-events'
import { createWorkflows } from './workflows'

export { DEMO_PASSWORD, TEAM_SEEDS, USER_SEEDS } from './demoUsers'

/** Collections outside the roles' matrix: each user's own notifications, files kept with their record. */
const outsideRoles = (collection: CollectionConfig) => Boolean(collection.custom?.outsideRoles)

/**
 * The administration (R1–R3): people, teams, roles, lookup lists, media, notifications, and the
 * engines' own records (workflows and their log, custom field definitions, counters). Its roles,
 * workflows and custom fields describe every other module's collections, so they are completed
 * after all modules are in.
 */
export const adminModule = () =>
  defineModule({
    name: 'admin',
    collections: [
      Users,
      Teams,
      Nomenclators,
      createMedia(readEnv().UPLOADS_DIR),
      completedLater(
        'custom-fields',
        ({ config }) => createCustomFields(customFieldTargets(config.collections ?? []).map(namedCollection)),
        { afterOthers: true },
      ),
      completedLater(
        'workflows',
        ({ config }) =>
          createWorkflows((config.collections ?? []).filter((c) => bindingOf(c.slug)).map(namedCollection)),
        { afterOthers: true },
      ),
      WorkflowEvents,
      Counters,
      completedLater(
        'roles',
        ({ config }) =>
          createRoles([
            ...(config.collections ?? []).filter((c) => c.slug !== 'roles' && !outsideRoles(c)).map(namedCollection),
            { slug: 'roles', label: t('Roles', 'Roluri') },
          ]),
        { afterOthers: true },
      ),
      Notifications,
    ],
    adminComponents: { actions: ['/collections/admin/notifications/components/UnreadBadge#UnreadBadge'] },
    // One answer to every refused login: it must not tell whether the account exists (users/equalLoginWork).
    translations: {
      en: { error: { emailOrPasswordIncorrect: LOGIN_REFUSED.en, userLocked: LOGIN_REFUSED.en } },
      ro: { error: { emailOrPasswordIncorrect: LOGIN_REFUSED.ro, userLocked: LOGIN_REFUSED.ro } },
    },
    homeSources: [notificationsHome],
    nomenclatorLists: NOMENCLATOR_LISTS,
    reference: adminReference,
    demo: adminDemo,
  })
