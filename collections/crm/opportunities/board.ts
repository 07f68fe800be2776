import type { Endpoint } from 'payload'

/** Placeholder: the pipeline board's data endpoint (GET /api/opportunities/board). */
export const boardEndpoint: Endpoint = {
  path: '/board',
  method: 'get',
  handler: async () => Response.json({ error: 'not built yet' }, { status: 501 }),
}
