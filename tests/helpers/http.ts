import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { graphqlAnsweringBadBodies } from '@/lib/graphqlRoute'
import { restRefusingNonObjectBodies } from '@/lib/restRoute'
import { DEMO_PASSWORD } from '@/collections/admin/demoUsers'
import config from './config'

// The app's own route handlers, called in-process: the same code `next start` serves at /api.
const rest = {
  GET: REST_GET(config),
  POST: restRefusingNonObjectBodies(REST_POST(config), config),
  PATCH: restRefusingNonObjectBodies(REST_PATCH(config), config),
  DELETE: REST_DELETE(config),
}
const graphqlHandler = graphqlAnsweringBadBodies(GRAPHQL_POST(config), config)

export interface Answer {
  status: number
  body: any
}

const headersFor = (token?: string): Record<string, string> => ({
  'content-type': 'application/json',
  'accept-language': 'en',
  ...(token ? { authorization: `JWT ${token}` } : {}),
})

export async function api(
  method: keyof typeof rest,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<Answer> {
  const request = new Request(`http://localhost:3000/api/${path}`, {
    method,
    headers: headersFor(options.token),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const slug = path.split('?')[0].split('/')
  const response = await rest[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/**
 * A request with a body sent as is (any content type, or none), in the given language: what a
 * hostile or broken client sends.
 */
export async function rawApi(
  method: keyof typeof rest,
  path: string,
  options: {
    token?: string
    body?: BodyInit | null
    contentType?: string | null
    language?: string
    headers?: Record<string, string>
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'accept-language': options.language ?? 'en', ...options.headers }
  if (options.contentType) headers['content-type'] = options.contentType
  if (options.token) headers.authorization = `JWT ${options.token}`
  const request = new Request(`http://localhost:3000/api/${path}`, { method, headers, body: options.body ?? undefined })
  const slug = path.split('?')[0].split('/')
  const response = await rest[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/** A GraphQL request whose body is sent as is (malformed JSON, wrong content type). */
export async function rawGraphql(
  body: string,
  options: { token?: string; contentType?: string; language?: string } = {},
): Promise<Answer> {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'accept-language': options.language ?? 'en',
      ...(options.token ? { authorization: `JWT ${options.token}` } : {}),
    },
    body,
  })
  const response = await graphqlHandler(request)
  return { status: response.status, body: await response.json().catch(() => null) }
}

export async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
  const { status, body } = await api('POST', 'users/login', { body: { email, password } })
  if (status !== 200) throw new Error(`login of ${email} answered ${status}: ${JSON.stringify(body)}`)
  return body.token
}

export async function graphql(query: string, token?: string, variables?: Record<string, unknown>): Promise<Answer> {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: headersFor(token),
    body: JSON.stringify({ query, variables }),
  })
  const response = await graphqlHandler(request)
  return { status: response.status, body: await response.json() }
}
