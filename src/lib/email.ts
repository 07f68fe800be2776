import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import type { Env } from './env'
import { captureTransport } from './mailCapture'

/**
 * SMTP when configured. Tests (EMAIL_CAPTURE=memory, the default under NODE_ENV=test) keep messages
 * in memory; without SMTP settings messages are rendered to JSON and dropped, never sent anywhere.
 */
export const emailAdapter = (env: Env) =>
  nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM_ADDRESS,
    defaultFromName: env.EMAIL_FROM_NAME,
    skipVerify: true,
    transport: env.emailCapture
      ? captureTransport()
      : env.SMTP_HOST
        ? nodemailer.createTransport({
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            secure: env.SMTP_SECURE === 'true',
            auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
          })
        : nodemailer.createTransport({ jsonTransport: true }),
  })
