import { z } from 'zod'

/** Secret used only in development and tests; production refuses to start with it. */
export const DEV_SECRET = 'organizecrm-development-secret-not-for-production'

const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1).optional(),
  PAYLOAD_SECRET: z.string().optional(),
  /** Required in production (see readEnv); development and tests default to http://localhost:3000. */
  SERVER_URL: z.string().url().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(2).default(10),
  /**
   * How long a request waits for a pooled connection before it fails with 503 (never for ever).
   * 10 s; a minute for the development server's schema push (see readEnv).
   */
  DB_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).optional(),
  /** PostgreSQL statement_timeout on the app's connections; 0 turns it off (migrations do). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** PostgreSQL idle_in_transaction_session_timeout: a transaction left open ends and frees its connection. */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  DB_PUSH: z.enum(['true', 'false']).optional(),
  UPLOADS_DIR: z.string().default('.data/uploads'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  EMAIL_FROM_ADDRESS: z.string().email().default('crm@organizecrm.test'),
  EMAIL_FROM_NAME: z.string().default('OrganizeCRM'),
  /** `memory`: keep outgoing mail in memory (src/lib/mailCapture.ts) instead of sending it. Default under NODE_ENV=test. */
  EMAIL_CAPTURE: z.enum(['memory', 'off']).optional(),
  /** `false`: the app process does not run queued jobs; `npm run jobs` (a worker) does. Default true, false under NODE_ENV=test. */
  JOBS_AUTORUN: z.enum(['true', 'false']).optional(),
})

export type Env = z.infer<typeof schema> & {
  PAYLOAD_SECRET: string
  DB_POOL_TIMEOUT_MS: number
  SERVER_URL: string
  /** SERVER_URL is https: browsers are told to keep to https (HSTS). */
  secureOrigin: boolean
  DATABASE_URL: string
  dbPush: boolean
  /** Outgoing mail goes to the in-memory capture, never to SMTP. */
  emailCapture: boolean
  /** The app process runs queued jobs every minute (Payload `jobs.autoRun`). */
  jobsAutoRun: boolean
}

/** Reads and checks the environment once; throws a readable error on bad configuration. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`OrganizeCRM configuration is invalid: ${problems}`)
  }
  const env = parsed.data
  const production = env.NODE_ENV === 'production'
  let secret = env.PAYLOAD_SECRET
  if (production && !isBuildPhase()) {
    if (!secret || secret === DEV_SECRET || secret.length < 32) {
      throw new Error(
        'PAYLOAD_SECRET must be set to a random string of at least 32 characters in production ' +
          '(for example: openssl rand -hex 32).',
      )
    }
  }
  secret ||= DEV_SECRET
  // Payload accepts the session cookie only from this origin (CSRF) and builds links from it: a
  // wrong default signs every admin save out ("Unauthorized") and points mail links at localhost.
  if (production && !isBuildPhase() && !env.SERVER_URL) {
    throw new Error(
      'SERVER_URL must be set in production to the public address users type in the browser, ' +
        'for example SERVER_URL=https://crm.example.com (no trailing path).',
    )
  }
  const dbPush = env.DB_PUSH ? env.DB_PUSH === 'true' : !production
  const serverURL = (env.SERVER_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
  if (!env.DATABASE_URL && !isBuildPhase()) {
    throw new Error(
      'DATABASE_URL is not set. Start the app through the npm scripts (npm run dev / npm start), ' +
        'which start the embedded PostgreSQL when no DATABASE_URL is given.',
    )
  }
  return {
    ...env,
    PAYLOAD_SECRET: secret,
    SERVER_URL: serverURL,
    secureOrigin: serverURL.startsWith('https://'),
    DATABASE_URL: env.DATABASE_URL ?? 'postgres://build-phase-placeholder/none',
    dbPush,
    // drizzle-kit's push reads the whole schema with one query per table at once over the pool;
    // on a fresh start beside Next's first compile, queries waited more than 10 s and failed.
    DB_POOL_TIMEOUT_MS: env.DB_POOL_TIMEOUT_MS ?? (dbPush && env.NODE_ENV === 'development' ? 60_000 : 10_000),
    emailCapture: env.EMAIL_CAPTURE ? env.EMAIL_CAPTURE === 'memory' : env.NODE_ENV === 'test',
    jobsAutoRun: env.JOBS_AUTORUN ? env.JOBS_AUTORUN === 'true' : env.NODE_ENV !== 'test',
  }
}
