import type { Endpoint } from 'payload'

import { loadContractReport } from './report/model'
import { contractPdf } from './report/pdf'

/** The number as a file name: it goes into a header, so anything unusual is replaced. */
const fileName = (number: string, id: number) => `${(number || `contract-${id}`).replace(/[^\w.-]+/g, '_')}.pdf`

/**
 * `GET /api/contracts/:id/pdf`: the contract as a PDF, for whoever may read it (401 without a
 * session, 400 for an id that is not a number, 404 when the contract is missing or not readable),
 * drawn in-process without a browser.
 */
export const contractPdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const model = await loadContractReport(req, req.routeParams?.id)
    const pdf = await contractPdf(model)
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
