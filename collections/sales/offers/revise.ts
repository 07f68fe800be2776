import { APIError, type Endpoint } from 'payload'

import { requireSession } from '@/access/engine'
import { stateCategoryOf } from '@/hooks/workflow/engine'
import { say } from '@/lib/i18n'
import { idOf, recordIdOf } from '@/lib/ids'
import { inTransaction } from '@/lib/transaction'
import { REVISION, type RevisionContext } from './defaults'

/** The fields a revision copies; number, dates, status and decision start afresh. */
const COPIED = [
  'title',
  'subject',
  'client',
  'contact',
  'opportunity',
  'template',
  'currency',
  'clientBudget',
  'requirements',
  'intro',
  'terms',
  'files',
  'notes',
  'customFields',
  'owner',
  'team',
] as const

/**
 * POST /api/offers/:id/revise: a new draft copying the offer (lines and sections included, sections
 * back to draft with their owners), numbered from the same root with `-R<n>` and linked to the
 * previous revision. The caller must be able to read the offer and create offers; one transaction.
 */
export const reviseEndpoint: Endpoint = {
  path: '/:id/revise',
  method: 'post',
  handler: async (req) => {
    requireSession(req)
    const id = recordIdOf(req.routeParams?.id)
    const notFound = new APIError(
      say(req.i18n?.language, { en: 'Offer not found.', ro: 'Oferta nu a fost găsită.' }),
      404,
    )
    if (id === null) throw notFound
    const offer = await req.payload.findByID({
      collection: 'offers',
      id,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    if (!offer) throw notFound
    if ((await stateCategoryOf(req, 'offers', offer)) === 'open') {
      throw new APIError(
        say(req.i18n?.language, {
          en: `Offer ${offer.number} is still a draft: change it directly.`,
          ro: `Oferta ${offer.number} este încă ciornă: modificați-o direct.`,
        }),
        409,
      )
    }
    const root = String(offer.number).replace(/-R\d+$/, '')
    const revised = await inTransaction(req, async () => {
      // The highest revision of this root so far, so revising an older one never reuses a number.
      const latest = await req.payload.find({
        collection: 'offers',
        where: { number: { like: root } },
        sort: '-revision',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const revision = Number(latest.docs[0]?.revision ?? offer.revision ?? 1) + 1
      req.context[REVISION] = { number: `${root}-R${revision}`, revision, previous: offer.id } satisfies RevisionContext
      const copy = Object.fromEntries(COPIED.map((field) => [field, offer[field]]))
      const made = await req.payload.create({
        collection: 'offers',
        data: {
          ...copy,
          lines: (offer.lines ?? []).map(({ id: _row, ...line }) => ({ ...line })),
        } as never,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })
      delete req.context[REVISION]
      const sections = await req.payload.find({
        collection: 'offer-sections',
        where: { offer: { equals: offer.id } },
        sort: 'order',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      for (const section of sections.docs) {
        await req.payload.create({
          collection: 'offer-sections',
          data: {
            offer: made.id,
            order: section.order,
            title: section.title,
            content: section.content,
            responsible: idOf(section.responsible) as number,
            dueDate: section.dueDate,
          },
          depth: 0,
          user: req.user,
          overrideAccess: false,
          req,
        })
      }
      return made
    })
    const visible = await req.payload.findByID({
      collection: 'offers',
      id: revised.id,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return Response.json(
      {
        doc: visible,
        message: say(req.i18n?.language, {
          en: `Revision ${visible.number} created.`,
          ro: `Revizia ${visible.number} a fost creată.`,
        }),
      },
      { status: 201 },
    )
  },
}
