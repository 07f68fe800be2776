import type { Endpoint } from 'payload'

/** Placeholder until the offer report lands: GET /api/offers/:id/pdf. */
export const pdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async () => Response.json({ errors: [{ message: 'Not built yet.' }] }, { status: 501 }),
}
