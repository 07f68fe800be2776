import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { z } from 'zod'

import { requireSession } from '@/access/engine'
import { refuse } from '@/lib/errors'
import { requireBinding } from '@/hooks/workflow/engine'
import { runUserStep } from '@/hooks/workflow/governed'
import { recordIdOf } from '@/lib/ids'
import { inTransaction } from '@/lib/transaction'

const Body = z.object({ responsible: z.coerce.number().int().positive(), comment: z.string().max(5000).optional() })

/**
 * `POST /api/tickets/<id>/assign {"responsible": <user id>, "comment"?}`: a support manager picks
 * who handles the ticket and assigns it in one step (the manager views' "assign" action). Both the
 * change of responsible and the `assign` transition use the caller's rights, in one transaction.
 */
export const assignEndpoint: Endpoint = {
  path: '/:id/assign',
  method: 'post',
  handler: async (req) => {
    requireSession(req)
    const id = recordIdOf(req.routeParams?.id)
    if (id === null) throw refuse(req, 404, { en: 'Ticket not found.', ro: 'Tichetul nu a fost găsit.' })
    await addDataAndFileToRequest(req)
    const body = Body.safeParse(req.data)
    if (!body.success) {
      throw refuse(req, 400, {
        en: 'Send {"responsible": <user id>, "comment": "..."}.',
        ro: 'Trimiteți {"responsible": <id utilizator>, "comment": "..."}.',
      })
    }
    const person = await req.payload.findByID({
      collection: 'users',
      id: body.data.responsible,
      depth: 0,
      disableErrors: true,
      user: req.user,
      overrideAccess: false,
      req,
    })
    if (!person || person.active === false) {
      throw refuse(req, 400, {
        en: 'Pick an active user as responsible.',
        ro: 'Alegeți un utilizator activ ca responsabil.',
      })
    }
    const { transition } = await inTransaction(req, async () => {
      const ticket = await req.payload.findByID({
        collection: 'tickets',
        id,
        depth: 0,
        disableErrors: true,
        user: req.user,
        overrideAccess: false,
        req,
      })
      if (!ticket) throw refuse(req, 404, { en: 'Ticket not found.', ro: 'Tichetul nu a fost găsit.' })
      await req.payload.update({
        collection: 'tickets',
        id,
        data: { responsible: person.id },
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })
      return runUserStep(req, 'tickets', requireBinding('tickets'), id, 'assign', body.data.comment)
    })
    const doc = await req.payload.findByID({
      collection: 'tickets',
      id,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return Response.json({ doc, message: transition.label ?? transition.key })
  },
}
