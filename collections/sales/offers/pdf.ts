import type { Endpoint } from 'payload'

import { loadOfferReport } from './report/model'
import { offerPdf } from './report/pdf'

/** The number as a file name: it goes into a header, so anything unusual is replaced. */
const fileName = (number: string, id: number) => `${(number || `offer-${id}`).replace(/[^\w.-]+/g, '_')}.pdf`

/**
 * `GET /api/offers/:id/pdf`: the offer report as a PDF, for whoever may read the offer (401 without
 * a session, 404 when the offer is missing or not readable), drawn in-process without a browser.
 */
export const pdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const model = await loadOfferReport(req, req.routeParams?.id)
    const pdf = await offerPdf(model)
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${fileName(model.number, model.id)}"`,
        'Content-Length': String(pdf.length),
        // Access-controlled content: no shared cache may keep it.
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
