import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { mayCreate, requireSession } from '@/access/engine'
import { refuse } from '@/lib/errors'
import { say } from '@/lib/i18n'
import { idOf, recordIdOf } from '@/lib/ids'
import { lockAndRead } from '@/lib/rowLock'
import { inTransaction } from '@/lib/transaction'
import { contractOwnership } from './ownership'

type Doc = Record<string, unknown>
type OfferLine = Doc & { id?: unknown }

/** The offer's state a contract is made from. */
const ACCEPTED = 'accepted'

/** The offer's lines as a contract takes them: prices and rates as agreed, totals recomputed by the server. */
const linesOf = (offer: Doc) =>
  ((offer.lines ?? []) as OfferLine[]).map((line) => ({
    product: idOf(line.product),
    description: line.description ?? null,
    quantity: line.quantity ?? 1,
    unit: idOf(line.unit),
    unitPrice: line.unitPrice ?? null,
    discountPercent: line.discountPercent ?? null,
    vatRate: idOf(line.vatRate),
  }))

/** The contract already made from the offer, whoever may read it: only one per offer. */
async function contractFrom(req: PayloadRequest, offer: number) {
  const { docs } = await req.payload.find({
    collection: 'contracts',
    where: { offer: { equals: offer } },
    limit: 1,
    depth: 0,
    select: { number: true },
    // Whether any contract exists decides the refusal; only its number is named.
    overrideAccess: true,
    req,
  })
  return docs[0] as { id: number; number?: string } | undefined
}

/**
 * POST /api/contracts/from-offer {"offer": <id>}: a draft contract prefilled from an accepted offer
 * the caller may read (client, contact as signatory, lines, currency, owner, team) and linked to
 * it. The offer's row is locked for the transaction, so two calls at once make one contract; the
 * second answers 409 naming the first.
 */
export const fromOfferEndpoint: Endpoint = {
  path: '/from-offer',
  method: 'post',
  handler: async (req) => {
    requireSession(req)
    await addDataAndFileToRequest(req)
    const offerId = recordIdOf((req.data as Doc | undefined)?.offer)
    if (offerId === null) {
      throw refuse(req, 400, {
        en: 'Send {"offer": <id>} naming an accepted offer.',
        ro: 'Trimiteți {"offer": <id>} cu o ofertă acceptată.',
      })
    }
    if (!(await mayCreate(req, 'contracts', contractOwnership))) {
      throw refuse(req, 403, {
        en: 'You may not create contracts.',
        ro: 'Nu aveți dreptul să creați contracte.',
      })
    }
    const readOffer = () =>
      req.payload.findByID({
        collection: 'offers',
        id: offerId,
        depth: 0,
        disableErrors: true,
        user: req.user,
        overrideAccess: false,
        req,
      }) as Promise<Doc | null>

    const made = await inTransaction(req, async () => {
      // Locked first: a concurrent call waits here, then sees the contract this one made.
      const status = await lockAndRead(req, 'offers', offerId, 'status')
      const offer = status === undefined ? null : await readOffer()
      if (!offer) throw refuse(req, 404, { en: 'Offer not found.', ro: 'Oferta nu a fost găsită.' })
      if (offer.status !== ACCEPTED) {
        throw refuse(req, 409, {
          en: `Offer ${offer.number} is not accepted: a contract is made only from an accepted offer.`,
          ro: `Oferta ${offer.number} nu este acceptată: un contract se face doar dintr-o ofertă acceptată.`,
        })
      }
      const existing = await contractFrom(req, offerId)
      if (existing) {
        throw refuse(req, 409, {
          en: `Contract ${existing.number} was already made from offer ${offer.number}.`,
          ro: `Contractul ${existing.number} a fost deja făcut din oferta ${offer.number}.`,
        })
      }
      const contact = idOf(offer.contact)
      return req.payload.create({
        collection: 'contracts',
        data: {
          title: offer.title,
          client: idOf(offer.client),
          signatories: contact === null ? [] : [contact],
          lines: linesOf(offer),
          currency: idOf(offer.currency),
          owner: idOf(offer.owner),
          team: idOf(offer.team),
          offer: offerId,
        } as never,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })
    })
    const visible = await req.payload.findByID({
      collection: 'contracts',
      id: made.id,
      depth: 0,
      disableErrors: true,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return Response.json(
      {
        doc: visible ?? made,
        message: say(req.i18n?.language, {
          en: `Contract ${made.number} created from the offer.`,
          ro: `Contractul ${made.number} a fost creat din ofertă.`,
        }),
      },
      { status: 201 },
    )
  },
}
