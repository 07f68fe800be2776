import { getPayload } from 'payload'

import config from '../../payload.config'
import { seed } from './index'

// Run through `npm run seed` (the launcher provides DATABASE_URL). Exits by itself: the database
// pool would otherwise keep the process alive.
try {
  const payload = await getPayload({ config })
  await seed(payload, (line) => console.log(`[seed] ${line}`))
  console.log('[seed] done')
  process.exit(0)
} catch (error) {
  console.error('[seed] failed:', error)
  process.exit(1)
}
