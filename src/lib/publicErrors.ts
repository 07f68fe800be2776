import { type AfterErrorHook, NotFound, type Payload, type PayloadRequest, QueryError } from 'payload'

import { say, t } from './i18n'

type Bilingual = { en: string; ro: string }

/**
 * PostgreSQL refusals that only bad input causes (SQLSTATE codes), as the answer a person
 * understands. The database refuses before anything is committed and Payload rolls the request's
 * transaction back, so these are 4xx, never 500. Everything else stays a 500.
 */
const BY_SQLSTATE: Record<string, { status: number; message: Bilingual }> = {
  '22P02': {
    status: 400,
    message: t(
      'A value has the wrong form: a whole number (an id) was expected.',
      'O valoare nu are forma potrivită: se aștepta un număr întreg (un identificator).',
    ),
  },
  '22003': {
    status: 400,
    message: t('A number is outside the accepted range.', 'Un număr este în afara intervalului acceptat.'),
  },
  '23503': { status: 400, message: t('A linked record does not exist.', 'O înregistrare legată nu există.') },
  '22007': { status: 400, message: t('A date is not valid.', 'O dată nu este validă.') },
  '22008': { status: 400, message: t('A date is not valid.', 'O dată nu este validă.') },
  '22021': {
    status: 400,
    message: t(
      'A text contains characters that cannot be stored (such as the NUL character).',
      'Un text conține caractere care nu pot fi salvate (de exemplu caracterul NUL).',
    ),
  },
  '22P05': {
    status: 400,
    message: t(
      'A text contains characters that cannot be stored (such as the NUL character).',
      'Un text conține caractere care nu pot fi salvate (de exemplu caracterul NUL).',
    ),
  },
  '22001': {
    status: 400,
    message: t('A text is longer than the field accepts.', 'Un text este mai lung decât acceptă câmpul.'),
  },
  '2201W': {
    status: 400,
    message: t(
      'Page and limit must be positive whole numbers.',
      'Pagina și limita trebuie să fie numere întregi pozitive.',
    ),
  },
  '2201X': {
    status: 400,
    message: t(
      'Page and limit must be positive whole numbers.',
      'Pagina și limita trebuie să fie numere întregi pozitive.',
    ),
  },
  '23502': { status: 400, message: t('A required value is missing.', 'Lipsește o valoare obligatorie.') },
  '23514': { status: 400, message: t('A value is not accepted.', 'O valoare nu este acceptată.') },
  '23505': {
    status: 409,
    message: t('A record with this value already exists.', 'Există deja o înregistrare cu această valoare.'),
  },
  '42703': {
    status: 400,
    message: t('The request names a field that does not exist.', 'Cererea numește un câmp care nu există.'),
  },
}

/** The SQLSTATE of a database error, looked for in the error and the errors it wraps. */
export function sqlStateOf(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError
  }
  return undefined
}

const NOT_JSON = t(
  'A value sent as JSON (the request body, `where` or `_payload`) is not valid JSON.',
  'O valoare trimisă ca JSON (corpul cererii, `where` sau `_payload`) nu este JSON valid.',
)

// What Payload's multipart reader (busboy) says of a form it cannot read; Payload answers 500 with it.
const UNREADABLE_FORM = new Set([
  'Malformed content type',
  'Malformed part header',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
  'Request is not eligible for file upload',
])

/**
 * Bad input that fails outside the database: JSON that does not parse (Payload parses the body,
 * `where` and `_payload` with JSON.parse and lets its SyntaxError through as a 500, or answers an
 * English-only "Invalid JSON"), a multipart form that cannot be read, a filter path that cannot be
 * queried (English only from Payload).
 */
