import type { CollectionConfig, JobsConfig } from 'payload'

import { stashedPermissions } from '@/access/engine'
import type { Env } from '@/lib/env'
import { t } from '@/lib/i18n'
import { closeJobStats, localOrAdministrator } from './access'
import { DEFAULT_QUEUE, SCHEDULED_QUEUE } from './queues'
import { runScheduledTaskEndpoint } from './runScheduledTask'
import { sendNotificationEmail } from './sendNotificationEmail'

export { closeJobStats, localOrAdministrator, sendNotificationEmail }

/**
 * The jobs queue (ARCHITECTURE §6): one task per email on the `default` queue, and scheduled work
 * (offer expiry hourly, overdue tickets every quarter hour) on the `scheduled` queue.
 *
 * Who runs what:
 * - By default the app process does everything (`autoRun`, started by Next after its first
 *   request): every minute it runs the emails and, for the `scheduled` queue, first queues each
 *   task whose `schedule` is due (`handleSchedules`, which remembers the last scheduled run in the
 *   `payload-jobs-stats` global) and then runs it.
 * - With JOBS_AUTORUN=false the app runs nothing and two workers take over: `npm run jobs` sends the
 *   emails, and `npm run jobs -- --queue scheduled --handle-schedules` must run too, or the scheduled
 *   tasks are never queued. (One worker with `--all-queues --handle-schedules` also works, but it
 *   takes ten jobs a minute, oldest first: an email backlog delays the scheduled work.)
 *   Several processes handling schedules at once are harmless: a scheduled task is not queued while
 *   one is pending, and the tasks themselves are safe to run twice.
 * An administrator runs a scheduled task at once with `POST /api/payload-jobs/run-scheduled
 * {"task": "<slug>"}` (runScheduledTask.ts). Tests run the queues themselves:
 * `payload.jobs.handleSchedules({ queue: 'scheduled' })`, `payload.jobs.run({ queue })`.
 */
export function jobsConfig(env: Pick<Env, 'jobsAutoRun'>): JobsConfig {
  return {
    // Modules add their own tasks and schedules (hooks/modules).
    tasks: [sendNotificationEmail],
    autoRun: env.jobsAutoRun
      ? [
          { cron: '* * * * *', queue: DEFAULT_QUEUE, limit: 50, disableScheduling: true },
          { cron: '* * * * *', queue: SCHEDULED_QUEUE, limit: 10 },
        ]
      : undefined,
    access: { run: localOrAdministrator, queue: localOrAdministrator, cancel: localOrAdministrator },
    // Failed jobs stay in the queue with their error: administrators can see them.
    jobsCollectionOverrides: ({ defaultJobsCollection }): CollectionConfig => ({
      ...defaultJobsCollection,
      labels: { singular: t('Background job', 'Sarcină în fundal'), plural: t('Background jobs', 'Sarcini în fundal') },
      access: { ...defaultJobsCollection.access, read: localOrAdministrator },
      // Payload's /run and /handle-schedules, and an administrator's "run this scheduled task now".
      endpoints: [...(defaultJobsCollection.endpoints || []), runScheduledTaskEndpoint],
      admin: {
        ...defaultJobsCollection.admin,
        group: t('Administration', 'Administrare'),
        // admin.hidden receives only the user: the permissions this request computed sit beside it.
        hidden: ({ user }) => !stashedPermissions(user)?.isAdmin,
      },
    }),
  }
}
