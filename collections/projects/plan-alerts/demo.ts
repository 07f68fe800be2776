import { createLocalReq, type Payload } from 'payload'

import { NOTIFY_WITHOUT_EMAIL } from '@/hooks/notify'
import { asSystem } from '@/seed/records'
import { DEMO_PROJECTS } from '../demo/data'
import { evaluatePlanAlerts } from './evaluate'

/**
 * The running demo project's alerts, evaluated once as the hourly job would: its slipping
 * activities (one not started, one past its end) fire, told in the application but emailed to
 * nobody (history, not news). Only that project is looked at, to keep seeding fast.
 */
export async function seedDemoPlanAlerts(payload: Payload, log: (line: string) => void = () => undefined) {
  const running = DEMO_PROJECTS.find((project) => project.steps.includes('start'))
  if (!running) return 0
  const { docs } = await payload.find({
    collection: 'projects',
    where: { name: { equals: running.name } },
    limit: 1,
    ...asSystem,
  })
  if (!docs[0]) return 0
  const req = await createLocalReq({ context: { [NOTIFY_WITHOUT_EMAIL]: true } }, payload)
  const { fired } = await evaluatePlanAlerts(req, new Date(), docs[0].id)
  log(`demo plan alerts: ${fired} fired on "${running.name}"`)
  return fired
}
