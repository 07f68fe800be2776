import { executeAccess, type PayloadRequest, type Where } from 'payload'

import { permissionsFor } from '@/access/engine'
import { modulesOf } from '@/hooks/modules/registry'
import { teamsManagedBy } from '@/hooks/teamManagers'
import { say } from '@/lib/i18n'
import { fromCents, toCents } from '@/lib/money'
import { appTimeZone } from '@/lib/settings'
import { figureWhere, listHref } from './link'
import { homeMoment } from './moment'
import type { HomeAnswer, HomeBlock, HomeContext, HomeFigure, HomeFigureSource, HomeSource } from './types'

const counts = new Intl.NumberFormat('ro-RO')
const amounts = new Intl.NumberFormat('ro-RO', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** A figure as the page shows it: counts plainly, amounts the Romanian way with their currency (12.500,00 RON). */
export const displayOf = (value: number, currency?: string) =>
  currency ? `${amounts.format(value)} ${currency}` : counts.format(value)

const asCaller = (req: PayloadRequest) => ({ user: req.user, overrideAccess: false, req }) as const

/** The sum of a number field over the records, added up in minor units (bani) so it is exact. */
async function sumOf(req: PayloadRequest, collection: HomeSource['collection'], where: Where, field: string) {
  const { docs } = await req.payload.find({
    collection,
    where,
    select: { [field]: true },
    depth: 0,
    pagination: false,
    ...asCaller(req),
  })
  const cents = docs.reduce((sum, doc) => sum + toCents((doc as unknown as Record<string, unknown>)[field]), 0)
  return fromCents(cents)
}

async function readFigure(
  context: HomeContext,
  source: HomeSource,
  figure: HomeFigureSource,
  whose: Where,
): Promise<HomeFigure | null> {
  const { req } = context
  const alternatives = await figure.conditions(context)
  if (!alternatives) return null
  const where = figureWhere(whose, alternatives)
  const value = figure.sum
    ? await sumOf(req, source.collection, where, figure.sum.field)
    : (await req.payload.count({ collection: source.collection, where, ...asCaller(req) })).totalDocs
  return {
    key: figure.key,
    label: say(req.i18n?.language, figure.label),
    value,
    display: displayOf(value, figure.sum?.currency),
    currency: figure.sum?.currency ?? null,
    alert: Boolean(figure.alert && value > 0),
    href: listHref(req.payload.config.routes.admin, source.collection, where),
  }
}

/** Whose records a figure counts: the reader's own (by the figure's or the block's field) or their teams'. */
type Whose = { me: number } | { teams: number[] }

const whoseWhere = (source: HomeSource, figure: HomeFigureSource, whose: Whose): Where =>
  'me' in whose ? { [figure.mine ?? source.mine]: { equals: whose.me } } : { [source.team!]: { in: whose.teams } }

const readFigures = async (context: HomeContext, source: HomeSource, whose: Whose) =>
  (
    await Promise.all(
      source.figures.map((figure) => readFigure(context, source, figure, whoseWhere(source, figure, whose))),
    )
  ).filter((figure): figure is HomeFigure => figure !== null)

/**
 * One block as the reader's list of the collection would show it: left out (null) when their roles
 * read none of it, the same decision Payload takes for the list.
 */
async function readBlock(context: HomeContext, source: HomeSource, me: number, teamIds: number[]) {
  const { req } = context
  const collection = req.payload.collections[source.collection]
  if (!collection) return null
  const readable = await executeAccess({ req, disableErrors: true }, collection.config.access.read)
  if (!readable) return null
  const [mine, team] = await Promise.all([
    readFigures(context, source, { me }),
    source.team && teamIds.length > 0 ? readFigures(context, source, { teams: teamIds }) : null,
  ])
  const block: HomeBlock = {
    key: source.key,
    collection: source.collection,
    label: say(req.i18n?.language, source.label),
    mine,
    team,
  }
  return block
}

/**
 * The signed-in user's home page (issue 14): each module's blocks, their figures counted with the
 * user's own access (what the linked list shows), today and past due in the settings' time zone,
 * and for a team manager the figures of the teams they manage beside their own.
 */
export async function readHome(req: PayloadRequest, now = new Date()): Promise<HomeAnswer> {
  const me = Number(req.user!.id)
  // Once, before the blocks run side by side and each asks for it.
  await permissionsFor(req)
  const [timeZone, teams] = await Promise.all([appTimeZone(req), teamsManagedBy(req, me)])
  const context: HomeContext = { req, ...homeMoment(now, timeZone) }
  const sources = [...modulesOf(req.payload).homeSources].sort((a, b) => a.order - b.order)
  const teamIds = teams.map((team) => team.id)
  const blocks = await Promise.all(sources.map((source) => readBlock(context, source, me, teamIds)))
  return {
    timeZone,
    today: context.today,
    teams,
    blocks: blocks.filter((block): block is HomeBlock => block !== null),
  }
}
