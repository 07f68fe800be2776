import { getPayload } from 'payload'

import config from '@payload-config'
import { applyReferenceData, seed } from './index'

// Run through `npm run seed` (reference data) or `npm run seed -- --demo` (plus the demo company);
// the launcher provides DATABASE_URL. Exits by itself: the database pool would otherwise keep the
// process alive.
const demo = process.argv.slice(2).includes('--demo')
try {
  const payload = await getPayload({ config })
  const log = (line: string) => console.log(`[seed] ${line}`)
  await (demo ? seed(payload, log) : applyReferenceData(payload, log))
  console.log(`[seed] done${demo ? '' : ' (reference data only; add --demo for the demo company)'}`)
  process.exit(0)
} catch (error) {
  console.error('[seed] failed:', error)
  process.exit(1)
}
