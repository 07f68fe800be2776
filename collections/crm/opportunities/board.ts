import { type Endpoint, executeAccess, type PayloadRequest, type TypedLocale, type Where } from 'payload'

import { requireSession } from '@/access/engine'
import { idOf } from '@/lib/ids'
import { boardFilters } from './boardFilters'
import { fromCents, stageTotals, toCents } from './boardTotals'
import type { BoardAnswer, BoardColumn } from './boardTypes'
import { LOST_STAGE, WON_STAGE } from './hooks'

/** Cards sent per column; counts and totals always cover every matching opportunity. */
export const CARDS_PER_STAGE = 200

const STAGE_LIST = 'opportunity-stages'

type Id = number
type Names = Map<Id, string>

/** The request's content locale for the stage labels; `all` (every locale at once) is not a label. */
function labelLocale(req: PayloadRequest): TypedLocale | undefined {
  const localization = req.payload.config.localization
  if (!localization) return undefined
  return req.locale && req.locale !== 'all' ? (req.locale as TypedLocale) : (localization.defaultLocale as TypedLocale)
}

const asUser = (req: PayloadRequest) => ({ user: req.user, overrideAccess: false, req, depth: 0 }) as const
/** Reference data around the cards: a role that may not read it gets nothing rather than a 403. */
const quietly = { disableErrors: true } as const

async function activeStages(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'nomenclators',
    where: { list: { equals: STAGE_LIST }, active: { equals: true } },
    sort: ['order', 'id'],
    select: { value: true, label: true, number: true },
    locale: labelLocale(req),
    pagination: false,
    ...asUser(req),
    ...quietly,
  })
  return docs
}

async function stageCards(req: PayloadRequest, filters: Where[], stage: Id) {
  const { docs } = await req.payload.find({
    collection: 'opportunities',
    where: { and: [...filters, { stage: { equals: stage } }] },
    sort: ['expectedCloseDate', 'id'],
    select: {
      title: true,
      client: true,
      owner: true,
      value: true,
      weightedValue: true,
      currency: true,
      expectedCloseDate: true,
    },
    limit: CARDS_PER_STAGE,
    pagination: false,
    ...asUser(req),
  })
  return docs
}

/**
 * One batched read of a text field for many ids, with the caller's access: a record the caller may
 * not read is simply missing from the map (its name is not shown rather than leaked).
 */
async function textById(
  req: PayloadRequest,
  collection: 'clients' | 'users' | 'nomenclators',
  field: 'name' | 'value',
  ids: Iterable<Id | null>,
): Promise<Names> {
  const wanted = [...new Set(ids)].filter((id): id is Id => id !== null)
  if (wanted.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    select: { [field]: true },
    limit: wanted.length,
    pagination: false,
    ...asUser(req),
    ...quietly,
  })
  return new Map(docs.map((doc) => [doc.id, String((doc as unknown as Record<string, unknown>)[field] ?? '')]))
}

const relationId = (value: unknown): Id | null => {
  const id = idOf(value)
  return id === null ? null : Number(id)
}

/**
 * `GET /api/opportunities/board?owner=&team=&from=&to=`: the pipeline board, one column per active
 * stage in order (won and lost included), each with its count, total and weighted total over all
 * matching opportunities the caller may read, and its first cards (soonest expected close first).
 * `truncated` says that some column holds more opportunities than cards.
 */
export const boardEndpoint: Endpoint = {
  path: '/board',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    const filters = boardFilters(req)
    // The same read access Payload applies to a find (403 when the caller may read none).
    const access = (await executeAccess({ req }, req.payload.collections.opportunities.config.access.read)) as
      true | Where
    const stages = await activeStages(req)
    const inActiveStages: Where = { stage: { in: stages.map((stage) => stage.id) } }
    const [totals, cards] = await Promise.all([
      stageTotals(req, access, [...filters, inActiveStages]),
      Promise.all(stages.map((stage) => stageCards(req, filters, stage.id))),
    ])

    const all = cards.flat()
    const currencyIds = [
      ...all.map((card) => relationId(card.currency)),
      ...[...totals.values()].flatMap((t) => t.byCurrency.map((part) => part.currency)),
    ]
    const [clients, owners, currencies] = await Promise.all([
      textById(
        req,
        'clients',
        'name',
        all.map((card) => relationId(card.client)),
      ),
      textById(
        req,
        'users',
        'name',
        all.map((card) => relationId(card.owner)),
      ),
      textById(req, 'nomenclators', 'value', currencyIds),
    ])
    const code = (id: Id | null) => (id === null ? null : (currencies.get(id) ?? null))
    const person = (id: Id | null, names: Names) => (id === null ? null : { id, name: names.get(id) ?? null })
    const none = { count: 0, total: 0, weightedTotal: 0, byCurrency: [] }

    const columns = stages.map((stage, index): BoardColumn => {
      const sum = totals.get(stage.id) ?? none
      const byCurrency = sum.byCurrency.map((part) => ({ ...part, currency: code(part.currency) }))
      return {
        id: stage.id,
        value: stage.value,
        label: stage.label,
        probability: stage.number ?? 0,
        outcome: stage.value === WON_STAGE ? 'won' : stage.value === LOST_STAGE ? 'lost' : 'open',
        count: sum.count,
        total: sum.total,
        weightedTotal: sum.weightedTotal,
        // The column's money is in one currency unless its opportunities mix several (see byCurrency).
        currency: byCurrency.length === 1 ? byCurrency[0].currency : null,
        byCurrency,
        cards: cards[index].map((card) => ({
          id: card.id,
          title: card.title,
          client: person(relationId(card.client), clients),
          owner: person(relationId(card.owner), owners),
          value: card.value ?? null,
          weightedValue: card.weightedValue == null ? null : fromCents(toCents(card.weightedValue)),
          currency: code(relationId(card.currency)),
          expectedCloseDate: card.expectedCloseDate ?? null,
        })),
      }
    })
    return Response.json({
      stages: columns,
      truncated: columns.some((column) => column.count > column.cards.length),
    } satisfies BoardAnswer)
  },
}
