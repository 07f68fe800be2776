import type { CollectionConfig, JobsConfig, PayloadRequest } from 'payload'

import { permissionsFor, stashedPermissions } from '../../access/engine'
import type { Env } from '../lib/env'
import { t } from '../lib/i18n'
import { sendNotificationEmail } from './sendNotificationEmail'

export { sendNotificationEmail }

/** Server code (the local API, the app's cron, the worker) or an administrator. */
export async function localOrAdministrator({ req }: { req: PayloadRequest }): Promise<boolean> {
  if (req.payloadAPI === 'local') return true
  return Boolean((await permissionsFor(req))?.isAdmin)
}

/**
 * The jobs queue (ARCHITECTURE §6): one task per email. Jobs run in the app process every minute
 * (`autoRun`, started by Next after its first request) unless JOBS_AUTORUN=false, when
 * `npm run jobs` (`payload jobs:run --cron "* * * * *"`) is the worker. Tests run the queue
 * themselves with `payload.jobs.run()`.
 */
export function jobsConfig(env: Pick<Env, 'jobsAutoRun'>): JobsConfig {
  return {
    tasks: [sendNotificationEmail],
    autoRun: env.jobsAutoRun ? [{ cron: '* * * * *', queue: 'default', limit: 50 }] : undefined,
    access: { run: localOrAdministrator, queue: localOrAdministrator, cancel: localOrAdministrator },
    // Failed jobs stay in the queue with their error: administrators can see them.
    jobsCollectionOverrides: ({ defaultJobsCollection }): CollectionConfig => ({
      ...defaultJobsCollection,
      labels: { singular: t('Background job', 'Sarcină în fundal'), plural: t('Background jobs', 'Sarcini în fundal') },
      access: { ...defaultJobsCollection.access, read: localOrAdministrator },
      admin: {
        ...defaultJobsCollection.admin,
        group: t('Administration', 'Administrare'),
        // admin.hidden receives only the user: the permissions this request computed sit beside it.
        hidden: ({ user }) => !stashedPermissions(user)?.isAdmin,
      },
    }),
  }
}
