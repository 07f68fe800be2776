import { getRequestLanguage, parseCookies, type SanitizedConfig } from 'payload'

import { say, t } from './i18n'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const isPlainObject = (value: unknown) => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * A request body is a JSON object or a multipart form: Payload hands `null`, a string, a list or
 * (for text, XML, urlencoded bodies) nothing at all to operations (globals, its own collections)
 * that crash on them with a bare 500. Checked once here, for every REST route; the body is passed
 * on unchanged. Payload's method-override reads (a form body) go through untouched.
 */
export function restRefusingNonObjectBodies(
  handler: Handler,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Handler {
  const answer = async (request: Request, message: { en: string; ro: string }) => {
    const language = getRequestLanguage({
      config: await config,
      cookies: parseCookies(request.headers),
      headers: request.headers,
    })
    return Response.json({ errors: [{ message: say(language, message) }] }, { status: 400 })
  }
  return async (request, context) => {
    const type = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()
    if (!['POST', 'PATCH', 'PUT'].includes(request.method) || request.body === null) return handler(request, context)
    // Payload's own list reads are POSTs with a form body and a method override: they stay as they are.
    const override =
      request.headers.get('x-http-method-override') ?? request.headers.get('x-payload-http-method-override')
    if (type.startsWith('multipart/') || override) return handler(request, context)
    if (type !== 'application/json') {
      const text = await request.text()
      if (!text.trim()) return handler(new Request(request, { body: text }), context)
      return answer(
        request,
        t(
          'Send the request body as a JSON object (Content-Type: application/json).',
          'Trimiteți corpul cererii ca obiect JSON (Content-Type: application/json).',
        ),
      )
    }
    const text = await request.text()
    let parsed: unknown = {}
    let valid = true
    try {
      parsed = text.trim() ? JSON.parse(text) : {}
    } catch {
      valid = false
    }
    if (!valid) return answer(request, t('The request body is not valid JSON.', 'Corpul cererii nu este JSON valid.'))
    if (!isPlainObject(parsed))
      return answer(
        request,
        t('The request body must be a JSON object.', 'Corpul cererii trebuie să fie un obiect JSON.'),
      )
    return handler(new Request(request, { body: text }), context)
  }
}
