import { APIError, type PayloadRequest } from 'payload'

import { type Bilingual, say } from './i18n'

/**
 * The name our refusals carry. A refusal is an answer, not a fault: the config logs it at info level
 * (`loggingLevels`), as Payload logs its own Forbidden and NotFound, so the error log keeps faults.
 */
export const REFUSAL = 'Refusal'

/** An error the caller reads in their own language, with the HTTP status it answers. */
export function refuse(req: PayloadRequest, status: number, message: Bilingual) {
  const error = new APIError(say(req.i18n?.language, message), status)
  error.name = REFUSAL
  return error
}

export const badRequest = (req: PayloadRequest, message: Bilingual) => refuse(req, 400, message)
export const forbidden = (req: PayloadRequest, message: Bilingual) => refuse(req, 403, message)
export const notFound = (req: PayloadRequest, message: Bilingual) => refuse(req, 404, message)
export const conflict = (req: PayloadRequest, message: Bilingual) => refuse(req, 409, message)
