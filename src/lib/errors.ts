import { APIError, type PayloadRequest } from 'payload'

import { type Bilingual, say } from './i18n'

/** An error the caller reads in their own language, with the HTTP status it answers. */
export const refuse = (req: PayloadRequest, status: number, message: Bilingual) =>
  new APIError(say(req.i18n?.language, message), status)

export const badRequest = (req: PayloadRequest, message: Bilingual) => refuse(req, 400, message)
export const forbidden = (req: PayloadRequest, message: Bilingual) => refuse(req, 403, message)
export const notFound = (req: PayloadRequest, message: Bilingual) => refuse(req, 404, message)
export const conflict = (req: PayloadRequest, message: Bilingual) => refuse(req, 409, message)
