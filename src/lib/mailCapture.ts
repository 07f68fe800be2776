import nodemailer from 'nodemailer'

/** One message the capturing transport received instead of sending it. */
export interface CapturedMail {
  /** Envelope recipients (bare addresses). */
  to: string[]
  /** Envelope sender (bare address). */
  from: string
  subject: string
  text: string
  html?: string
  at: Date
}

interface CaptureState {
  messages: CapturedMail[]
  /** How many of the next sends fail (to exercise retries). */
  failures: number
}

// Kept on globalThis so that every copy of this module (Next's bundles, vitest's module graph)
// shares one mailbox in a process.
const KEY = Symbol.for('organizecrm:mail-capture')
const state = ((globalThis as Record<symbol, CaptureState | undefined>)[KEY] ??= { messages: [], failures: 0 })

/** Every message captured in this process, oldest first. */
export const capturedMail: CapturedMail[] = state.messages

export function clearCapturedMail() {
  state.messages.length = 0
  state.failures = 0
}

/** Makes the next `count` sends fail as an unreachable SMTP server would. */
export function failNextSends(count: number) {
  state.failures = count
}

const asText = (value: unknown) =>
  typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('utf8') : ''

/**
 * A nodemailer transport that keeps each message in memory (`capturedMail`) instead of sending it.
 * Chosen by EMAIL_CAPTURE=memory, and by default when NODE_ENV=test.
 */
export function captureTransport() {
  type Info = { envelope: { from: string | false; to: string[] }; messageId: string }
  return nodemailer.createTransport<Info>({
    name: 'organizecrm-memory-capture',
    version: '1.0.0',
    send(mail, callback) {
      if (state.failures > 0) {
        state.failures--
        callback(new Error('Captured transport: simulated delivery failure'), undefined as unknown as Info)
        return
      }
      const envelope = mail.message.getEnvelope()
      state.messages.push({
        to: envelope.to,
        from: envelope.from || '',
        subject: String(mail.data.subject ?? ''),
        text: asText(mail.data.text),
        html: mail.data.html ? asText(mail.data.html) : undefined,
        at: new Date(),
      })
      callback(null, { envelope, messageId: mail.message.messageId() })
    },
  })
}
