import { inject } from 'vitest'

// Every test file talks to this run's own database, never to a developer's.
process.env.DATABASE_URL = inject('databaseUrl')
// The global setup pushed the schema once; the test files only use it.
process.env.DB_PUSH = 'false'
