import { getPayload } from 'payload'

import { seed } from '@/seed'
import config from './config'

// Pushes the schema of the test configuration and loads the reference and demo data.
const payload = await getPayload({ config })
await seed(payload)
process.exit(0)
