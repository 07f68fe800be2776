import { getRequestLanguage, parseCookies, type SanitizedConfig } from 'payload'

import { say, t } from './i18n'

type Handler = (request: Request) => Promise<Response>

/**
 * Payload's GraphQL route reads the body outside its error handling: a body that is not JSON
 * throws out of the route and Next answers a bare 500. This wrapper answers such a request like
 * GraphQL answers any other bad request: 400 with `errors`, in the caller's language. Real faults
 * (no status, or 5xx) still propagate.
 */
export function graphqlAnsweringBadBodies(
  handler: Handler,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Handler {
  return async (request) => {
    try {
      return await handler(request)
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (typeof status !== 'number' || status < 400 || status >= 500) throw error
      const language = getRequestLanguage({
        config: await config,
        cookies: parseCookies(request.headers),
        headers: request.headers,
      })
      const message = say(
        language,
        t(
          'The request body is not a valid GraphQL request in JSON.',
          'Corpul cererii nu este o cerere GraphQL validă în format JSON.',
        ),
      )
      return Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status })
    }
  }
}