function malformedInput(error: unknown): { status: number; message: Bilingual } | undefined {
  if (error instanceof SyntaxError) return { status: 400, message: NOT_JSON }
  if (error instanceof Error && error.message === 'Invalid JSON') return { status: 400, message: NOT_JSON }
  if (error instanceof Error && UNREADABLE_FORM.has(error.message)) {
    return {
      status: 400,
      message: t(
        'The form data (multipart/form-data) could not be read.',
        'Datele formularului (multipart/form-data) nu au putut fi citite.',
      ),
    }
  }
  if (error instanceof QueryError) {
    // Payload says this in English only; the paths are the caller's own words.
    const list =
      ((error as { data?: unknown }).data as { path?: string }[] | undefined)?.map((entry) => entry.path) ?? []
    const paths = list.join(', ')
    return {
      status: 400,
      // English exactly as Payload words it (clients may match on it).
      message: t(
        `The following path${list.length === 1 ? '' : 's'} cannot be queried: ${paths}`,
        `Filtrul sau sortarea folosește un câmp sau un operator care nu poate fi folosit aici: ${paths}.`,
      ),
    }
  }
  return undefined
}

/** The public answer for an error caused by bad input, or undefined when it is a real fault. */
export function publicErrorOf(
  error: unknown,
  req: PayloadRequest | undefined,
): { status: number; message: string } | undefined {
  const code = sqlStateOf(error)
  const known = (code ? BY_SQLSTATE[code] : undefined) ?? malformedInput(error)
  if (!known) return undefined
  return { status: known.status, message: say(req?.i18n?.language, known.message) }
}

/**
 * Root `afterError`: REST and GraphQL answers for errors that bad input caused in the database
 * become 400/404/409 with a readable message in the caller's language, never the SQL.
 */
export const answerBadInput: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const known = publicErrorOf(error, req)
  if (!known) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: known.message,
        extensions: { ...graphqlResult.extensions, statusCode: known.status },
      },
    }
  }
  return { status: known.status, response: { errors: [{ message: known.message }] } }
}

/**
 * Payload's own `payload-migrations` collection has `endpoints: false`, which its router answers
 * with 501 "Cannot PATCH …" for any request. There is nothing there for a client: with no
 * endpoints at all the router answers 404 like any unknown route. Likewise `/verify/:id` exists on
 * every auth collection and answers 500 where email verification is off: it is removed there.
 * `/api/access` without a session answers 401. Run from `onInit`.
 */
export function answerNotFoundWithoutEndpoints(payload: Payload) {
  for (const collection of payload.config.collections) {
    if (collection.endpoints === false) collection.endpoints = []
    if (collection.auth && !collection.auth.verify && Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.filter((endpoint) => !endpoint.path.startsWith('/verify/'))
    }
  }
  // Deleting a preference key the user does not have fails inside Payload's adapter with a 500.
  const preferences = payload.config.collections.find((collection) => collection.slug === 'payload-preferences')
  for (const endpoint of Array.isArray(preferences?.endpoints) ? preferences.endpoints : []) {
    if (endpoint.path !== '/:key' || endpoint.method !== 'delete') continue
    const handler = endpoint.handler
    endpoint.handler = async (req) => {
      const key = req.routeParams?.key
      if (req.user && typeof key === 'string') {
        const mine = await req.payload.db.count({
          collection: 'payload-preferences',
          where: {
            and: [
              { key: { equals: key } },
              { 'user.value': { equals: req.user.id } },
              { 'user.relationTo': { equals: req.user.collection } },
            ],
          },
          req,
        })
        if (!mine.totalDocs) throw new NotFound(req.t)
      }
      return handler(req)
    }
  }
  // `/api/access` turns any error of an access function into a 500, our "not signed in" (401)
  // included: without a session it answers 401 itself.
  for (const endpoint of payload.config.endpoints) {
    if (endpoint.path !== '/access' || endpoint.method !== 'get') continue
    const handler = endpoint.handler
    endpoint.handler = async (req) => {
      if (req.user) return handler(req)
      const message = say(req.i18n?.language, t('You are not signed in.', 'Nu sunteți autentificat.'))
      return Response.json({ errors: [{ message }] }, { status: 401 })
    }
  }
}
