import type { Payload } from 'payload'

import { modulesOf } from '@/hooks/modules/registry'
import { readOldestNotifications } from './readNotifications'

type Log = (line: string) => void

/**
 * What every install needs before its first user signs in, module by module in the config's order
 * (the administration's roles first, the others add their rows): run by scripts/migrate.ts
 * (`npm start`, `npm run migrate`, the Docker image) after the migrations, and by every seed.
 */
export async function applyReferenceData(payload: Payload, log: Log = () => undefined) {
  for (const part of modulesOf(payload).modules) await part.reference?.(payload, log)
}

/**
 * The demo company on top of the reference data, module by module: only on request
 * (`npm run seed -- --demo`, `npm run dev` on an empty database, the tests). Idempotent.
 */
export async function seedDemo(payload: Payload, log: Log = () => undefined) {
  for (const part of modulesOf(payload).modules) await part.demo?.(payload, log)
  await readOldestNotifications(payload)
}

/** Reference data, then the demo company: what `npm run dev` loads into an empty database and the tests start from. */
export async function seed(payload: Payload, log: Log = () => undefined) {
  await applyReferenceData(payload, log)
  await seedDemo(payload, log)
}
