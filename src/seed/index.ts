import type { Payload } from 'payload'

import { seedDemo } from './demo'
import { applyReferenceData } from './referenceData'

export { applyReferenceData } from './referenceData'
export { seedDemo } from './demo'

/**
 * Reference data, then the demo company: what `npm run dev` loads into an empty database and the
 * tests start from. A real install gets only the reference data (scripts/migrate.ts).
 */
export async function seed(payload: Payload, log: (line: string) => void = () => undefined) {
  await applyReferenceData(payload, log)
  await seedDemo(payload, log)
}
