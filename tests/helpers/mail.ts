import { type CapturedMail, capturedMail, clearCapturedMail, failNextSends } from '@/lib/mailCapture'

/**
 * The test mailbox: under NODE_ENV=test (or EMAIL_CAPTURE=memory) the email adapter's transport
 * keeps every message here instead of sending it.
 */
export { type CapturedMail, capturedMail, clearCapturedMail, failNextSends }

/** Messages delivered to `address`. */
export const mailTo = (address: string): CapturedMail[] =>
  capturedMail.filter((message) => message.to.some((to) => to.toLowerCase() === address.toLowerCase()))
